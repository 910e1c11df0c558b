/**
 * Asking P24 for a refund, so that one click is one refund at P24, whatever happens:
 * 1. under the lock `payment:<id>`, in a transaction that commits before P24 is called: re-read the payment,
 *    check what is left (refunds still in progress count as spent), record the refund row `requested` with a new
 *    requestId, and a history row. Ten clicks at once wait for the lock one after another; the second sees the
 *    first's row and is refused, so the amount can never be asked for twice.
 * 2. call P24 once with that requestId (never retried: P24 refuses a repeated requestId anyway). The row is
 *    already committed, so P24's notification, which may arrive before P24 even answers, always finds it.
 * 3. P24 refused (it answered 4xx): the row becomes `failed` and the money is free again. P24 could not be
 *    reached or failed (5xx): we cannot know whether it took the refund, so the row stays `requested` and waits
 *    for P24's notification; asking again could refund twice.
 * The other order (call P24 inside the transaction) would lose the record of a refund P24 made whenever the
 * commit fails afterwards, which is worse than a refund row that waits.
 */
import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { inTransaction, lockForTransaction, t, type Bilingual } from '@platform'
import { withHistory, type PaymentDoc } from '../checkout/history'
import type { PaymentsSettings } from '../checkout/settings'
import { createP24Client, P24Error } from '../p24'
import { PAYMENTS } from '../types'
import { decideRefund, refundsUuidFor, type RefundErrorCode } from './amounts'
import { refundNotifyUrl } from './settings'

export type RefundRequest = { paymentId: number; amount?: number; reason?: string; byUserId: number | string }
export type RefundRequested = { ok: true; refund: { requestId: string; amount: number; status: 'requested' } }
export type RefundRefused = { ok: false; status: 400 | 409 | 502; code: RefundErrorCode | 'p24-rejected' | 'p24-unavailable'; message: Bilingual }

type RefundRow = NonNullable<PaymentDoc['refunds']>[number]

/** The stored rows as Payload takes them back (ids kept, so rows stay the same rows). */
export const refundRows = (payment: Pick<PaymentDoc, 'refunds'>): RefundRow[] =>
  (payment.refunds ?? []).map(({ id, requestId, amount, status, at }) => ({ id, requestId, amount, status, at }))

export const lockedPayment = async (req: PayloadRequest, id: number): Promise<PaymentDoc> => {
  await lockForTransaction(req, `payment:${id}`)
  return req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: true, req }) // trusted: the plugin's own record, under its lock
}

const reserve = async (req: PayloadRequest, request: RefundRequest) =>
  inTransaction(req, async () => {
    const payment = await lockedPayment(req, request.paymentId)
    const decision = decideRefund(payment, request.amount)
    if (!decision.ok) return decision
    if (!payment.p24OrderId || !payment.sessionId)
      return {
        ok: false as const,
        status: 400 as const,
        code: 'not-paid' as const,
        message: t('Przelewy24 has no order for this payment.', 'Przelewy24 nie ma zamówienia dla tej płatności.'),
      }
    const requestId = randomUUID()
    const now = new Date()
    await req.payload.update({
      collection: PAYMENTS,
      id: payment.id,
      data: {
        refunds: [...refundRows(payment), { requestId, amount: decision.amount, status: 'requested', at: now.toISOString() }],
        history: withHistory(payment, 'refund', { requestId, amount: decision.amount, reason: request.reason ?? null, by: request.byUserId }, now),
      },
      overrideAccess: true, // trusted: the caller's right to refund was checked by the endpoint
      req,
    })
    return { ok: true as const, payment, requestId, amount: decision.amount }
  })

/** P24 said no: the row is `failed`, unless its notification got there first (then it stays as P24 reported). */
const markRejected = async (req: PayloadRequest, paymentId: number, requestId: string, message: string) =>
  inTransaction(req, async () => {
    const payment = await lockedPayment(req, paymentId)
    const rows = refundRows(payment)
    const row = rows.find((r) => r.requestId === requestId)
    if (!row || row.status !== 'requested') return
    row.status = 'failed'
    await req.payload.update({
      collection: PAYMENTS,
      id: paymentId,
      data: { refunds: rows, history: withHistory(payment, 'refund-rejected', { requestId, amount: row.amount, message: message.slice(0, 500) }) },
      overrideAccess: true, // trusted: records P24's answer on the plugin's own record
      req,
    })
  })

export const requestRefund = async (req: PayloadRequest, settings: PaymentsSettings, request: RefundRequest): Promise<RefundRequested | RefundRefused> => {
  const reserved = await reserve(req, request)
  if (!reserved.ok) return reserved
  const { payment, requestId, amount } = reserved
  try {
    const results = await createP24Client(settings.p24).refund({
      requestId,
      refundsUuid: refundsUuidFor(requestId),
      urlStatus: refundNotifyUrl(process.env),
      refunds: [
        { orderId: payment.p24OrderId!, sessionId: payment.sessionId!, amount, description: (request.reason || `Zwrot: ${payment.description}`).slice(0, 255) },
      ],
    })
    const refused = results.find((result) => !result.status)
    if (refused) throw new P24Error(refused.message || 'P24 refused the refund', 409)
  } catch (err) {
    const status = err instanceof P24Error ? err.status : 0
    const message = err instanceof Error ? err.message : String(err)
    if (status >= 400 && status < 500) {
      await markRejected(req, payment.id, requestId, message)
      return {
        ok: false,
        status: status === 409 ? 409 : 502,
        code: 'p24-rejected',
        message: t(`Przelewy24 refused the refund: ${message}`, `Przelewy24 odmówiło zwrotu: ${message}`),
      }
    }
    req.payload.logger.error({ err, msg: 'P24 refund: no answer; the refund stays requested until P24 notifies', paymentId: payment.id, requestId })
    return {
      ok: false,
      status: 502,
      code: 'p24-unavailable',
      message: t(
        'Przelewy24 did not answer. The refund stays requested and completes if Przelewy24 confirms it; it is not asked for again.',
        'Przelewy24 nie odpowiedziało. Zwrot czeka na potwierdzenie i zakończy się, gdy Przelewy24 je przyśle; nie zlecamy go ponownie.',
      ),
    }
  }
  return { ok: true, refund: { requestId, amount, status: 'requested' } }
}
