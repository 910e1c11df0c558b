/**
 * The booking's emails (visitor and host) with the calendar file, and the
 * host's in-app notification. Emails go through the platform queue (retried
 * job), in the visitor's language for the visitor and the host's for the host,
 * with the site owner's own versions of the templates when they wrote any.
 */
import type { Payload } from 'payload'

import type { EmailAttachment, EmailComposer, ID, QueuedEmail } from '@platform'
import { notify, queueEmail, readEmailSettings } from '@platform'
import { formatWhen } from '../lib/formatWhen'
import { bookingUid, buildIcs } from '../lib/ics'
import { loadBookingContext, type BookingContext, type Locale } from './context'

export type BookingChange = 'created' | 'rescheduled' | 'cancelled'

const VISITOR_TEMPLATE: Record<BookingChange | 'reminder', string> = {
  created: 'booking-confirmed',
  rescheduled: 'booking-rescheduled',
  cancelled: 'booking-cancelled',
  reminder: 'booking-reminder',
}

const HOST_TEMPLATE: Record<BookingChange, string> = {
  created: 'booking-new-for-host',
  rescheduled: 'booking-rescheduled-for-host',
  cancelled: 'booking-cancelled-for-host',
}

const adminPath = (context: BookingContext) => `/admin/collections/bookings/${String(context.booking.id)}`

/** The calendar file for the booking as it is now: REQUEST (new or moved) or CANCEL, with its current SEQUENCE. */
export const calendarAttachment = (context: BookingContext, method: 'REQUEST' | 'CANCEL', forHost: boolean, now = new Date()): EmailAttachment => {
  const from = readEmailSettings().from
  const title = forHost ? context.event.title : context.event.visitorTitle
  const descriptionLines = [
    title,
    context.site.name,
    forHost ? `${context.booking.guestName} <${context.booking.guestEmail}>` : undefined,
    forHost && context.booking.notes ? context.booking.notes : undefined,
    !forHost && context.manageUrl && method === 'REQUEST'
      ? `${context.booking.locale === 'en' ? 'Change or cancel' : 'Zmień lub odwołaj'}: ${context.manageUrl}`
      : undefined,
    forHost && context.serverURL ? `${context.serverURL}${adminPath(context)}` : undefined,
  ].filter(Boolean)
  const content = buildIcs({
    uid: bookingUid(context.booking.id, context.serverURL),
    sequence: context.booking.sequence,
    method,
    start: new Date(context.event.start),
    end: new Date(context.event.end),
    stamp: now,
    summary: forHost ? `${context.event.title} – ${context.booking.guestName}` : title,
    description: descriptionLines.join('\n'),
    ...(!forHost && context.manageUrl && method === 'REQUEST' ? { url: context.manageUrl } : {}),
    // A host without an address of their own (a pending member) organizes through the platform's sender.
    organizer: { name: context.host.name, email: context.host.email ?? from.address },
    attendee: { name: context.booking.guestName, email: context.booking.guestEmail },
  })
  return {
    filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
    content,
    contentType: `text/calendar; method=${method}; charset=UTF-8`,
  }
}

type Previous = { start: string; end: string }

const whenData = (context: BookingContext, locale: Locale, zone: string, previous?: Previous) => {
  const when = formatWhen(context.event.start, context.event.end, zone, locale)
  const before = previous ? formatWhen(previous.start, previous.end, zone, locale) : undefined
  return {
    date: when.date,
    time: when.time,
    timeZone: when.timeZone,
    ...(before ? { previousDate: before.date, previousTime: before.time } : {}),
  }
}

/** Template values for the visitor: times in the site's zone, and in theirs too when it differs. */
export const visitorData = (context: BookingContext, previous?: Previous) => {
  const locale = context.booking.locale
  const own =
    context.booking.timeZone !== context.settings.timeZone ? formatWhen(context.event.start, context.event.end, context.booking.timeZone, locale) : undefined
  return {
    guestName: context.booking.guestName,
    eventTitle: context.event.visitorTitle,
    siteName: context.site.name,
    ...(context.event.showHost ? { hostName: context.host.name } : {}),
    ...whenData(context, locale, context.settings.timeZone, previous),
    ...(own ? { visitorDate: own.date, visitorTime: own.time, visitorTimeZone: own.timeZone } : {}),
    ...(context.manageUrl ? { manageUrl: context.manageUrl } : {}),
    cancelCutoffHours: context.settings.cancelCutoffHours,
    cancelledByHost: context.booking.cancelledBy === 'host',
  }
}

