/**
 * POST /api/big-events/registrations/:id/check-in `{ checkedIn: boolean }`: the owner marks a confirmed attendee as
 * present (sets `checkedInAt`) or takes it back (clears it). Owner, admin and editor of the event's site only
 * (eventAccess.ts); under the event's lock, so a check-in never lands on a registration the event's cancellation
 * is just cancelling. Answers the registration's new state; 409 for one that is not confirmed.
 */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { inTransaction, jsonError, lockForTransaction, parseRecordId, readBody, relationId } from '@platform'
import { REGISTRATIONS } from '../slugs'
import { eventForCaller, say } from './eventAccess'

export const checkInEndpoint: Endpoint = {
  path: '/registrations/:id/check-in',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(say(req, 'Zaloguj się.', 'Sign in first.'), 401)
    const id = parseRecordId(req.routeParams?.id)
    const missing = () => jsonError(say(req, 'Nie ma takiego zapisu.', 'No such registration.'), 404)
    if (id === undefined) return missing()
    const found = await req.payload.findByID({ collection: REGISTRATIONS, id, depth: 0, disableErrors: true, select: { event: true }, overrideAccess: true }) // trusted: only the registration's event is read here; the caller is checked on that event next
    if (!found) return missing()
    const caller = await eventForCaller(req, relationId(found.event), { write: true })
    if (caller instanceof Response) return caller.status === 404 ? missing() : caller
    const { checkedIn } = await readBody(
      req,
      z.strictObject({ checkedIn: z.boolean({ message: say(req, 'Podaj checkedIn: true albo false.', 'Give checkedIn: true or false.') }) }),
    )
    return inTransaction(req, async () => {
      await lockForTransaction(req, `big-events:event:${caller.event.id}`)
      const registration = await req.payload.findByID({ collection: REGISTRATIONS, id, depth: 0, req, overrideAccess: true }) // trusted: the caller manages its event (checked above)
      if (checkedIn && registration.status !== 'confirmed')
        return jsonError(say(req, 'Obecność można potwierdzić tylko potwierdzonym uczestnikom.', 'Only confirmed attendees can be checked in.'), 409)
      const checkedInAt = checkedIn ? (registration.checkedInAt ?? new Date().toISOString()) : null
      if ((registration.checkedInAt ?? null) !== checkedInAt)
        await req.payload.update({ collection: REGISTRATIONS, id, data: { checkedInAt }, depth: 0, req, overrideAccess: true }) // trusted: checkedInAt is the platform's; the caller manages the event
      return Response.json({ id, checkedIn, checkedInAt })
    })
  },
}
