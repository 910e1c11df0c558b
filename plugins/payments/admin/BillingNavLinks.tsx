/** "Plan and billing" in the admin navigation, for every signed-in user (each sees only their own plan and payments). */
import type { ServerProps } from 'payload'

import { BILLING_TEXT } from './texts'
import { langOf } from '@platform/format'

export function BillingNavLinks({ user, i18n }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href="/admin/billing" id="nav-payments-billing">
      <span className="nav__link-label">{BILLING_TEXT[langOf(i18n?.language)].title}</span>
    </a>
  )
}
