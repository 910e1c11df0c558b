/**
 * `booking.send-reminders`: every few minutes, emails a reminder to visitors
 * whose confirmed booking starts within the next 24 hours, once per booking
 * time (a reschedule clears `reminderSentAt`, so the new time gets its own).
 * No reminder for a booking made (or moved) less than an hour before the
 * reminder would have gone: the confirmation has only just arrived.
 *
 * Each booking is claimed (checked and marked) under its row lock in one
 * transaction, so two workers running the job at once never both send; the
 * reminder email is queued in that same transaction (the outbox), so a claim
 * is never committed without its email.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { ID, JobDefinition } from '@platform'
import { inTransaction, lockForTransaction } from '@platform'
import { queueVisitorEmail } from '../notifications/messages'
import { BOOKINGS, EVENTS } from '../slugs'

export const REMINDER_JOB = 'booking.send-reminders'
const HOUR = 3_600_000
export const REMINDER_LEAD_MS = 24 * HOUR
/** A booking made this close before its reminder time gets no reminder. */
export const REMINDER_MIN_GAP_MS = HOUR

/**
 * Pure: whether a booking starting at `start`, made (or last moved) at
 * `bookedAt`, is due a reminder at `now`.
 */
export const reminderDue = ({ start, bookedAt, now }: { start: number; bookedAt: number; now: number }): boolean =>
  start > now && start - now <= REMINDER_LEAD_MS && bookedAt <= start - REMINDER_LEAD_MS - REMINDER_MIN_GAP_MS

type Candidate = { id: ID; createdAt: string; rescheduledAt?: string | null; event: ID }

/**
 * Marks the booking's reminder as sent unless someone already did, and queues the reminder; true when
 * this call claimed it. The check, the mark and the queued email commit together under the booking's row
 * lock (the same key the cancel and reschedule endpoints take), so two workers never both claim a
 * booking, and a claim never stands without its email.
 */
const claim = async (payload: Payload, id: ID, now: Date): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, `booking:row:${id}`)
    const current = await payload.findByID({ collection: BOOKINGS, id, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted job: reads the booking it may remind
    if (!current || current.status !== 'confirmed' || current.reminderSentAt) return false
    await payload.update({ collection: BOOKINGS, id, data: { reminderSentAt: now.toISOString() }, overrideAccess: true, req }) // trusted job: the platform marks its own reminder as sent
    await queueVisitorEmail(req, { bookingId: id, change: 'reminder' })
    return true
  })
}

/** Sends the reminders due at `now`; returns the ids it sent for. */
export const sendDueReminders = async (payload: Payload, now: Date = new Date()): Promise<ID[]> => {
  const events = await payload.find({
    collection: EVENTS,
    where: {
      and: [
        { status: { equals: 'scheduled' } },
        { startTime: { greater_than: now.toISOString() } },
        { startTime: { less_than_equal: new Date(now.getTime() + REMINDER_LEAD_MS).toISOString() } },
      ],
    },
    select: { startTime: true },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted job: across all sites, only the start times of the next day's events
  })
  const startOf = new Map(events.docs.map((doc) => [String(doc.id), Date.parse(doc.startTime)]))
  const sent: ID[] = []
  const eventIds = [...startOf.keys()]
  for (let at = 0; at < eventIds.length; at += 500) {
    const bookings = await payload.find({
      collection: BOOKINGS,
      where: {
        and: [{ event: { in: eventIds.slice(at, at + 500) } }, { status: { equals: 'confirmed' } }, { reminderSentAt: { exists: false } }],
      },
      select: { createdAt: true, rescheduledAt: true, event: true },
      pagination: false,
      depth: 0,
      overrideAccess: true, // trusted job: finds the bookings due a reminder, across all sites
    })
    for (const booking of bookings.docs as unknown as Candidate[]) {
      const start = startOf.get(String(booking.event))
      const bookedAt = Math.max(Date.parse(booking.createdAt), booking.rescheduledAt ? Date.parse(booking.rescheduledAt) : 0)
      if (start === undefined || !reminderDue({ start, bookedAt, now: now.getTime() })) continue
      if (await claim(payload, booking.id, now)) sent.push(booking.id)
    }
  }
  return sent
}

export const sendRemindersJob = ({ every }: { every: string | number }): JobDefinition<{ now?: string }> => ({
  name: REMINDER_JOB,
  lockLifetimeMs: 5 * 60_000,
  concurrency: 1,
  schedule: { every },
  handler: async (data, { payload }) => {
    await sendDueReminders(payload, data.now ? new Date(data.now) : new Date())
  },
})
