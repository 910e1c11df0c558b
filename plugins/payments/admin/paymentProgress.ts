/**
 * Where a payment the owner just came back from stands, as the billing view's banner says it. Coming back from
 * P24 proves nothing: only the payment's status, set when P24's verified notification arrived, says "paid".
 */
export type Progress = 'processing' | 'paid' | 'failed' | 'expired' | 'review' | 'refunded' | 'timeout' | 'missing'

/** How often the banner asks, and for how long before it says the confirmation is late. */
export const POLL_EVERY_MS = 2_000
export const POLL_FOR_MS = 120_000

export const progressOf = (status: string | null | undefined): Progress => {
  switch (status) {
    case 'paid':
      return 'paid'
    case 'refunded':
    case 'partially_refunded':
      return 'refunded'
    case 'failed':
      return 'failed'
    case 'expired':
      return 'expired'
    case 'needs_review':
      return 'review'
    case 'pending':
      return 'processing'
    default:
      return 'missing'
  }
}

/** Ask again while still pending and within the time allowed; after that, 'timeout'. */
export const nextProgress = ({ status, startedAt, now }: { status: string | null | undefined; startedAt: number; now: number }): Progress => {
  const progress = progressOf(status)
  return progress === 'processing' && now - startedAt >= POLL_FOR_MS ? 'timeout' : progress
}

export const isFinal = (progress: Progress): boolean => progress !== 'processing'
