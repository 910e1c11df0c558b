/**
 * "Testimonial moderation" in the admin navigation, with how many testimonials wait, for users who moderate a
 * site's testimonials (owners, admins, editors); counted with the user's own access.
 */
import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import { siteIdsFor } from '@platform'
import { formatNumber, langOf } from '@platform/format'
import { TESTIMONIALS } from '../slugs'
import { fill } from './fill'
import { moderationTexts } from './translations'

export async function ModerationNavLink({ user, i18n, payload }: ServerProps) {
  if (!user) return null
  const req = await createLocalReq({ user }, payload)
  const sites = await siteIdsFor(req, 'content')
  if (!sites.length) return null
  const { totalDocs } = await payload.count({
    collection: TESTIMONIALS,
    where: { and: [{ site: { in: sites } }, { status: { equals: 'pending' } }] },
    overrideAccess: false,
    user,
  })
  const lang = langOf(i18n?.language)
  return (
    <a className="nav__link" href="/admin/testimonials-moderation" id="nav-testimonials-moderation">
      <span className="nav__link-label">
        {moderationTexts.t(i18n, 'nav')}
        {totalDocs ? (
          <span className="tm-nav-count" aria-label={fill(moderationTexts.t(i18n, 'navPending'), { count: totalDocs })}>
            {' '}
            ({formatNumber(totalDocs, lang)})
          </span>
        ) : null}
      </span>
    </a>
  )
}
