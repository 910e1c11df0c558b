/**
 * What follows an owner cancelling an event (`bigEvent.cancelled`, published after the change commits): in one
 * transaction under the event's lock `big-events:event:<id>` (the registration code's lock, so no registration
 * slips in meanwhile), every live registration (confirmed, held for payment, waiting) becomes `cancelled` with the
 * reason `event-cancelled`, the event's `currentParticipants` becomes 0, each paid confirmed seat is handed to the
 * payments plugin for a refund (`payment.refund-requested`; `payment.refunded` later marks it `refunded`), and
 * everyone is emailed in their language with the calendar cancellation. The events and emails go through the
 * outbox in the same transaction: a run that dies changes nothing and its retry does it all; a run after a
 * finished one finds nobody live and does nothing.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { inTransaction, lockForTransaction, publicSiteInfo, publishEvent, queueEmail, relationId, userContact } from '@platform'
import { BIG_EVENTS, REGISTRATIONS, TICKET_PURPOSE } from '../slugs'
import { cancellationEmail, cancellationIcs, type CancelledEvent } from './email'

/** The statuses a cancelled event ends. */
export const LIVE_STATUSES = ['confirmed', 'pending_payment', 'waitlisted'] as const

/** Tells hooks on registrations (waitlist promotion, …) that the whole event is going: nothing to promote. */
export const EVENT_CANCELLED_CONTEXT = { bigEventCancelled: true } as const

export type CancellationResult = { cancelled: number; refundsRequested: number; emailed: number }

export const cancelEventRegistrations = async (payload: Payload, eventId: number | string): Promise<CancellationResult> => {
  const req = await createLocalReq({ context: { ...EVENT_CANCELLED_CONTEXT } }, payload)
  return inTransaction(req, async () => {
    const nothing: CancellationResult = { cancelled: 0, refundsRequested: 0, emailed: 0 }
    await lockForTransaction(req, `big-events:event:${eventId}`)
    const event = await payload.findByID({ collection: BIG_EVENTS, id: eventId, depth: 0, disableErrors: true, req, overrideAccess: true }) // trusted job: the event whose cancellation committed
    if (!event || event.status !== 'cancelled') return nothing
    const live = await payload.find({
      collection: REGISTRATIONS,
      where: { and: [{ event: { equals: event.id } }, { status: { in: [...LIVE_STATUSES] } }] },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      req,
      overrideAccess: true, // trusted job: every live registration of the cancelled event
    })
    if ((event.currentParticipants ?? 0) !== 0)
      await payload.update({
        collection: BIG_EVENTS,
        id: event.id,
        data: { currentParticipants: 0 },
        depth: 0,
        req,
        context: EVENT_CANCELLED_CONTEXT,
        overrideAccess: true, // trusted job: the seat count is the platform's
      })
    if (!live.docs.length) return nothing

    const cancelledAt = new Date(event.cancelledAt ?? Date.now())
    const site = await publicSiteInfo(req, relationId(event.site)!)
    const owner = site?.ownerId !== undefined ? await userContact(req, site.ownerId) : undefined
    const ics = cancellationIcs(event as CancelledEvent, payload.config.serverURL || process.env.PUBLIC_URL || 'http://localhost:3000', cancelledAt)
    const reason = `Odwołane wydarzenie / Event cancelled: ${event.title}`.slice(0, 200)
    const result: CancellationResult = { cancelled: 0, refundsRequested: 0, emailed: 0 }
    const now = new Date().toISOString()
    for (const registration of live.docs) {
      await payload.update({
        collection: REGISTRATIONS,
        id: registration.id,
        data: { status: 'cancelled', cancelReason: 'event-cancelled', cancelledAt: now, holdExpiresAt: null, offerExpiresAt: null },
        depth: 0,
        req,
        context: EVENT_CANCELLED_CONTEXT,
        overrideAccess: true, // trusted job: the event's cancellation ends its registrations
      })
      result.cancelled++
      const paid = registration.status === 'confirmed' && typeof registration.paymentId === 'number' && (registration.amount ?? 0) > 0
      if (paid) {
        await publishEvent(req, 'payment.refund-requested', { paymentId: registration.paymentId as number, purpose: TICKET_PURPOSE, reason })
        result.refundsRequested++
      }
      await queueEmail(
        req,
        cancellationEmail({
          event: event as CancelledEvent,
          registration: { ...registration, refunded: paid },
          siteName: site?.name ?? '',
          ics,
          replyTo: owner?.email,
          ownerId: site?.ownerId,
        }),
      )
      result.emailed++
    }
    payload.logger.info({ msg: 'Big event cancelled: registrations ended', eventId: event.id, ...result })
    return result
  })
}
