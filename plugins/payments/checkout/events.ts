/** The events the payments plugin announces; other plugins listen for them (no imports between plugins). */
type PaymentEvent = {
  paymentId: number
  purpose: string
  reference: string | null
  /** The paying account; null when a visitor paid (no account). */
  userId: number | null
  siteId: number | null
  amount: number
  currency: string
}

declare module '@platform' {
  interface PlatformEvents {
    /** P24 confirmed the money (verify succeeded); announced exactly once per payment. */
    'payment.completed': PaymentEvent
    /** The payment will not be paid: P24 said so, or it expired unpaid. `reason`: `failed` | `expired`. Once per payment. */
    'payment.failed': PaymentEvent & { reason: 'failed' | 'expired' }
    /** P24 confirmed a refund. `amount` is this refund; `refundedAmount` the total so far; `full` when nothing is left. Once per refund. */
    'payment.refunded': PaymentEvent & { refundRequestId: string; refundedAmount: number; full: boolean }
  }
}

export {}
