/**
 * The one path that turns a P24-paid transaction into a paid payment: the notification endpoint and the
 * reconciliation job both go through it. Under a lock per payment in one transaction it re-reads the status,
 * verifies with P24, marks the payment paid, extends a plan and announces `payment.completed`, so fifty copies
 * of one notification (or a notification racing the job) verify and announce once: the others wait for the
 * lock, see `paid` and change nothing.
 */
import type { PayloadRequest } from 'payload'

import { inTransaction, lockForTransaction, notify, publishEvent, relationId } from '@platform'
import { createP24Client } from '../p24'
import { PAYMENTS } from '../types'
import './events'
import { withHistory, type PaymentDoc } from './history'
import { extendPlanEnd } from './match'
import type { PaymentsSettings } from './settings'

/** What P24 says was paid: the verify call repeats it. */
export type PaidTransaction = { orderId: number; amount: number; currency: string; source: 'notification' | 'reconcile' }

export type CompletionResult = 'completed' | 'already-paid' | 'in-review'

const DONE: readonly string[] = ['paid', 'refunded', 'partially_refunded']

const lockedPayment = async (req: PayloadRequest, id: number): Promise<PaymentDoc> => {
  await lockForTransaction(req, `payment:${id}`)
  return req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: true, req }) // trusted: the plugin's own record
}

/** A plan payment extends the payer's plan, in the same transaction as marking it paid: once per payment. */
const extendPlan = async (req: PayloadRequest, payment: PaymentDoc, now: Date) => {
  const planId = relationId(payment.plan)
  const userId = relationId(payment.user)
  if (planId === undefined || userId === undefined) return
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req }) // trusted: the payer's current plan, to extend it
  // Renewing the same plan early adds to its end; switching plans starts the new one now.
  const samePlan = relationId(user.plan) !== undefined && String(relationId(user.plan)) === String(planId)
  const currentEnd = samePlan && user.planEndsAt ? new Date(user.planEndsAt) : null
  const planEndsAt = extendPlanEnd(currentEnd, now, payment.period === 'yearly' ? 'yearly' : 'monthly').toISOString()
  await req.payload.update({ collection: 'users', id: userId, data: { plan: Number(planId), planEndsAt }, overrideAccess: true, req }) // trusted: a verified payment buys the plan
}

export const completePayment = async (req: PayloadRequest, settings: PaymentsSettings, id: number, paid: PaidTransaction): Promise<CompletionResult> =>
  inTransaction(req, async () => {
    const payment = await lockedPayment(req, id)
    if (DONE.includes(payment.status ?? '')) return 'already-paid'
    if (payment.status === 'needs_review') return 'in-review'
    // Until P24 confirms, the money is not ours; a failure rolls everything back and the caller answers 5xx.
    await createP24Client(settings.p24).verify({ sessionId: payment.sessionId!, amount: paid.amount, currency: paid.currency, orderId: paid.orderId })
    const now = new Date()
    await req.payload.update({
      collection: PAYMENTS,
      id,
      data: {
        status: 'paid',
        paidAt: now.toISOString(),
        verifiedAt: now.toISOString(),
        p24OrderId: paid.orderId,
        history: withHistory(payment, 'verify', { source: paid.source, orderId: paid.orderId, amount: paid.amount, currency: paid.currency }, now),
      },
      overrideAccess: true, // trusted: P24 confirmed the payment
      req,
    })
    if (payment.purpose === 'plan') await extendPlan(req, payment, now)
    await publishEvent(req, 'payment.completed', {
      paymentId: payment.id,
      purpose: payment.purpose ?? 'plan',
      reference: payment.reference ?? null,
      userId: relationId(payment.user) === undefined ? null : Number(relationId(payment.user)),
      siteId: relationId(payment.site) === undefined ? null : Number(relationId(payment.site)),
      amount: paid.amount,
      currency: paid.currency,
    })
    return 'completed'
  })

/**
 * A signed notification that does not match the payment: no verify (that would accept the other amount); the
 * payment waits for staff, who are told once. A replay finds it already in review and changes nothing.
 */
export const flagForReview = async (req: PayloadRequest, id: number, reason: string, summary: Record<string, unknown>): Promise<void> =>
  inTransaction(req, async () => {
    const payment = await lockedPayment(req, id)
    if (payment.status === 'needs_review' || DONE.includes(payment.status ?? '')) return
    await req.payload.update({
      collection: PAYMENTS,
      id,
      data: { status: 'needs_review', reviewReason: reason.slice(0, 500), history: withHistory(payment, 'rejected', summary) },
      overrideAccess: true, // trusted: the plugin flags its own record
      req,
    })
    const staff = await req.payload.find({ collection: 'users', where: { isStaff: { equals: true } }, depth: 0, pagination: false, overrideAccess: true, req }) // trusted: whom to tell
    for (const user of staff.docs) {
      await notify({
        req,
        userId: user.id,
        type: 'payments.needs-review',
        message: `Payment ${id} needs review: ${reason}`,
        link: `/admin/collections/${PAYMENTS}/${id}`,
      })
    }
  })
