/**
 * Everything a booking email or notification needs, read once in a trusted
 * job: the booking, its event and site, the site's booking settings, the host
 * (owner or team member: name, address, the user to notify, their language)
 * and the visitor's management link when the server can make it.
 */
import type { Payload } from 'payload'

import type { ID } from '@platform'
import { relationId } from '@platform'
import { DEFAULT_BOOKING_SETTINGS } from '../collections/bookingSettings'
import { manageUrl } from '../endpoints/manageUrl'
import { recreateManageToken } from '../lib/manageToken'
import { serviceTitle } from '../lib/services'
import { BOOKING_SETTINGS, BOOKINGS, EVENTS, SERVICES } from '../slugs'

export type Locale = 'pl' | 'en'

export type BookingContext = {
  booking: {
    id: ID
    status: 'confirmed' | 'cancelled'
    sequence: number
    guestName: string
    guestEmail: string
    notes?: string | null
    locale: Locale
    /** The visitor's zone (falls back to the site's). */
    timeZone: string
    cancelledBy?: 'client' | 'host' | null
    createdAt: string
    rescheduledAt?: string | null
    reminderSentAt?: string | null
  }
  /** `visitorTitle`: what the visitor reads, the booked service's title in their language (else the event's title). */
  event: { id: ID; title: string; visitorTitle: string; start: string; end: string; status: string; showHost: boolean }
  site: { id: ID; name: string; identifier: string; ownerId: ID }
  settings: { timeZone: string; cancelCutoffHours: number }
  host: { name: string; email?: string; userId?: ID; locale: Locale }
  /** The visitor's link to see, move or cancel; absent when it cannot be re-made (the token is stored only as a hash). */
  manageUrl?: string
  serverURL: string
}

const fullName = (doc: { firstName?: string | null; lastName?: string | null } | null | undefined) => [doc?.firstName, doc?.lastName].filter(Boolean).join(' ')

const asLocale = (value: unknown, fallback: Locale = 'pl'): Locale => (value === 'en' || value === 'pl' ? value : fallback)

type Doc = Record<string, unknown>

/** Reads a booking's context, its management link made again from the stored seed (see lib/manageToken.ts). */
export const loadBookingContext = async (payload: Payload, bookingId: ID): Promise<BookingContext | undefined> => {
  // Trusted job reads (all below): the listener and the reminder act for the platform, not for a user.
  const booking = (await payload
    .findByID({ collection: BOOKINGS, id: bookingId, depth: 0, overrideAccess: true, showHiddenFields: true }) // trusted job: reads the booking it reports on
    .catch(() => null)) as Doc | null
  if (!booking) return undefined
  const eventId = relationId(booking.event)!
  const siteId = relationId(booking.site)!
  const [event, site, settingsFound] = await Promise.all([
    payload.findByID({ collection: EVENTS, id: eventId, depth: 0, overrideAccess: true }) as unknown as Promise<Doc>, // trusted job: the booking's event
    payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, select: { name: true, identifier: true, owner: true } }), // trusted job: the booking's site
    payload.find({ collection: BOOKING_SETTINGS, where: { site: { equals: siteId } }, limit: 1, depth: 0, overrideAccess: true }), // trusted job: the site's booking rules
  ])
  const settingsDoc = settingsFound.docs[0] as unknown as Doc | undefined
  const settings = {
    timeZone: (settingsDoc?.timeZone as string | undefined) || DEFAULT_BOOKING_SETTINGS.timeZone,
    cancelCutoffHours: (settingsDoc?.cancelCutoffHours as number | undefined) ?? DEFAULT_BOOKING_SETTINGS.cancelCutoffHours,
  }
  const ownerId = relationId(site.owner)!
  let host: BookingContext['host'] = { name: site.name, locale: 'pl' }
  const memberId = relationId(event.assignedToTeamMember)
  const hostUserId = relationId(event.assignedToOwner)
  if (memberId !== undefined) {
    const member = await payload.findByID({ collection: 'team-members', id: memberId, depth: 1, overrideAccess: true }).catch(() => null) // trusted job: the host's name and address
    const linked = member?.linkedUser && typeof member.linkedUser === 'object' ? member.linkedUser : undefined
    host = {
      name: fullName(member) || fullName(linked) || site.name,
      email: linked?.email ?? member?.email,
      userId: linked?.id,
      locale: asLocale(linked?.locale),
    }
  } else if (hostUserId !== undefined) {
    const user = await payload.findByID({ collection: 'users', id: hostUserId, depth: 0, overrideAccess: true }).catch(() => null) // trusted job: the host's name and address
    if (user) host = { name: fullName(user) || site.name, email: user.email, userId: user.id, locale: asLocale(user.locale) }
  }
  const serviceId = relationId(event.service)
  const service =
    serviceId === undefined ? null : await payload.findByID({ collection: SERVICES, id: serviceId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted job: the booked service's titles
  const serverURL = payload.config.serverURL || ''
  const token = recreateManageToken(payload.secret, booking.managementTokenSeed as string | undefined, booking.managementToken as string | undefined)
  return {
    booking: {
      id: booking.id as ID,
      status: booking.status as 'confirmed' | 'cancelled',
      sequence: (booking.sequence as number | null) ?? 0,
      guestName: booking.guestName as string,
      guestEmail: booking.guestEmail as string,
      notes: booking.notes as string | null,
      locale: asLocale(booking.locale),
      timeZone: (booking.timeZone as string | null) || settings.timeZone,
      cancelledBy: booking.cancelledBy as 'client' | 'host' | null,
      createdAt: booking.createdAt as string,
      rescheduledAt: booking.rescheduledAt as string | null,
      reminderSentAt: booking.reminderSentAt as string | null,
    },
    event: {
      id: eventId,
      title: event.title as string,
      visitorTitle: service ? serviceTitle(service, asLocale(booking.locale)) : (event.title as string),
      start: event.startTime as string,
      end: event.endTime as string,
      status: event.status as string,
      showHost: event.showHost !== false,
    },
    site: { id: siteId, name: site.name, identifier: site.identifier, ownerId },
    settings,
    host,
    manageUrl: token ? manageUrl(serverURL, token) : undefined,
    serverURL,
  }
}
