/**
 * An event with confirmed bookings cannot be deleted (its bookings would lose
 * their event); cancel it instead (status "cancelled") so the clients can be told.
 */
import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { BOOKINGS } from '../slugs'
import { say, t } from '@platform'
import { formatCount } from '@platform/format'

/** "ma 1 potwierdzoną rezerwację / 3 potwierdzone rezerwacje / 5 potwierdzonych rezerwacji" (accusative after "ma"). */
const CONFIRMED = {
  pl: { one: 'potwierdzoną rezerwację', few: 'potwierdzone rezerwacje', many: 'potwierdzonych rezerwacji' },
  en: { one: 'confirmed booking', other: 'confirmed bookings' },
}

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
          `This event has ${formatCount(totalDocs, 'en', CONFIRMED)}. Cancel it (status "Cancelled") instead of deleting it.`,
          `To wydarzenie ma ${formatCount(totalDocs, 'pl', CONFIRMED)}. Zamiast je usuwać, odwołaj je (stan „Odwołane”).`,
        ),
      ),
      409,
    )
  }
}
