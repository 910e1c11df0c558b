/**
 * The `big-events.release-holds` job (every minute): held seats and waitlist offers whose `holdExpiresAt` has
 * passed are released (cancelled `hold-expired` / `offer-expired`, the visitor told) and the seats go to the
 * waiting list. Per event, one transaction under the event's lock re-reads which holds are still expired and
 * unpaid, so two runs at once (two workers, a run and a payment) release each hold once. A payment that comes
 * later is the late payment of paymentListeners.ts.
 */
import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { ID, JobDefinition } from '@platform'
import { inTransaction, relationId } from '@platform'
import { REGISTRATIONS } from '../slugs'
import { lockEvent, promoteWaitlist, releaseHold, saveTaken } from './seats'

export const RELEASE_HOLDS_JOB = 'big-events.release-holds'

const expiredWhere = (now: Date, eventId?: ID): Where => ({
  and: [
    { status: { equals: 'pending_payment' } },
    { holdExpiresAt: { less_than_equal: now.toISOString() } },
    ...(eventId === undefined ? [] : [{ event: { equals: eventId } } as Where]),
  ],
})

/** Releases every expired hold at `now`; returns how many this run released. */
export const releaseExpiredHolds = async (payload: Payload, now = new Date()): Promise<number> => {
  const due = await payload.find({
    collection: REGISTRATIONS,
    where: expiredWhere(now),
    select: { event: true },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true, // trusted: the job looks across all sites for holds that ran out
  })
  const eventIds = [...new Set(due.docs.map((doc) => relationId(doc.event)!))]
  let released = 0
  for (const eventId of eventIds) {
    const req = await createLocalReq({}, payload)
    released += await inTransaction(req, async () => {
      const event = await lockEvent(req, eventId)
      if (!event) return 0
      const still = await req.payload.find({
        collection: REGISTRATIONS,
        where: expiredWhere(now, eventId),
        depth: 0,
        pagination: false,
        overrideAccess: true, // trusted: re-read under the event's lock: only holds still unpaid and expired
        req,
      })
      for (const registration of still.docs) await releaseHold(req, registration, now)
      await saveTaken(req, event, await promoteWaitlist(req, event, now))
      return still.docs.length
    })
  }
  return released
}

export const releaseHoldsJob: JobDefinition = {
  name: RELEASE_HOLDS_JOB,
  lockLifetimeMs: 5 * 60_000,
  concurrency: 1,
  schedule: { every: '1 minute' },
  handler: async (_data, { payload }) => {
    const released = await releaseExpiredHolds(payload)
    if (released) payload.logger.info(`Released ${released} event seat hold(s) that were not paid in time.`)
  },
}
