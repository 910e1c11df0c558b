/** "Newsletter analytics" in the admin navigation, for every signed-in user (each sees only the sites they reach). Its id is not `nav-newsletter-analytics`: Payload gives that to the deliveries collection. */
import type { ServerProps } from 'payload'

import { langOf } from './format'
import { ANALYTICS_TEXT } from './texts'

export function AnalyticsNavLink({ user, i18n }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href="/admin/newsletter-analytics" id="nav-newsletter-stats">
      <span className="nav__link-label">{ANALYTICS_TEXT[langOf(i18n?.language)].nav}</span>
    </a>
  )
}
