/**
 * A host (or staff of the site) cancelling a booking in the admin: the visitor
 * must hear of it, and their calendar must drop the entry. Marks the change as
 * the host's with the next ICS SEQUENCE, frees the 1:1 session's time (or
 * the guest's place among a class's attendees), and publishes
 * `booking.cancelled` (the visitor's email says the host cancelled; the host
 * gets no message about their own change). The public cancel endpoint makes
 * its changes without a signed-in user (it drops any session the browser sent,
 * endpoints/visitor.ts, and also marks its update with BY_MANAGE_TOKEN in the
 * context) and publishes itself, so these hooks leave those calls alone.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { publishEvent, relationId } from '@platform'
import { setAttendee } from '../endpoints/reserve'
import { EVENTS } from '../slugs'

/** `req.context` key the public cancel endpoint sets on its update. */
export const BY_MANAGE_TOKEN = 'bookingChangedByManageToken'

const cancelledByUser = (
  req: { user?: unknown; context?: Record<string, unknown> },
  operation: string,
  before: { status?: unknown } | undefined,
  after: { status?: unknown },
) => Boolean(req.user) && !req.context?.[BY_MANAGE_TOKEN] && operation === 'update' && before?.status === 'confirmed' && after.status === 'cancelled'

export const markHostCancel: CollectionBeforeChangeHook = ({ req, operation, data, originalDoc }) => {
  if (!cancelledByUser(req, operation, originalDoc, data)) return data
  return {
    ...data,
    cancelledAt: new Date().toISOString(),
    cancelledBy: 'host',
    sequence: ((originalDoc?.sequence as number | null | undefined) ?? 0) + 1,
  }
}

export const announceHostCancel: CollectionAfterChangeHook = async ({ req, operation, doc, previousDoc }) => {
  if (!cancelledByUser(req, operation, previousDoc, doc)) return doc
  const eventId = relationId(doc.event)!
  const event = await req.payload.findByID({ collection: EVENTS, id: eventId, depth: 0, overrideAccess: true, req }) // the cancelled booking's own event, which the caller may update already (update access passed)
  if (event.eventType === 'one_on_one' && event.status !== 'cancelled') {
    await req.payload.update({ collection: EVENTS, id: eventId, data: { status: 'cancelled' }, overrideAccess: true, req }) // frees the host's time, as the visitor's own cancel does
  }
  const clientId = relationId(doc.client)
  // A cancelled seat in a class: the guest leaves the attendee list, as on the visitor's own cancel.
  if (event.eventType === 'group' && clientId !== undefined) await setAttendee(req, eventId, clientId, false)
  await publishEvent(req, 'booking.cancelled', { bookingId: doc.id, siteId: relationId(doc.site)!, eventId, start: event.startTime, end: event.endTime })
  return doc
}
