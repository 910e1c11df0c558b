/** The fields every payment event carries (checkout/events.ts), read from the stored payment. */
import { relationId, type PlatformEvents } from '@platform'
import type { PaymentDoc } from './history'

export const paymentEventBase = (payment: PaymentDoc): PlatformEvents['payment.completed'] => ({
  paymentId: payment.id,
  purpose: payment.purpose ?? 'plan',
  reference: payment.reference ?? null,
  userId: relationId(payment.user) === undefined ? null : Number(relationId(payment.user)),
  siteId: relationId(payment.site) === undefined ? null : Number(relationId(payment.site)),
  amount: payment.amount,
  currency: payment.currency ?? 'PLN',
})
