/**
 * The payments plugin's events for tickets (`purpose` TICKET_PURPOSE, `reference` = the registration id), each in
 * one transaction under the event's lock after re-reading the registration, so replays and parallel copies change
 * nothing twice:
 * - `payment.completed`: a held seat is confirmed (email with the calendar file, `bigEvent.registration-confirmed`).
 *   A LATE payment (the hold or offer had run out and was released) is honoured when a seat is free now (confirmed,
 *   it takes the seat) and refunded otherwise (`payment.refund-requested`, the visitor told). Money for a cancelled
 *   event, a registration cancelled by the visitor or the organiser, or a payment that is not the registration's own
 *   is refunded (decide.ts `decidePayment`).
 * - `payment.failed`: the hold is released (cancelled) and the seat goes to the waiting list.
 * - `payment.refunded` (full): the registration becomes `refunded` (`refundedAt`), a seat it still held is freed, the
 *   visitor gets the refund email.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { EventListener, PlatformEvents } from '@platform'
import { inTransaction, parseRecordId, publishEvent, relationId } from '@platform'
import { SEAT_STATUSES, TICKET_PURPOSE } from '../slugs'
import { decidePayment } from './decide'
import {
  announceConfirmed,
  countTaken,
  lockEvent,
  promoteWaitlist,
  readRegistration,
  saveTaken,
  sendRegistrationEmail,
  updateRegistration,
  type RegistrationDoc,
} from './seats'

type PaymentData = PlatformEvents['payment.completed']

const isSeat = (status: string) => (SEAT_STATUSES as readonly string[]).includes(status)

/** Runs `work` on the payment's registration under its event's lock (nothing when the reference names none). */
const withRegistration = async <T>(
  payload: Payload,
  data: PaymentData,
  work: (req: PayloadRequest, registration: RegistrationDoc, event: NonNullable<Awaited<ReturnType<typeof lockEvent>>>) => Promise<T>,
): Promise<T | 'missing'> => {
  const id = parseRecordId(data.reference)
  const req = await createLocalReq({}, payload)
  const first = id === undefined ? undefined : await readRegistration(req, id)
  if (!first) return 'missing'
  return inTransaction(req, async () => {
    const event = await lockEvent(req, relationId(first.event)!)
    const registration = await readRegistration(req, first.id)
    if (!event || !registration) return 'missing' as const
    return work(req, registration, event)
  })
}

const refund = (req: PayloadRequest | { payload: Payload }, paymentId: number, reason: string) =>
  publishEvent(req, 'payment.refund-requested', { paymentId, purpose: TICKET_PURPOSE, reason })

export const completeTicket = async (payload: Payload, data: PaymentData, now = new Date()) => {
  const outcome = await withRegistration(payload, data, async (req, registration, event) => {
    const ownPayment = registration.paymentId != null && String(registration.paymentId) === String(data.paymentId)
    const taken = await countTaken(req, event.id)
    const others = taken - (isSeat(registration.status) ? 1 : 0)
    const decision = decidePayment({
      status: registration.status,
      cancelReason: registration.cancelReason,
      ownPayment,
      eventStatus: event.status,
      seatFree: others < event.maxParticipants,
    })
    if (decision === 'confirm' || decision === 'honour') {
      const confirmed = await updateRegistration(req, registration.id, {
        status: 'confirmed',
        confirmedAt: now.toISOString(),
        cancelReason: null,
        cancelledAt: null,
      })
      if (decision === 'honour') await saveTaken(req, event, others + 1)
      await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'confirmed' })
      await announceConfirmed(req, confirmed)
    }
    if (decision === 'refund') {
      await refund(req, data.paymentId, event.status === 'cancelled' ? 'The event was cancelled' : 'Paid after the seat was released')
      // Only a payment that came too late (or after the visitor cancelled) is explained; a cancelled event's own email says it.
      if (ownPayment && event.status !== 'cancelled')
        await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'late-refund', amount: data.amount })
    }
    return decision
  })
  // A ticket payment whose registration is gone: the money goes back.
  if (outcome === 'missing') await refund({ payload }, data.paymentId, 'No registration for this payment')
  return outcome
}

export const failTicket = (payload: Payload, data: PaymentData, now = new Date()) =>
  withRegistration(payload, data, async (req, registration, event) => {
    if (registration.status !== 'pending_payment' || String(registration.paymentId) !== String(data.paymentId)) return 'ignore'
    await updateRegistration(req, registration.id, {
      status: 'cancelled',
      cancelReason: registration.offerExpiresAt ? 'offer-expired' : 'hold-expired',
      cancelledAt: now.toISOString(),
    })
    await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'released' })
    await saveTaken(req, event, await promoteWaitlist(req, event, now))
    return 'released'
  })

export const ticketRefunded = (payload: Payload, data: PlatformEvents['payment.refunded'], now = new Date()) =>
  withRegistration(payload, data, async (req, registration, event) => {
    if (!data.full || registration.status === 'refunded' || String(registration.paymentId) !== String(data.paymentId)) return 'ignore'
    await updateRegistration(req, registration.id, { status: 'refunded', refundedAt: now.toISOString() })
    if (isSeat(registration.status)) await saveTaken(req, event, await promoteWaitlist(req, event, now))
    await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'refunded', amount: data.refundedAmount })
    return 'refunded'
  })

const forTickets =
  <Name extends 'payment.completed' | 'payment.failed' | 'payment.refunded'>(
    handler: (payload: Payload, data: PlatformEvents[Name]) => Promise<unknown>,
  ): EventListener<Name>['handler'] =>
  async (data, { payload }) => {
    if (data.purpose === TICKET_PURPOSE) await handler(payload, data)
  }

export const paymentListeners = [
  { event: 'payment.completed', name: 'registration-paid', handler: forTickets<'payment.completed'>(completeTicket) },
  { event: 'payment.failed', name: 'registration-payment-failed', handler: forTickets<'payment.failed'>(failTicket) },
  { event: 'payment.refunded', name: 'registration-refunded', handler: forTickets<'payment.refunded'>(ticketRefunded) },
] as [EventListener<'payment.completed'>, EventListener<'payment.failed'>, EventListener<'payment.refunded'>]
