/**
 * P24's refund notification, applied once: under the lock `payment:<id>`, in one transaction, the refund row
 * leaves `requested` (completed, or failed when P24 reports it could not pay it out); a completed one adds to
 * `refundedAmount`, sets the payment `refunded` / `partially_refunded` and announces `payment.refunded`. A replay
 * (or a copy racing this one) finds the row no longer `requested` and changes nothing.
 */
import type { PayloadRequest } from 'payload'

import { inTransaction, publishEvent } from '@platform'
import { paymentEventBase } from '../checkout/eventData'
import { withHistory } from '../checkout/history'
import '../checkout/events'
import type { RefundNotification } from '../p24'
import { PAYMENTS } from '../types'
import { refundsUuidFor, statusAfterRefund } from './amounts'
import { lockedPayment, refundRows } from './requestRefund'

export type RefundNotice = Pick<RefundNotification, 'refundsUuid' | 'orderId' | 'amount' | 'currency' | 'status'>
export type RefundNoticeOutcome = 'completed' | 'failed' | 'unchanged' | 'unknown' | 'mismatch'

/** P24's refund notification status: 0 the refund was paid out, anything else it was not. */
const P24_REFUND_DONE = 0

export const completeRefund = async (req: PayloadRequest, paymentId: number, notice: RefundNotice): Promise<RefundNoticeOutcome> =>
  inTransaction(req, async () => {
    const payment = await lockedPayment(req, paymentId)
    const rows = refundRows(payment)
    const row = rows.find((r) => refundsUuidFor(r.requestId) === notice.refundsUuid)
    if (!row || payment.p24OrderId !== notice.orderId) return 'unknown'
    if (row.amount !== notice.amount || (payment.currency ?? 'PLN') !== notice.currency) return 'mismatch'
    if (row.status !== 'requested') return 'unchanged'
    const done = notice.status === P24_REFUND_DONE
    row.status = done ? 'completed' : 'failed'
    const refundedAmount = (payment.refundedAmount ?? 0) + (done ? row.amount : 0)
    const status = done ? statusAfterRefund(payment.amount, refundedAmount) : payment.status
    const summary = { requestId: row.requestId, amount: notice.amount, currency: notice.currency, p24Status: notice.status }
    await req.payload.update({
      collection: PAYMENTS,
      id: paymentId,
      data: { refunds: rows, refundedAmount, status, history: withHistory(payment, 'refund-notification', summary) },
      overrideAccess: true, // trusted: a signed P24 refund notification
      req,
    })
    if (!done) return 'failed'
    await publishEvent(req, 'payment.refunded', {
      ...paymentEventBase(payment),
      amount: row.amount,
      refundRequestId: row.requestId,
      refundedAmount,
      full: status === 'refunded',
    })
    return 'completed'
  })
