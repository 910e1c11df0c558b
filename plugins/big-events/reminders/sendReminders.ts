/**
 * `big-events.send-reminders` (every 15 minutes): emails every confirmed registration whose event starts within
 * the next 24 hours, once. The platform's `sendDueReminders` finds and claims them: each registration is claimed
 * (re-read, checked, `reminderSentAt` set) under its event's lock in one transaction that also queues the reminder,
 * so two runs at once never both send, a cancellation (taken under the same lock) is seen, and a claim never stands
 * without its email.
 */
import type { Payload } from 'payload'

import type { DueReminders, ID } from '@platform'
import { dueRemindersJob, queueEmail, sendDueReminders as sendDue } from '@platform'
import { eventLock } from '../announcements/names'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { REMINDER_EMAIL, REMINDER_JOB } from './names'

export const registrationReminders: DueReminders = {
  starts: { collection: BIG_EVENTS, field: 'startDate', where: { status: { equals: 'published' } } },
  recipients: { collection: REGISTRATIONS, relation: 'event', where: { status: { equals: 'confirmed' } }, select: { confirmedAt: true, createdAt: true } },
  madeAt: (registration) => Date.parse(String(registration.confirmedAt ?? registration.createdAt)),
  lockKey: ({ startId }) => eventLock(startId),
  stillDue: (current) => current.status === 'confirmed',
  queue: (req, { id }) => queueEmail(req, { compose: REMINDER_EMAIL, args: { registrationId: id } }),
}

/** Sends the reminders due at `now`; the ids of the registrations this call claimed. */
export const sendDueReminders = (payload: Payload, now: Date = new Date()): Promise<ID[]> => sendDue(payload, registrationReminders, now)

export const sendRemindersJob = ({ every }: { every: string | number }) => dueRemindersJob({ name: REMINDER_JOB, every, reminders: registrationReminders })
