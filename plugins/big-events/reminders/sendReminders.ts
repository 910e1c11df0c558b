/**
 * `big-events.send-reminders` (every 15 minutes): emails every confirmed registration whose event starts within
 * the next 24 hours, once. Each registration is claimed (re-read, checked, `reminderSentAt` set) under its event's
 * lock in one transaction that also queues the reminder (the outbox), so two runs at once never both send, a
 * cancellation (taken under the same lock) is seen, and a claim never stands without its email.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { ID, JobDefinition } from '@platform'
import { inTransaction, lockForTransaction, queueEmail, relationId } from '@platform'
import { eventLock } from '../announcements/names'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { REMINDER_LEAD_MS, reminderDue } from './due'
import { REMINDER_EMAIL, REMINDER_JOB } from './names'

type Candidate = { id: ID; event: unknown; confirmedAt?: string | null; createdAt: string }

/** Marks the reminder sent unless someone did, and queues it; true when this call claimed it. */
const claim = async (payload: Payload, registrationId: ID, eventId: ID, now: Date): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, eventLock(eventId))
    const current = await payload.findByID({ collection: REGISTRATIONS, id: registrationId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted job: the registration it may remind
    if (!current || current.status !== 'confirmed' || current.reminderSentAt) return false
    await payload.update({ collection: REGISTRATIONS, id: registrationId, data: { reminderSentAt: now.toISOString() }, depth: 0, overrideAccess: true, req }) // trusted job: the platform marks its own reminder as sent
    await queueEmail(req, { compose: REMINDER_EMAIL, args: { registrationId } })
    return true
  })
}

/** Sends the reminders due at `now`; the ids of the registrations this call claimed. */
export const sendDueReminders = async (payload: Payload, now: Date = new Date()): Promise<ID[]> => {
  const events = await payload.find({
    collection: BIG_EVENTS,
    where: {
      and: [
        { status: { equals: 'published' } },
        { startDate: { greater_than: now.toISOString() } },
        { startDate: { less_than_equal: new Date(now.getTime() + REMINDER_LEAD_MS).toISOString() } },
      ],
    },
    select: { startDate: true },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted job: across all sites, only the start times of the next day's events
  })
  const startOf = new Map(events.docs.map((doc) => [String(doc.id), Date.parse(doc.startDate)]))
  const eventIds = [...startOf.keys()]
  const sent: ID[] = []
  for (let at = 0; at < eventIds.length; at += 100) {
    let afterId = 0
    for (;;) {
      const page = await payload.find({
        collection: REGISTRATIONS,
        where: {
          and: [
            { event: { in: eventIds.slice(at, at + 100) } },
            { status: { equals: 'confirmed' } },
            { reminderSentAt: { exists: false } },
            { id: { greater_than: afterId } },
          ],
        },
        sort: 'id',
        limit: 500,
        pagination: false,
        select: { event: true, confirmedAt: true, createdAt: true },
        depth: 0,
        overrideAccess: true, // trusted job: finds the registrations due a reminder, across all sites
      })
      const candidates = page.docs as unknown as Candidate[]
      for (const registration of candidates) {
        const eventId = relationId(registration.event)!
        const start = startOf.get(String(eventId))
        const confirmedAt = Date.parse(registration.confirmedAt ?? registration.createdAt)
        if (start === undefined || !reminderDue({ start, confirmedAt, now: now.getTime() })) continue
        if (await claim(payload, registration.id, eventId, now)) sent.push(registration.id)
      }
      if (candidates.length < 500) break
      afterId = Number(candidates[candidates.length - 1].id)
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
