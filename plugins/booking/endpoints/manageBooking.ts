/**
 * The emailed management link: the token in the path is the only credential.
 * GET  /api/public/bookings/:token             the booking (for the manage page)
 * POST /api/public/bookings/:token/cancel      cancel, up to the site's cutoff
 * POST /api/public/bookings/:token/reschedule  `{ start, blockId }` (1:1) or `{ eventId }` (class), up to the cutoff
 * GET  /api/public/bookings/:token/calendar.ics the booking as a calendar file
 * Unknown or malformed tokens are a 404; a cancelled booking, a change inside
 * the cutoff or a taken new slot a 409. Both changes bump the ICS `sequence`.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { ID } from '@platform'
import {
  asVisitor,
  beforeCutoff,
  cutoffDeadline,
  hashToken,
  inTransaction,
  isWellFormedToken,
  lockForTransaction,
  publishEvent,
  readJsonBody,
  readOptionalJsonBody,
  relationId,
  tokenMatches,
} from '@platform'
import { localISO, parseSlotChoice } from '../lib/requests'
import { serviceTitle } from '../lib/services'
import { BOOKINGS, EVENTS, SERVICES } from '../slugs'
import { hostKeyOf } from '../hooks/assignHost'
import { BY_MANAGE_TOKEN } from '../hooks/hostCancel'
import { loadHostNames, readBookingSettings, type BookingSettingsValues, type PublicSite } from './data'
import { loadBookingContext } from '../notifications/context'
import { calendarAttachment } from '../notifications/messages'
import { BookingConflict } from './errors'
import { publicError } from './messages'
import { publicHostKey } from './offer'
import { hasSeat, reserveOneOnOne, reserveSeat, setAttendee } from './reserve'

type BookingDoc = {
  id: ID
  site: ID
  event: ID
  client?: ID | null
  status: 'confirmed' | 'cancelled'
  sequence?: number | null
  guestName: string
  timeZone?: string | null
  managementToken?: string | null
  locale?: string | null
}

type EventDoc = { id: ID; title: string; startTime: string; endTime: string; eventType: 'one_on_one' | 'group'; service?: unknown }

const findByToken = async (req: PayloadRequest, token: unknown): Promise<BookingDoc | undefined> => {
  if (!isWellFormedToken(token)) return undefined
  const found = await req.payload.find({
    collection: BOOKINGS,
    where: { managementToken: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // looking up the presented token is the check itself
    req,
  })
  const doc = found.docs[0] as unknown as BookingDoc | undefined
  return doc?.managementToken && tokenMatches(token, doc.managementToken) ? { ...doc, site: relationId(doc.site)!, event: relationId(doc.event)! } : undefined
}

/** The title the visitor reads: the service's in the booking's language, else the event's. */
const visitorTitle = async (req: PayloadRequest, event: EventDoc, locale: 'pl' | 'en'): Promise<string> => {
  const serviceId = relationId(event.service)
  if (serviceId === undefined) return event.title
  const service = await req.payload.findByID({ collection: SERVICES, id: serviceId, depth: 0, disableErrors: true, overrideAccess: true, req }) // the booked service's public title
  return service ? serviceTitle(service, locale) : event.title
}

const loadContext = async (req: PayloadRequest, booking: BookingDoc) => {
  const [site, event, settings] = await Promise.all([
    req.payload.findByID({ collection: 'sites', id: booking.site, depth: 0, select: { identifier: true, name: true }, overrideAccess: true, req }), // the booking's own site, named by its token
    req.payload.findByID({ collection: EVENTS, id: booking.event, depth: 0, overrideAccess: true, req }) as unknown as Promise<EventDoc>, // the booking's own event, named by its token
    readBookingSettings(req, booking.site),
  ])
  return { site: { id: site.id, identifier: site.identifier, name: site.name } as PublicSite, event, settings }
}

const describe = async (req: PayloadRequest, booking: BookingDoc, event: EventDoc, site: PublicSite, settings: BookingSettingsValues) => {
  const tz = booking.timeZone || settings.timeZone
  const start = Date.parse(event.startTime)
  const end = Date.parse(event.endTime)
  const serviceId = relationId(event.service)
  return {
    id: booking.id,
    status: booking.status,
    site: site.identifier,
    siteName: site.name,
    title: await visitorTitle(req, event, booking.locale === 'en' ? 'en' : 'pl'),
    ...(serviceId !== undefined ? { serviceId: String(serviceId) } : {}),
    kind: event.eventType,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    startLocal: localISO(start, tz),
    endLocal: localISO(end, tz),
    timeZone: tz,
    changeableUntil: cutoffDeadline({ start, cutoffHours: settings.cancelCutoffHours }).toISOString(),
  }
}

