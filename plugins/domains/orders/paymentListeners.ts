/**
 * The payments plugin's events for domain payments (purpose `domain`, reference = the order id), read as plain
 * data: plugins share no code, only the event names and their documented fields (README "Payments").
 * - `payment.completed`: the order (still waiting for this payment) becomes `ordering` and the ordering job is
 *   queued in the same transaction. A payment that arrives after the order was cancelled takes the name back when
 *   no other order has it meanwhile (else the order fails `name-lost`, for a refund).
 * - `payment.failed` (failed or expired): the order is `cancelled` and its name released (release.ts): it moves to
 *   `releasedName`, so the unique name is free for a new order, by this owner or anyone.
 * Both under the order's lock, once per payment (a repeated event finds the order moved on).
 */
import type { Payload } from 'payload'

import type { EventListener, PlatformEventName } from '@platform'
import { enqueueAfterCommit, lockForTransaction, parseRecordId } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import { errorCodeOf, technicalMessage, type OrderErrorDetails } from './errors'
import { failOrder } from './failure'
import { PLACE_ORDER_JOB } from './jobNames'
import { nameLock } from './locks'
import { nameHolder } from './nameHolder'
import { releasedPlaceholder } from './release'
import { stepState, withStep, type StepRow } from './steps'
import { underOrderLock } from './underOrderLock'

export const DOMAIN_PURPOSE = 'domain'

type PaymentEvent = { paymentId: number; purpose: string; reference: string | null; reason?: 'failed' | 'expired' }

/** The fields this plugin relies on, from an event's data (pure); undefined when they are not there. */
export const paymentEventOf = (data: unknown): PaymentEvent | undefined => {
  if (!data || typeof data !== 'object') return undefined
  const record = data as Record<string, unknown>
  if (typeof record.paymentId !== 'number' || typeof record.purpose !== 'string') return undefined
  return {
    paymentId: record.paymentId,
    purpose: record.purpose,
    reference: typeof record.reference === 'string' ? record.reference : null,
    ...(record.reason === 'failed' || record.reason === 'expired' ? { reason: record.reason } : {}),
  }
}

/** The order a domain payment is for, or undefined for other payments. */
const orderOf = (data: unknown): { event: PaymentEvent; orderId: number } | undefined => {
  const event = paymentEventOf(data)
  if (!event || event.purpose !== DOMAIN_PURPOSE) return undefined
  const orderId = parseRecordId(event.reference)
  return typeof orderId === 'number' ? { event, orderId } : undefined
}

export const onPaymentCompleted = async (data: unknown, payload: Payload, now = new Date()) => {
  const found = orderOf(data)
  if (!found) return
  await underOrderLock(payload, found.orderId, async (req, order) => {
    if (!order || order.paymentId !== found.event.paymentId) {
      req.payload.logger.warn({ msg: 'Domains: a domain payment for no order of ours', paymentId: found.event.paymentId, reference: found.event.reference })
      return
    }
    if (stepState(order.steps, 'payment') === 'done') return
    const paid = { steps: withStep(order.steps as StepRow[], 'payment', { state: 'done', error: null }, now) }
    if (order.status === 'pending_payment') {
      await req.payload.update({ collection: DOMAIN_ORDERS, id: order.id, data: { ...paid, status: 'ordering' }, depth: 0, overrideAccess: true, req }) // trusted listener: the verified payment starts the order
      await enqueueAfterCommit(req, PLACE_ORDER_JOB, { orderId: order.id })
      return
    }
    if (order.status !== 'cancelled' || !order.releasedName) return
    // Paid after all (a late payment): the name back, if nobody took it meanwhile.
    await lockForTransaction(req, nameLock(order.releasedName))
    if (await nameHolder(req, order.releasedName)) {
      const withPayment = await req.payload.update({ collection: DOMAIN_ORDERS, id: order.id, data: paid, depth: 0, overrideAccess: true, req }) // trusted listener
      await failOrder(req, withPayment, { step: 'payment', kind: 'name-lost' }, now)
      return
    }
    await req.payload.update({
      collection: DOMAIN_ORDERS,
      id: order.id,
      data: { ...paid, status: 'ordering', domainName: order.releasedName, releasedName: null, errorMessage: null, errorCode: null, errorDetails: null },
      depth: 0,
      overrideAccess: true, // trusted listener: the verified payment revives the order with its name
      req,
    })
    await enqueueAfterCommit(req, PLACE_ORDER_JOB, { orderId: order.id })
  })
}

export const onPaymentFailed = async (data: unknown, payload: Payload, now = new Date()) => {
  const found = orderOf(data)
  if (!found) return
  await underOrderLock(payload, found.orderId, async (req, order) => {
    if (!order || order.paymentId !== found.event.paymentId || order.status !== 'pending_payment') return
    const details: OrderErrorDetails = { step: 'payment', kind: 'payment-failed', reason: found.event.reason ?? 'failed' }
    await req.payload.update({
      collection: DOMAIN_ORDERS,
      id: order.id,
      data: {
        status: 'cancelled',
        domainName: releasedPlaceholder(order.id),
        releasedName: order.domainName,
        steps: withStep(order.steps as StepRow[], 'payment', { state: 'failed', error: technicalMessage(details) }, now),
        errorMessage: technicalMessage(details),
        errorCode: errorCodeOf(details),
        errorDetails: details,
      },
      depth: 0,
      overrideAccess: true, // trusted listener: the payment will never be paid; the order ends and frees its name
      req,
    })
  })
}

// Typed by name only: the payments plugin declares these events; this plugin reads the fields it needs.
export const paymentListeners: EventListener[] = [
  { event: 'payment.completed' as PlatformEventName, name: 'domains.start-order', handler: (data, { payload }) => onPaymentCompleted(data, payload) },
  { event: 'payment.failed' as PlatformEventName, name: 'domains.cancel-order', handler: (data, { payload }) => onPaymentFailed(data, payload) },
]
