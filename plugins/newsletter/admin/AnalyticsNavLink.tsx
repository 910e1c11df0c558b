/** "Newsletter analytics" in the admin navigation, for every signed-in user (each sees only the sites they reach). */
import type { ServerProps } from 'payload'

import { langOf } from './format'
import { ANALYTICS_TEXT } from './texts'

export function AnalyticsNavLink({ user, i18n }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href="/admin/newsletter-analytics" id="nav-newsletter-analytics">
      <span className="nav__link-label">{ANALYTICS_TEXT[langOf(i18n?.language)].nav}</span>
    </a>
  )
}