/** Inside the transaction: lock the booking, re-read it, refuse if cancelled or past the cutoff. */
const lockBooking = async (req: PayloadRequest, bookingId: ID, now: number) => {
  await lockForTransaction(req, `booking:row:${String(bookingId)}`)
  const fresh = (await req.payload.findByID({ collection: BOOKINGS, id: bookingId, depth: 0, overrideAccess: true, req })) as unknown as BookingDoc // re-read under the lock
  const booking = { ...fresh, site: relationId(fresh.site)!, event: relationId(fresh.event)! }
  if (booking.status !== 'confirmed') throw new BookingConflict('This booking is already cancelled.')
  const context = await loadContext(req, booking)
  const { cancelCutoffHours } = context.settings
  if (!beforeCutoff({ start: Date.parse(context.event.startTime), now, cutoffHours: cancelCutoffHours })) {
    throw new BookingConflict(`Bookings can be changed online only up to ${cancelCutoffHours} hours before the start. Please contact the host directly.`)
  }
  return { booking, ...context }
}

type ReadBody = (req: PayloadRequest) => Promise<Record<string, unknown>>

const withToken =
  (handler: (req: PayloadRequest, booking: BookingDoc, body: Record<string, unknown>) => Promise<Response>, readBody?: ReadBody) =>
  async (req: PayloadRequest) => {
    asVisitor(req) // the holder of the link acts, even in a browser signed in to the admin (of this or another site)
    // The body first: one that is not a JSON object (415/400, thrown as an APIError) stops the request before any lookup or change.
    const body = readBody ? await readBody(req) : {}
    const booking = await findByToken(req, req.routeParams?.token)
    if (!booking) return publicError(req, 'Booking not found.', 404)
    try {
      return await handler(req, booking, body)
    } catch (error) {
      if (error instanceof BookingConflict) return publicError(req, error.message, error.status)
      throw error
    }
  }

