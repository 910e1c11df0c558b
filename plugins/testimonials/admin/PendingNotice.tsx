/**
 * On the dashboard of a user who moderates testimonials: "3 opinie czekają na moderację" and a button to the
 * moderation view, while any wait (nothing when none do, or when the user moderates no site).
 */
import type { ServerProps } from 'payload'

import { langOf } from '@platform/format'
import { MODERATION_VIEW_PATH } from '../lib/ownerNotice'
import { waitingText } from './fill'
import { pendingForModerator } from './pending'
import { moderationTexts } from './translations'

export async function PendingNotice({ user, i18n, payload }: ServerProps) {
  if (!user) return null
  const pending = await pendingForModerator(payload, user)
  if (!pending) return null
  const lang = langOf(i18n?.language)
  const t = (key: Parameters<typeof moderationTexts.t>[1]) => moderationTexts.t(i18n, key)
  return (
    <div
      data-testid="tm-dashboard-pending"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '.5rem 1rem',
        alignItems: 'center',
        margin: '0 0 1.5rem',
        padding: '.75rem 1rem',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 8,
        background: 'var(--theme-elevation-50)',
      }}
    >
      <strong>{waitingText(pending, lang, { one: t('waitingOne'), few: t('waitingFew'), many: t('waitingMany') })}</strong>
      <a className="btn btn--style-primary btn--size-small" href={MODERATION_VIEW_PATH} style={{ margin: 0 }}>
        <span className="btn__content">
          <span className="btn__label">{t('goModerate')}</span>
        </span>
      </a>
    </div>
  )
}
