/** Which text the refund panel shows for the endpoint's answer (refundEndpoint.ts lists the statuses and codes). */
import type { RefundTextKey } from '../translations'

export const refundAnswerText = (status: number, code: string | undefined): RefundTextKey => {
  if (status === 202) return 'refundRequested'
  if (status === 401 || status === 403 || status === 404) return 'refundForbidden'
  if (code === 'too-much') return 'refundTooMuch'
  if (code === 'in-progress') return 'refundInProgress'
  if (code === 'not-paid' || code === 'nothing-left') return 'refundNotPaid'
  if (code === 'p24-rejected') return 'refundRejected'
  if (code === 'p24-unavailable') return 'refundUnavailable'
  if (status === 400) return 'refundBadAmount'
  return 'refundFailed'
}
