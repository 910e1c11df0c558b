/**
 * An event with confirmed bookings cannot be deleted (its bookings would lose
 * their event); cancel it instead (status "cancelled") so the clients can be told.
 */
import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { BOOKINGS } from '../slugs'
import { say, t } from '@platform'

export const keepBookedEvents: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const { totalDocs } = await req.payload.count({
    collection: BOOKINGS,
    where: { and: [{ event: { equals: id } }, { status: { equals: 'confirmed' } }] },
    overrideAccess: true, // counting bookings to protect them, whatever the caller may read
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      say(
        req,
        t(
          `This event has ${totalDocs} confirmed booking(s). Cancel it (status "Cancelled") instead of deleting it.`,
          `To wydarzenie ma potwierdzone rezerwacje (${totalDocs}). Zamiast je usuwać, odwołaj je (stan „Odwołane”).`,
        ),
      ),
      409,
    )
  }
}
