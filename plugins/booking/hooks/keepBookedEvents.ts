/**
 * An event with confirmed bookings cannot be deleted (its bookings would lose
 * their event); cancel it instead (status "cancelled") so the clients can be told.
 */
import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { BOOKINGS } from '../slugs'

export const keepBookedEvents: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const { totalDocs } = await req.payload.count({
    collection: BOOKINGS,
    where: { and: [{ event: { equals: id } }, { status: { equals: 'confirmed' } }] },
    overrideAccess: true, // counting bookings to protect them, whatever the caller may read
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(`This event has ${totalDocs} confirmed booking(s). Cancel it (status "Cancelled") instead of deleting it.`, 409)
  }
}
