/**
 * Publishes `booking.session-attended` (events.ts) for every AttendedSession created, by the recording job or by
 * a person in the admin: in the create's own transaction (the outbox), so a session that is not stored (the
 * job's unique-event race, a refused manual record) announces nothing, and a stored one is announced once.
 * The event names who attended, so listeners (testimonial invitations) never read booking's collections.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { ID } from '@platform'
import { publishEvent, relationId } from '@platform'
import { fullName, hostKeyOf, sessionClients, type SessionClient } from '../lib/sessionClients'
import { BOOKINGS, EVENTS } from '../slugs'

// Every read below is the platform announcing a session that was just stored (its creator passed create access):
// it reads that session's own event, bookings, attendees, host and site, and hands on names and addresses only.

const clientsOf = async (req: PayloadRequest, eventId: ID): Promise<SessionClient[]> => {
  const event = await req.payload.findByID({ collection: EVENTS, id: eventId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: the session's own event
  if (!event) return []
  const attendeeIds = (Array.isArray(event.attendees) ? event.attendees : []).map((attendee) => relationId(attendee)).filter((id) => id !== undefined)
  const [bookings, attendees] = await Promise.all([
    req.payload.find({
      collection: BOOKINGS,
      where: { and: [{ event: { equals: eventId } }, { status: { not_equals: 'cancelled' } }] },
      select: { guestName: true, guestEmail: true, locale: true, status: true },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: the session's own bookings
      req,
    }),
    attendeeIds.length
      ? req.payload.find({
          collection: 'clients',
          where: { id: { in: attendeeIds } },
          select: { email: true, firstName: true, lastName: true },
          depth: 0,
          pagination: false,
          overrideAccess: true, // trusted: the session's own attendees
          req,
        })
      : Promise.resolve({ docs: [] }),
  ])
  return sessionClients({ bookings: bookings.docs, attendees: attendees.docs })
}

const hostNameOf = async (req: PayloadRequest, session: Record<string, unknown>, siteName: string): Promise<string> => {
  const memberId = relationId(session.hostTeamMember)
  if (memberId !== undefined) {
    const member = await req.payload.findByID({ collection: 'team-members', id: memberId, depth: 1, disableErrors: true, overrideAccess: true, req }) // trusted: the host's name
    const linked = member?.linkedUser && typeof member.linkedUser === 'object' ? member.linkedUser : undefined
    return fullName(member) || fullName(linked) || siteName
  }
  const userId = relationId(session.hostUser)
  const user =
    userId === undefined ? null : await req.payload.findByID({ collection: 'users', id: userId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: the host's name
  return fullName(user) || siteName
}

export const announceAttendedSession: CollectionAfterChangeHook = async ({ req, operation, doc }) => {
  if (operation !== 'create') return doc
  const siteId = relationId(doc.site)
  const hostKey = hostKeyOf({ hostTeamMember: relationId(doc.hostTeamMember), hostUser: relationId(doc.hostUser) })
  if (siteId === undefined || hostKey === undefined) return doc
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, select: { name: true }, overrideAccess: true, req }) // trusted: the site's name, the host's fallback name
  const eventId = relationId(doc.event) ?? null
  await publishEvent(req, 'booking.session-attended', {
    sessionId: doc.id,
    siteId,
    eventId,
    hostKey,
    hostName: await hostNameOf(req, doc, site.name),
    title: doc.title,
    endTime: new Date(doc.endTime).toISOString(),
    clients: eventId === null ? [] : await clientsOf(req, eventId),
  })
  return doc
}
