/**
 * The seat bookkeeping every registration change goes through, inside one transaction under the event's lock
 * (`big-events:event:<id>`, the only key registration code uses): re-read the event, count the seats taken
 * (confirmed + held), write `currentParticipants`, hand freed seats to the waiting list, make a ticket payment.
 * Everything here joins the caller's transaction through `req`.
 */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import type { ID } from '@platform'
import { lockForTransaction, publishEvent, queueEmail, relationId } from '@platform'
import { langOf } from '@platform/format'
import { eventRefusal, freeSeats, nextInLine } from './decide'
import { HOLD_MINUTES, BIG_EVENTS, REGISTRATIONS, SEAT_STATUSES, TICKET_PURPOSE } from '../slugs'
import { manageTokenAgain, paymentReturnUrl } from './links'
import { REGISTRATION_EMAIL, type RegistrationEmailArgs } from './emailKinds'

export type EventDoc = DataFromCollectionSlug<'big-events'>
export type RegistrationDoc = DataFromCollectionSlug<'big-event-registrations'>

export const eventLockKey = (eventId: ID) => `big-events:event:${eventId}`

/** Takes the event's lock and reads the event as it is now (undefined when it is gone). */
export const lockEvent = async (req: PayloadRequest, eventId: ID): Promise<EventDoc | undefined> => {
  await lockForTransaction(req, eventLockKey(eventId))
  const event = await req.payload.findByID({ collection: BIG_EVENTS, id: eventId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: re-read under the lock
  return event ?? undefined
}

/** Re-reads a registration (under the event's lock), token hash and seed included. */
export const readRegistration = async (req: PayloadRequest, id: ID): Promise<RegistrationDoc | undefined> =>
  (await req.payload.findByID({ collection: REGISTRATIONS, id, depth: 0, disableErrors: true, showHiddenFields: true, overrideAccess: true, req })) ?? // trusted: registration code re-reads its own record
  undefined

/** Confirmed + held registrations of the event: the seats taken. */
export const countTaken = async (req: PayloadRequest, eventId: ID): Promise<number> =>
  (
    await req.payload.count({
      collection: REGISTRATIONS,
      where: { and: [{ event: { equals: eventId } }, { status: { in: [...SEAT_STATUSES] } }] },
      overrideAccess: true, // trusted: the seat count, under the event's lock
      req,
    })
  ).totalDocs

/** Writes `currentParticipants` when it differs (the only writer; under the event's lock). */
export const saveTaken = async (req: PayloadRequest, event: EventDoc, taken: number): Promise<void> => {
  if (event.currentParticipants === taken) return
  await req.payload.update({ collection: BIG_EVENTS, id: event.id, data: { currentParticipants: taken }, depth: 0, overrideAccess: true, req }) // trusted: the seat count kept under the event's lock
  event.currentParticipants = taken
}

export const updateRegistration = (req: PayloadRequest, id: ID, data: Partial<RegistrationDoc>) =>
  req.payload.update({ collection: REGISTRATIONS, id, data, depth: 0, overrideAccess: true, req }) // trusted: registration code moves its own record on (visitor's token, payment events, the hold job)

export const sendRegistrationEmail = (req: PayloadRequest, args: RegistrationEmailArgs) => queueEmail(req, { compose: REGISTRATION_EMAIL, args })

export const announceConfirmed = (req: PayloadRequest, registration: RegistrationDoc) =>
  publishEvent(req, 'bigEvent.registration-confirmed', {
    registrationId: registration.id,
    eventId: relationId(registration.event)!,
    siteId: relationId(registration.site)!,
  })

/** Ticket description for the payment, the receipt and P24's page, in the payer's language. */
export const ticketDescription = (title: string, lang: 'pl' | 'en') => `${lang === 'pl' ? 'Bilet' : 'Ticket'}: ${title}`.slice(0, 1024)

/** A pending payment for the registration's seat (the payments plugin; a visitor pays without an account). */
export const createTicketPayment = async (
  req: PayloadRequest,
  { registration, event, amount, token }: { registration: RegistrationDoc; event: EventDoc; amount: number; token: string },
) => {
  const lang = langOf(registration.locale)
  return req.payload.create({
    collection: 'payments',
    data: {
      amount,
      description: ticketDescription(event.title, lang),
      email: registration.email,
      payerName: registration.name,
      locale: lang,
      purpose: TICKET_PURPOSE,
      reference: String(registration.id),
      site: relationId(event.site) as number,
      returnUrl: paymentReturnUrl(req.payload.config.serverURL, token),
    },
    depth: 0,
    overrideAccess: true, // trusted: the ticket a visitor pays for, priced by the server from the event
    req,
  })
}

/**
 * Freed seats go to the waiting list, earliest first, while the event is open: a free ticket (the price they
 * registered at, `amount`, is 0) is confirmed at once, a paid one is offered for HOLD_MINUTES with a new
 * payment ("a seat for you" email with the pay link). Returns the seats taken afterwards.
 */
export const promoteWaitlist = async (req: PayloadRequest, event: EventDoc, now: Date): Promise<number> => {
  let taken = await countTaken(req, event.id)
  const seats = freeSeats({ maxParticipants: event.maxParticipants, taken })
  if (!seats || eventRefusal({ status: event.status, startDate: event.startDate, now })) return taken
  const waiting = await req.payload.find({
    collection: REGISTRATIONS,
    where: { and: [{ event: { equals: event.id } }, { status: { equals: 'waitlisted' } }] },
    sort: ['createdAt', 'id'],
    limit: seats,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // trusted: the waiting list, under the event's lock
    req,
  })
  for (const entry of nextInLine(waiting.docs, seats)) {
    if ((entry.amount ?? 0) > 0) {
      const token = manageTokenAgain(req.payload.secret, entry.tokenSeed, entry.token)
      if (!token) continue
      const payment = await createTicketPayment(req, { registration: entry, event, amount: entry.amount!, token })
      const until = new Date(now.getTime() + HOLD_MINUTES * 60_000).toISOString()
      await updateRegistration(req, entry.id, { status: 'pending_payment', paymentId: payment.id, holdExpiresAt: until, offerExpiresAt: until })
      await sendRegistrationEmail(req, { registrationId: entry.id, kind: 'offer' })
    } else {
      const confirmed = await updateRegistration(req, entry.id, { status: 'confirmed', confirmedAt: now.toISOString() })
      await sendRegistrationEmail(req, { registrationId: entry.id, kind: 'confirmed' })
      await announceConfirmed(req, confirmed)
    }
    taken++
  }
  await saveTaken(req, event, taken)
  return taken
}

/** A held seat (or offer) given up: cancelled with `reason`, the visitor told. The caller promotes and recounts. */
export const releaseHold = async (req: PayloadRequest, registration: RegistrationDoc, now: Date) => {
  const reason = registration.offerExpiresAt ? 'offer-expired' : 'hold-expired'
  await updateRegistration(req, registration.id, { status: 'cancelled', cancelReason: reason, cancelledAt: now.toISOString() })
  await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'released' })
}
