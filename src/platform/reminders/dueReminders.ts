/**
 * Day-before reminders, exactly once: a plugin describes what starts (its events) and who is reminded (its
 * appointments, sign-ups), and `sendDueReminders` does the rest, the same way for every plugin:
 * 1. finds the starts within the next 24 hours (`starts.where`, e.g. published), then, 100 starts and 500 rows at a
 *    time (by id), the rows pointing at them that match `recipients.where` (e.g. confirmed) and have no
 *    `reminderSentAt`;
 * 2. keeps the rows `reminderDue` says are due (made or moved at least an hour before the reminder time);
 * 3. claims each in its own transaction under the plugin's lock (`lockKey`, the same key its cancel or reschedule
 *    takes): re-reads the row, checks `reminderSentAt` is still empty and `stillDue`, sets `reminderSentAt` and
 *    queues the email (`queue`, with the claim's `req`, so the email is an outbox row of that transaction).
 * So two runs at once never both send, a cancellation committed first is seen, and a claim never stands without its
 * email. The rows' collection needs a `reminderSentAt` date field; a change that should earn a new reminder (a
 * reschedule) clears it.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { ID } from '../access'
import { relationId } from '../access'
import { lockForTransaction } from '../db/lock'
import { inTransaction } from '../db/transaction'
import type { JobDefinition } from '../jobs/types'
import { REMINDER_LEAD_MS, reminderDue } from './reminderDue'

/** A row due a reminder, as the claim sees it: its id and the id of the start it belongs to. */
export type ReminderClaim = { id: ID; startId: ID }

export type ReminderRow = { id: ID } & Record<string, unknown>

export type DueReminders = {
  /** What starts: the collection (e.g. events), its start field (a date) and which of its documents count. */
  starts: { collection: CollectionSlug; field: string; where: Where }
  /**
   * Who is reminded: the collection (e.g. appointments), the relation to the start, which rows count, and the fields
   * `madeAt` reads (the relation is always read).
   */
  recipients: { collection: CollectionSlug; relation: string; where: Where; select: Record<string, true> }
  /** When a row was made or last moved, in ms (a row made within the hour before its reminder time gets none). */
  madeAt: (row: ReminderRow) => number
  /** The lock a claim takes: the key the plugin's own changes to the row (cancel, reschedule) take too. */
  lockKey: (claim: ReminderClaim) => string
  /** The row re-read under the lock: does it still want its reminder (e.g. still confirmed)? */
  stillDue: (current: ReminderRow) => boolean
  /** Queues the reminder inside the claim's transaction (pass `req` on: `queueEmail(req, …)`). */
  queue: (req: PayloadRequest, claim: ReminderClaim) => Promise<void>
  /** How long before the start. @default 24 hours */
  leadMs?: number
  /** @default 1 hour */
  minGapMs?: number
}

const STARTS_PER_QUERY = 100
const ROWS_PER_PAGE = 500

/** Marks the reminder sent unless someone did, and queues it; true when this call claimed it. */
const claim = async (payload: Payload, reminders: DueReminders, row: ReminderClaim, now: Date): Promise<boolean> => {
  const { collection } = reminders.recipients
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, reminders.lockKey(row))
    const current = (await payload.findByID({ collection, id: row.id, depth: 0, disableErrors: true, overrideAccess: true, req })) as ReminderRow | null // trusted job: the row it may remind
    if (!current || current.reminderSentAt || !reminders.stillDue(current)) return false
    await payload.update({ collection, id: row.id, data: { reminderSentAt: now.toISOString() } as never, depth: 0, overrideAccess: true, req }) // trusted job: the platform marks its own reminder as sent
    await reminders.queue(req, row)
    return true
  })
}

/** Sends the reminders due at `now`; the ids of the rows this call claimed (a run at the same time claims the others). */
export const sendDueReminders = async (payload: Payload, reminders: DueReminders, now: Date = new Date()): Promise<ID[]> => {
  const leadMs = reminders.leadMs ?? REMINDER_LEAD_MS
  const { starts, recipients } = reminders
  const found = await payload.find({
    collection: starts.collection,
    where: {
      and: [
        starts.where,
        { [starts.field]: { greater_than: now.toISOString() } },
        { [starts.field]: { less_than_equal: new Date(now.getTime() + leadMs).toISOString() } },
      ],
    },
    select: { [starts.field]: true },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted job: across all sites, only the start times of the next day's events
  })
  const startOf = new Map(found.docs.map((doc) => [String(doc.id), Date.parse(String((doc as unknown as Record<string, unknown>)[starts.field]))]))
  const startIds = [...startOf.keys()]
  const sent: ID[] = []
  for (let at = 0; at < startIds.length; at += STARTS_PER_QUERY) {
    let afterId = 0
    for (;;) {
      const page = await payload.find({
        collection: recipients.collection,
        where: {
          and: [
            { [recipients.relation]: { in: startIds.slice(at, at + STARTS_PER_QUERY) } },
            recipients.where,
            { reminderSentAt: { exists: false } },
            { id: { greater_than: afterId } },
          ],
        },
        sort: 'id',
        limit: ROWS_PER_PAGE,
        pagination: false,
        select: { ...recipients.select, [recipients.relation]: true },
        depth: 0,
        overrideAccess: true, // trusted job: finds the rows due a reminder, across all sites
      })
      const rows = page.docs as unknown as ReminderRow[]
      for (const row of rows) {
        const startId = relationId(row[recipients.relation])
        const start = startId === undefined ? undefined : startOf.get(String(startId))
        if (startId === undefined || start === undefined) continue
        if (!reminderDue({ start, madeAt: reminders.madeAt(row), now: now.getTime(), leadMs, minGapMs: reminders.minGapMs })) continue
        if (await claim(payload, reminders, { id: row.id, startId }, now)) sent.push(row.id)
      }
      if (rows.length < ROWS_PER_PAGE) break
      afterId = Number(rows[rows.length - 1].id)
    }
  }
  return sent
}

/**
 * The job that sends them: `name` (e.g. `notes.send-reminders`) every `every`, one run at a time per process
 * (runs in several processes at once are safe: see above). `{ now }` in the job's data stands in for the clock.
 */
export const dueRemindersJob = ({
  name,
  every,
  reminders,
}: {
  name: string
  every: string | number
  reminders: DueReminders
}): JobDefinition<{ now?: string }> => ({
  name,
  lockLifetimeMs: 5 * 60_000,
  concurrency: 1,
  schedule: { every },
  handler: async (data, { payload }) => {
    await sendDueReminders(payload, reminders, data.now ? new Date(data.now) : new Date())
  },
})
