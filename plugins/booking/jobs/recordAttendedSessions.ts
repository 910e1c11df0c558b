/**
 * Every `every` (default 15 minutes): for each scheduled event that ended in
 * the last `lookbackDays` and has at least one confirmed booking or attendee,
 * record one AttendedSession (source `auto`).
 *
 * Idempotent, also with several workers: `attended-sessions.event` is unique,
 * so a second insert for the same event fails and is skipped; an event that
 * already has a session (auto, or a manual one a host recorded or corrected)
 * is never written again.
 */
import type { Payload } from 'payload'

import type { ID, JobDefinition } from '@platform'
import { relationId } from '@platform'

import { autoSessionFor, type EndedEvent } from '../lib/attendedSession'
import { ATTENDED_SESSIONS, BOOKINGS, EVENTS } from '../slugs'

export const RECORD_ATTENDED_SESSIONS = 'booking.record-attended-sessions'

const PAGE = 200

const sessionExists = async (payload: Payload, eventId: ID) =>
  (await payload.count({ collection: ATTENDED_SESSIONS, where: { event: { equals: eventId } }, overrideAccess: true })).totalDocs > 0 // The job is trusted platform code working across all sites.

/** Records the sessions of events that ended before `now`; returns how many it recorded. */
export const recordAttendedSessions = async (payload: Payload, { now, lookbackDays }: { now: Date; lookbackDays: number }): Promise<number> => {
  const since = new Date(now.getTime() - lookbackDays * 86_400_000)
  let recorded = 0
  for (let page = 1; ; page++) {
    const events = await payload.find({
      collection: EVENTS,
      where: {
        and: [{ status: { equals: 'scheduled' } }, { endTime: { less_than_equal: now.toISOString() } }, { endTime: { greater_than: since.toISOString() } }],
      },
      sort: 'endTime',
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true, // trusted job across all sites
    })
    const ids = events.docs.map((event) => event.id)
    if (ids.length) {
      const [done, booked] = await Promise.all([
        payload.find({
          collection: ATTENDED_SESSIONS,
          where: { event: { in: ids } },
          depth: 0,
          pagination: false,
          select: { event: true },
          overrideAccess: true, // trusted job
        }),
        payload.find({
          collection: BOOKINGS,
          where: { and: [{ event: { in: ids } }, { status: { not_equals: 'cancelled' } }] },
          depth: 0,
          pagination: false,
          select: { event: true },
          overrideAccess: true, // trusted job
        }),
      ])
      const hasSession = new Set(done.docs.map((session) => String(relationId(session.event))))
      const hasBooking = new Set(booked.docs.map((booking) => String(relationId(booking.event))))
      for (const event of events.docs) {
        if (hasSession.has(String(event.id))) continue
        const attendees = Array.isArray(event.attendees) ? event.attendees.length : 0
        if (!hasBooking.has(String(event.id)) && attendees === 0) continue
        const memberId = relationId(event.assignedToTeamMember)
        const member =
          memberId !== undefined
            ? await payload.findByID({ collection: 'team-members', id: memberId, depth: 0, overrideAccess: true }).catch(() => null) // trusted job: the host's account
            : null
        const data = autoSessionFor(event as unknown as EndedEvent, { now, memberUser: relationId(member?.linkedUser) ?? null })
        if (!data) continue
        try {
          await payload.create({ collection: ATTENDED_SESSIONS, data: data as never, overrideAccess: true }) // trusted job; no user to act for
          recorded++
        } catch (error) {
          // Another worker recorded it first (unique event): fine. Anything else is a real failure.
          if (await sessionExists(payload, event.id)) continue
          throw error
        }
      }
    }
    if (!events.hasNextPage) break
  }
  return recorded
}

export const recordAttendedSessionsJob = ({ every = '15 minutes', lookbackDays = 30 }: { every?: string | number; lookbackDays?: number } = {}): JobDefinition<{
  now?: string
}> => ({
  name: RECORD_ATTENDED_SESSIONS,
  lockLifetimeMs: 10 * 60_000,
  concurrency: 1,
  schedule: { every },
  handler: async (data, { payload }) => {
    const recorded = await recordAttendedSessions(payload, { now: data.now ? new Date(data.now) : new Date(), lookbackDays })
    if (recorded) payload.logger.info(`Recorded ${recorded} attended session(s).`)
  },
})
