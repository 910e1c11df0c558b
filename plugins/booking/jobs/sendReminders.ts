/**
 * `booking.send-reminders`: every few minutes, emails a reminder to visitors whose confirmed booking starts within
 * the next 24 hours, once per booking time (a reschedule clears `reminderSentAt`, so the new time gets its own). No
 * reminder for a booking made (or moved) less than an hour before the reminder would have gone: the confirmation has
 * only just arrived.
 *
 * The platform's `sendDueReminders` finds and claims them: each booking is claimed under its row lock (the key the
 * cancel and reschedule endpoints take) in one transaction with its queued email, so two workers never both send and
 * a claim never stands without its email.
 */
import type { Payload } from 'payload'

import type { DueReminders, ID } from '@platform'
import { dueRemindersJob, sendDueReminders as sendDue } from '@platform'
import { queueVisitorEmail } from '../notifications/messages'
import { BOOKINGS, EVENTS } from '../slugs'

export const REMINDER_JOB = 'booking.send-reminders'

export const bookingReminders: DueReminders = {
  starts: { collection: EVENTS, field: 'startTime', where: { status: { equals: 'scheduled' } } },
  recipients: { collection: BOOKINGS, relation: 'event', where: { status: { equals: 'confirmed' } }, select: { createdAt: true, rescheduledAt: true } },
  madeAt: (booking) => Math.max(Date.parse(String(booking.createdAt)), booking.rescheduledAt ? Date.parse(String(booking.rescheduledAt)) : 0),
  lockKey: ({ id }) => `booking:row:${id}`,
  stillDue: (current) => current.status === 'confirmed',
  queue: (req, { id }) => queueVisitorEmail(req, { bookingId: id, change: 'reminder' }),
}

/** Sends the reminders due at `now`; returns the ids it sent for. */
export const sendDueReminders = (payload: Payload, now: Date = new Date()): Promise<ID[]> => sendDue(payload, bookingReminders, now)

export const sendRemindersJob = ({ every }: { every: string | number }) => dueRemindersJob({ name: REMINDER_JOB, every, reminders: bookingReminders })
