/**
 * `payments.reconcile`: asks P24 about payments still pending after PAYMENTS_RECONCILE_AFTER_MINUTES (default
 * 15). One P24 reports paid but we never verified (the notification got lost) goes through the same
 * exactly-once path as a notification; one still unpaid after PAYMENTS_EXPIRE_AFTER_MINUTES (default 1440)
 * expires and announces `payment.failed` (reason `expired`) in the same transaction, once. P24's by-sessionId
 * knows no failed state (0 no payment, 1 advance, 2 paid, 3 returned) and P24 sends no notification when a payer
 * gives up or the bank declines, so expiry is how a payment fails. A returned (refunded) transaction is left to staff.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { JobDefinition } from '@platform'
import { inTransaction, lockForTransaction, publishEvent } from '@platform'
import { createP24Client, P24_STATUS } from '../p24'
import { PAYMENTS } from '../types'
import { completePayment, flagForReview } from './complete'
import { paymentEventBase } from './eventData'
import './events'
import { withHistory, type PaymentDoc } from './history'
import { notificationMismatches } from './match'
import { readPaymentsSettings, type PaymentsSettings } from './settings'

export const RECONCILE_JOB = 'payments.reconcile'
const MINUTE = 60_000

const minutes = (value: string | undefined, fallback: number) => (value && Number(value) >= 0 ? Number(value) : fallback)

export type ReconcileOutcome = { paymentId: number; outcome: 'completed' | 'already-paid' | 'in-review' | 'expired' | 'waiting' | 'returned' | 'error' }

const expire = async (req: PayloadRequest, id: number): Promise<boolean> =>
  inTransaction(req, async () => {
    await lockForTransaction(req, `payment:${id}`)
    const payment = await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: true, req }) // trusted job
    if (payment.status !== 'pending') return false
    await req.payload.update({
      collection: PAYMENTS,
      id,
      data: { status: 'expired', history: withHistory(payment, 'expired', { reason: 'no payment at P24' }) },
      overrideAccess: true, // trusted job: the plugin expires its own record
      req,
    })
    await publishEvent(req, 'payment.failed', { ...paymentEventBase(payment), reason: 'expired' })
    return true
  })

const reconcileOne = async (payload: Payload, settings: PaymentsSettings, payment: PaymentDoc, expireBefore: number): Promise<ReconcileOutcome['outcome']> => {
  const req = await createLocalReq({}, payload)
  const tx = await createP24Client(settings.p24).bySessionId(payment.sessionId!)
  if (tx && (tx.status === P24_STATUS.advance || tx.status === P24_STATUS.completed)) {
    const seen = {
      merchantId: settings.p24.merchantId,
      posId: settings.p24.posId,
      sessionId: tx.sessionId,
      amount: tx.amount,
      originAmount: tx.amount,
      currency: tx.currency,
    }
    const mismatches = notificationMismatches(seen, payment, settings.p24)
    if (mismatches.length) {
      await flagForReview(req, payment.id, `P24 reports ${tx.amount} ${tx.currency}; the payment expects ${payment.amount} ${payment.currency ?? 'PLN'}.`, {
        source: 'reconcile',
        orderId: tx.orderId,
        amount: tx.amount,
        currency: tx.currency,
        mismatches,
      })
      return 'in-review'
    }
    return completePayment(req, settings, payment.id, { orderId: tx.orderId, amount: tx.amount, currency: tx.currency, source: 'reconcile' })
  }
  if (tx?.status === P24_STATUS.returned) return 'returned'
  if (Date.parse(payment.createdAt) < expireBefore) return (await expire(req, payment.id)) ? 'expired' : 'waiting'
  return 'waiting'
}

/** One pass; `now` is a parameter so tests need not wait. */
export const reconcilePayments = async (
  payload: Payload,
  now: Date = new Date(),
  env: Record<string, string | undefined> = process.env,
): Promise<ReconcileOutcome[]> => {
  const settings = readPaymentsSettings(env)
  if (!settings) return []
  const askAfter = minutes(env.PAYMENTS_RECONCILE_AFTER_MINUTES, 15) * MINUTE
  const expireBefore = now.getTime() - minutes(env.PAYMENTS_EXPIRE_AFTER_MINUTES, 24 * 60) * MINUTE
  const stale = await payload.find({
    collection: PAYMENTS,
    where: { and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: new Date(now.getTime() - askAfter).toISOString() } }] },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: true, // trusted job: every user's pending payments
  })
  const outcomes: ReconcileOutcome[] = []
  for (const payment of stale.docs) {
    try {
      outcomes.push({ paymentId: payment.id, outcome: await reconcileOne(payload, settings, payment, expireBefore) })
    } catch (err) {
      // One payment P24 cannot answer about must not stop the others; the next run asks again.
      payload.logger.error({ err, msg: 'payments.reconcile: could not reconcile a payment', paymentId: payment.id })
      outcomes.push({ paymentId: payment.id, outcome: 'error' })
    }
  }
  return outcomes
}

export const reconcileJob: JobDefinition = {
  name: RECONCILE_JOB,
  lockLifetimeMs: 5 * MINUTE,
  concurrency: 1,
  schedule: { every: '5 minutes' },
  handler: async (_data, { payload }) => {
    await reconcilePayments(payload)
  },
}
