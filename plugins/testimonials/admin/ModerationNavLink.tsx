/**
 * "Testimonial moderation" in the admin navigation, with how many testimonials wait, for users who moderate a
 * site's testimonials (owners, admins, editors); counted with the user's own access.
 */
import type { ServerProps } from 'payload'

import { formatNumber, langOf } from '@platform/format'
import { MODERATION_VIEW_PATH } from '../lib/ownerNotice'
import { fill } from './fill'
import { pendingForModerator } from './pending'
import { moderationTexts } from './translations'

export async function ModerationNavLink({ user, i18n, payload }: ServerProps) {
  if (!user) return null
  const pending = await pendingForModerator(payload, user)
  if (pending === undefined) return null
  const lang = langOf(i18n?.language)
  return (
    <a className="nav__link" href={MODERATION_VIEW_PATH} id="nav-testimonials-moderation">
      <span className="nav__link-label">
        {moderationTexts.t(i18n, 'nav')}
        {pending ? (
          <span className="tm-nav-count" aria-label={fill(moderationTexts.t(i18n, 'navPending'), { count: pending })}>
            {' '}
            ({formatNumber(pending, lang)})
          </span>
        ) : null}
      </span>
    </a>
  )
}
