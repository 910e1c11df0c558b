/**
 * POST /api/public/sites/:identifier/bookings — a visitor books a 1:1 slot
 * (`{ start, blockId }`) or a seat in a class (`{ eventId, start? }`) with
 * `{ email, name, notes?, tz?, locale? }`. Re-checks the slot under a lock in
 * one transaction, upserts the Client by (site, email), creates the Event (1:1)
 * and the Booking, and answers 201 `{ booking, manageUrl }`. The management
 * token is random and stored only as its hash. 409: taken, full or already
 * booked; 429: too many booking attempts from this IP.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { asVisitor, clientIp, findPublishedSite, hashIp, inTransaction, publishEvent, readJsonBody, upsertSiteClient } from '@platform'
import { createManageToken } from '../lib/manageToken'
import { parseBookingBody, type BookingRequest } from '../lib/requests'
import { serviceTitle } from '../lib/services'
import { BOOKINGS, EVENTS } from '../slugs'
import { readBookingSettings, type BookingSettingsValues, type PublicSite } from './data'
import { BookingConflict } from './errors'
import { publicError } from './messages'
import { manageUrl } from './manageUrl'
import { bookingRate } from './rateLimit'
import { hasSeat, reserveOneOnOne, reserveSeat, setAttendee } from './reserve'

const book = async ({
  req,
  site,
  settings,
  request,
  now,
}: {
  req: PayloadRequest
  site: PublicSite
  settings: BookingSettingsValues
  request: BookingRequest
  now: number
}) => {
  let eventId
  let start: number
  let end: number
  let title: string
  if (request.blockId !== undefined) {
    const reserved = await reserveOneOnOne({ req, site, settings, blockId: request.blockId, serviceId: request.serviceId, start: request.start!, now })
    const clientId = await upsertSiteClient({ req, siteId: site.id, email: request.email, name: request.name })
    ;({ start, end } = reserved.slot)
    // What is booked, not who: the guest is the event's attendee (the calendar shows the name beside the title).
    title = (reserved.title || (request.locale === 'en' ? 'Session' : 'Spotkanie')).slice(0, 200)
    const shownTitle = reserved.service ? serviceTitle(reserved.service, request.locale) : title
    const event = await req.payload.create({
      collection: EVENTS,
      data: {
        site: site.id as number,
        title,
        startTime: new Date(start).toISOString(),
        endTime: new Date(end).toISOString(),
        eventType: 'one_on_one',
        capacity: 1,
        status: 'scheduled',
        attendees: [clientId as number],
        service: (reserved.service?.id ?? null) as number | null,
        showHost: reserved.showHost,
        assignedToOwner: (reserved.assignedToOwner ?? null) as number | null,
        assignedToTeamMember: (reserved.assignedToTeamMember ?? null) as number | null,
      },
      overrideAccess: true, // the 1:1 session a visitor just booked; the slot was re-checked under the host's lock
      req,
    })
    eventId = event.id
    return { eventId, start, end, title: shownTitle, clientId }
  }
  const { event, slot } = await reserveSeat({ req, site, settings, eventId: request.eventId!, start: request.start, now })
  const clientId = await upsertSiteClient({ req, siteId: site.id, email: request.email, name: request.name })
  if (await hasSeat(req, event.id, clientId)) throw new BookingConflict('You have already booked this class.')
  await setAttendee(req, event.id, clientId, true)
  return { eventId: event.id, start: slot.start, end: slot.end, title: event.title, clientId }
}

export const createBookingEndpoint: Endpoint = {
  path: '/public/sites/:identifier/bookings',
  method: 'post',
  handler: async (req) => {
    asVisitor(req) // the visitor books, even in a browser signed in to the admin of another site
    const site = await findPublishedSite(req, req.routeParams?.identifier)
    if (!site) return publicError(req, 'Site not found.', 404)
    // 415 unless application/json, 400 unless a JSON object (an APIError: Payload answers in the platform's error shape).
    const body = await readJsonBody(req)
    const parsed = parseBookingBody(body)
    if (parsed.error !== undefined) return publicError(req, parsed.error, 400)
    const request = parsed.value
    const now = new Date()
    const ipHash = hashIp(req, clientIp(req))
    // Every well-formed attempt counts, before any write: one atomic count shared by all app processes.
    const rate = await bookingRate.consume(req, ipHash)
    if (!rate.allowed) {
      return publicError(req, 'Too many bookings from your network. Please try again later.', 429, { 'Retry-After': String(rate.retryAfterSeconds) })
    }
    const settings = await readBookingSettings(req, site.id)
    // Re-creatable by the server (for the reminder's link), stored only as its hash and seed.
    const { token, hash, seed } = createManageToken(req.payload.secret)
    try {
      const result = await inTransaction(req, async () => {
        const made = await book({ req, site, settings, request, now: now.getTime() })
        const booking = await req.payload.create({
          collection: BOOKINGS,
          data: {
            site: site.id as number,
            event: made.eventId as number,
            client: made.clientId as number,
            guestEmail: request.email,
            guestName: request.name,
            notes: request.notes,
            status: 'confirmed',
            sequence: 0,
            locale: request.locale,
            timeZone: request.tz ?? settings.timeZone,
            managementToken: hash,
            managementTokenSeed: seed,
            requestIp: ipHash,
          },
          overrideAccess: true, // the visitor's booking, made by this endpoint after its own checks
          req,
        })
        const link = manageUrl(req.payload.config.serverURL, token)
        await publishEvent(req, 'booking.created', {
          bookingId: booking.id,
          siteId: site.id,
          eventId: made.eventId,
          start: new Date(made.start).toISOString(),
          end: new Date(made.end).toISOString(),
        })
        return { booking, made, link }
      })
      return Response.json(
        {
          booking: {
            id: result.booking.id,
            status: 'confirmed',
            kind: request.blockId !== undefined ? 'one_on_one' : 'group',
            eventId: result.made.eventId,
            title: result.made.title,
            start: new Date(result.made.start).toISOString(),
            end: new Date(result.made.end).toISOString(),
          },
          manageUrl: result.link,
          // The confirmation's calendar file (the same token: the link is the credential).
          calendarUrl: `${req.payload.config.serverURL.replace(/\/$/, '')}/api/public/bookings/${token}/calendar.ics`,
        },
        { status: 201 },
      )
    } catch (error) {
      if (error instanceof BookingConflict) return publicError(req, error.message, error.status, error.headers)
      throw error
    }
  },
}