export const getBookingEndpoint: Endpoint = {
  path: '/public/bookings/:token',
  method: 'get',
  handler: withToken(async (req, booking) => {
    const { site, event, settings } = await loadContext(req, booking)
    // For the manage page: who hosts (when shown to visitors), the page's language and the cutoff to explain.
    const hostKey = (event as EventDoc & { showHost?: boolean | null }).showHost === false ? undefined : hostKeyOf(event as never)
    const ownerHost = relationId((event as EventDoc & { assignedToOwner?: unknown }).assignedToOwner)
    const host = hostKey ? (await loadHostNames(req, { ...site, owner: ownerHost })).get(hostKey) : undefined
    return Response.json(
      {
        booking: {
          ...(await describe(req, booking, event, site, settings)),
          ...(host && hostKey ? { host, hostKey: publicHostKey(req.payload.secret, hostKey) } : {}),
          locale: booking.locale === 'en' ? 'en' : 'pl',
          cancelCutoffHours: settings.cancelCutoffHours,
        },
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}

export const cancelBookingEndpoint: Endpoint = {
  path: '/public/bookings/:token/cancel',
  method: 'post',
  // The manage page sends `{}`; nothing in it is used, but a malformed body is still refused before the cancel.
  handler: withToken(async (req, found) => {
    const now = Date.now()
    const result = await inTransaction(req, async () => {
      const { booking, event, site, settings } = await lockBooking(req, found.id, now)
      const updated = (await req.payload.update({
        collection: BOOKINGS,
        id: booking.id,
        data: { status: 'cancelled', cancelledAt: new Date(now).toISOString(), cancelledBy: 'client', sequence: (booking.sequence ?? 0) + 1 },
        overrideAccess: true, // the holder of the management link cancels their own booking
        // The visitor's cancel, even when the browser also carries a signed-in admin session (hooks/hostCancel.ts).
        context: { [BY_MANAGE_TOKEN]: true },
        req,
      })) as unknown as BookingDoc
      if (event.eventType === 'one_on_one') {
        await req.payload.update({ collection: EVENTS, id: event.id, data: { status: 'cancelled' }, overrideAccess: true, req }) // frees the host's time for the cancelled 1:1
      } else if (booking.client) {
        await setAttendee(req, event.id, relationId(booking.client)!, false)
      }
      await publishEvent(req, 'booking.cancelled', { bookingId: booking.id, siteId: site.id, eventId: event.id, start: event.startTime, end: event.endTime })
      return describe(req, { ...booking, ...updated, site: booking.site, event: booking.event }, event, site, settings)
    })
    return Response.json({ booking: result })
  }, readOptionalJsonBody),
}

export const rescheduleBookingEndpoint: Endpoint = {
  path: '/public/bookings/:token/reschedule',
  method: 'post',
  handler: withToken(async (req, found, body) => {
    const choice = parseSlotChoice(body)
    if (choice.error !== undefined) return publicError(req, choice.error, 400)
    const now = Date.now()
    const result = await inTransaction(req, async () => {
      const { booking, event, site, settings } = await lockBooking(req, found.id, now)
      const previousStart = event.startTime
      const previousEnd = event.endTime
      let target: EventDoc
      if (event.eventType === 'one_on_one') {
        if (choice.value.blockId === undefined) throw new BookingConflict('Choose a new time ("start" and "blockId").', 400)
        const reserved = await reserveOneOnOne({
          req,
          site,
          settings,
          blockId: choice.value.blockId,
          // The same service (its length), whatever the body says.
          serviceId: relationId(event.service) === undefined ? undefined : String(relationId(event.service)),
          start: choice.value.start!,
          now,
          excludeEventId: event.id,
        })
        target = (await req.payload.update({
          collection: EVENTS,
          id: event.id,
          data: {
            startTime: new Date(reserved.slot.start).toISOString(),
            endTime: new Date(reserved.slot.end).toISOString(),
            assignedToOwner: (reserved.assignedToOwner ?? null) as number | null,
            assignedToTeamMember: (reserved.assignedToTeamMember ?? null) as number | null,
          },
          overrideAccess: true, // moves the client's own 1:1 session to a slot re-checked under the host's lock
          req,
        })) as unknown as EventDoc
      } else {
        if (choice.value.eventId === undefined) throw new BookingConflict('Choose another class ("eventId").', 400)
        if (choice.value.eventId === String(event.id)) throw new BookingConflict('You are already booked in this class.')
        const reserved = await reserveSeat({ req, site, settings, eventId: choice.value.eventId, start: choice.value.start, now })
        const clientId = relationId(booking.client)
        if (clientId !== undefined) {
          if (await hasSeat(req, reserved.event.id, clientId)) throw new BookingConflict('You have already booked that class.')
          await setAttendee(req, event.id, clientId, false)
          await setAttendee(req, reserved.event.id, clientId, true)
        }
        target = { ...reserved.event, eventType: 'group' }
      }
      const updated = (await req.payload.update({
        collection: BOOKINGS,
        id: booking.id,
        // A new time needs a new reminder (the job sends one when reminderSentAt is empty).
        data: {
          event: target.id as number,
          rescheduledFrom: previousStart,
          rescheduledAt: new Date(now).toISOString(),
          reminderSentAt: null,
          sequence: (booking.sequence ?? 0) + 1,
        },
        overrideAccess: true, // the holder of the management link moves their own booking
        req,
      })) as unknown as BookingDoc
      await publishEvent(req, 'booking.rescheduled', {
        bookingId: booking.id,
        siteId: site.id,
        eventId: target.id,
        start: new Date(target.startTime).toISOString(),
        end: new Date(target.endTime).toISOString(),
        previousStart: new Date(previousStart).toISOString(),
        previousEnd: new Date(previousEnd).toISOString(),
      })
      return describe(req, { ...booking, ...updated, site: booking.site, event: target.id }, target, site, settings)
    })
    return Response.json({ booking: result })
  }, readJsonBody),
}

/** The booking as a calendar file to download (the confirmation's "add to calendar" for desktop calendars). */
export const bookingCalendarEndpoint: Endpoint = {
  path: '/public/bookings/:token/calendar.ics',
  method: 'get',
  handler: withToken(async (req, booking) => {
    const context = await loadBookingContext(req.payload, booking.id)
    if (!context) return publicError(req, 'Booking not found.', 404)
    const file = calendarAttachment(context, booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST', false)
    return new Response(String(file.content), {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${booking.status === 'cancelled' ? 'cancel' : 'booking'}.ics"`,
        'cache-control': 'no-store',
      },
    })
  }),
}