export const hostData = (context: BookingContext, previous?: Previous) => ({
  hostName: context.host.name,
  guestName: context.booking.guestName,
  guestEmail: context.booking.guestEmail,
  ...(context.booking.notes ? { notes: context.booking.notes } : {}),
  eventTitle: context.event.title,
  siteName: context.site.name,
  ...whenData(context, context.host.locale, context.settings.timeZone, previous),
  ...(context.serverURL ? { adminUrl: `${context.serverURL}${adminPath(context)}` } : {}),
})

/** The visitor's email about `change`, with the management link (pure, given the context). */
export const visitorEmail = (context: BookingContext, change: VisitorChange, previous?: Previous): QueuedEmail => {
  const attachments = change === 'reminder' ? undefined : [calendarAttachment(context, change === 'cancelled' ? 'CANCEL' : 'REQUEST', false)]
  return {
    to: context.booking.guestEmail,
    template: VISITOR_TEMPLATE[change],
    locale: context.booking.locale,
    data: visitorData(context, previous),
    ownerId: context.site.ownerId,
    // The visitor's replies go to the host, not to the platform.
    ...(context.host.email ? { replyTo: context.host.email } : {}),
    ...(attachments ? { attachments } : {}),
  }
}

export type VisitorChange = BookingChange | 'reminder'

/** What the queue keeps of a visitor's email: ids and times, never the link. */
export type VisitorEmailArgs = { bookingId: ID; change: VisitorChange; previousStart?: string; previousEnd?: string }

export const VISITOR_EMAIL_COMPOSER = 'booking.visitor-email'

/**
 * Makes the visitor's email when it is sent: the management link (made again
 * from the booking's seed) never waits in the queue. Nothing when the booking
 * is gone, or for a reminder once the booking is no longer confirmed.
 */
export const visitorEmailComposer: EmailComposer = {
  name: VISITOR_EMAIL_COMPOSER,
  compose: async ({ payload, args }) => {
    const { bookingId, change, previousStart, previousEnd } = args as VisitorEmailArgs
    const context = await loadBookingContext(payload, bookingId)
    if (!context) return undefined
    if (change === 'reminder' && context.booking.status !== 'confirmed') return undefined
    return visitorEmail(context, change, previousStart && previousEnd ? { start: previousStart, end: previousEnd } : undefined)
  },
}

/** Queues the visitor's email by ids (see visitorEmailComposer); in `req`'s transaction when it has one. */
export const queueVisitorEmail = async (req: Parameters<typeof queueEmail>[0], emailArgs: VisitorEmailArgs) => {
  await queueEmail(req, { compose: VISITOR_EMAIL_COMPOSER, args: emailArgs })
}

const NOTIFICATION_TEXT: Record<BookingChange, Record<Locale, string>> = {
  created: { en: 'New booking', pl: 'Nowa rezerwacja' },
  rescheduled: { en: 'Booking moved', pl: 'Rezerwacja przeniesiona' },
  cancelled: { en: 'Booking cancelled', pl: 'Rezerwacja odwołana' },
}

/** The one-line in-app notification, in the host's language. */
export const notificationMessage = (context: BookingContext, change: BookingChange, previous?: Previous): string => {
  const locale = context.host.locale
  const when = formatWhen(context.event.start, context.event.end, context.settings.timeZone, locale)
  const before = previous ? formatWhen(previous.start, previous.end, context.settings.timeZone, locale) : undefined
  const moved = before ? (locale === 'pl' ? ` (wcześniej: ${before.date}, ${before.time})` : ` (was: ${before.date}, ${before.time})`) : ''
  return `${NOTIFICATION_TEXT[change][locale]}: ${context.booking.guestName} – ${context.event.title}, ${when.full}${moved}`.slice(0, 1000)
}

/** The host's email (with the calendar file) and in-app notification; nothing when the host made the change themselves. */
export const sendHostMessages = async (payload: Payload, context: BookingContext, change: BookingChange, previous?: Previous) => {
  if (change === 'cancelled' && context.booking.cancelledBy === 'host') return
  if (context.host.userId !== undefined) {
    await notify({
      payload,
      userId: context.host.userId,
      type: `booking.${change}`,
      message: notificationMessage(context, change, previous),
      link: adminPath(context),
      siteId: context.site.id,
    })
  }
  if (context.host.email) {
    await queueEmail(
      { payload },
      {
        to: context.host.email,
        template: HOST_TEMPLATE[change],
        locale: context.host.locale,
        data: hostData(context, previous),
        ownerId: context.site.ownerId,
        replyTo: context.booking.guestEmail,
        attachments: [calendarAttachment(context, change === 'cancelled' ? 'CANCEL' : 'REQUEST', true)],
      },
    )
  }
}
