/**
 * Writing follow-ups to the outbox and relaying them to Agenda.
 *
 * - `writeOutbox` adds the rows on the caller's transaction (through `req`), and
 *   relays them once it commits: the fast path.
 * - The `platform.relay-outbox` job sweeps rows that a crash, a failed or
 *   terminated enqueue, or a process killed between commit and enqueue left
 *   behind: the slow path that makes the fast one safe to lose.
 *
 * Exactly once: each row is relayed under its own lock (PostgreSQL advisory
 * lock on the relaying transaction, see db/lock.ts), re-read, queued and marked
 * in that transaction, so two relays of one row run one after the other and
 * the second finds it marked. The job is queued unique on the row's key, so a
 * relay that queued the job but died before its mark committed queues nothing
 * new when the row is relayed again.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { randomUUID } from 'node:crypto'

import { afterCommit } from '../../db/afterCommit'
import { lockForTransaction } from '../../db/lock'
import { inTransaction } from '../../db/transaction'
import { getJobs } from '../attach'
import { OUTBOX_SLUG } from './collection'

export type OutboxEntry = { job: string; data: Record<string, unknown>; runAt?: Date }

type OutboxRow = { id: number | string; job: string; data?: Record<string, unknown> | null; runAt?: string | null; key: string; relayedAt?: string | null }

export type OutboxReq = Pick<PayloadRequest, 'payload' | 'transactionID'> | { payload: Payload; transactionID?: undefined }

const transactionOf = async (req: OutboxReq) => (req.transactionID instanceof Promise ? await req.transactionID : req.transactionID)

/** Records follow-ups in the caller's transaction (when it has one) and relays them after it commits. */
export const writeOutbox = async (req: OutboxReq, entries: OutboxEntry[]): Promise<void> => {
  if (!entries.length) return
  const { payload } = req
  // Joining the request's transaction is the point: the rows commit (or roll back) with the change.
  const inRequest = (await transactionOf(req)) ? { req: req as PayloadRequest } : {}
  const ids: (number | string)[] = []
  for (const entry of entries) {
    const row = await payload.create({
      collection: OUTBOX_SLUG,
      data: { job: entry.job, data: entry.data, runAt: entry.runAt?.toISOString(), key: randomUUID() },
      overrideAccess: true, // the platform's own bookkeeping; the collection is closed to every user
      depth: 0,
      ...inRequest,
    })
    ids.push(row.id)
  }
  await afterCommit(req as Pick<PayloadRequest, 'payload' | 'transactionID'>, async () => {
    await relayOutboxRows(payload, ids)
  })
}

/** Relays one row unless it is relayed already; true when this call queued it. */
export const relayOutboxRow = async (payload: Payload, id: number | string): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, `platform-outbox:${id}`)
    const row = (await payload.findByID({ collection: OUTBOX_SLUG, id, depth: 0, disableErrors: true, overrideAccess: true, req })) as OutboxRow | null // the relay reads its own table
    if (!row || row.relayedAt) return false
    await getJobs(payload).enqueue(row.job, row.data ?? {}, row.runAt ? new Date(row.runAt) : undefined, { uniqueKey: row.key })
    await payload.update({ collection: OUTBOX_SLUG, id, data: { relayedAt: new Date().toISOString() }, depth: 0, overrideAccess: true, req }) // the relay marks its own row
    return true
  })
}

/** Relays each row in turn; one that fails is left for the sweeper and does not hold up the others. */
export const relayOutboxRows = async (payload: Payload, ids: (number | string)[]): Promise<void> => {
  for (const id of ids) {
    try {
      await relayOutboxRow(payload, id)
    } catch (error) {
      payload.logger.error({ err: error, msg: `Could not relay outbox row ${id} now; the sweeper will` })
    }
  }
}

/** Relays every committed row not relayed yet (oldest first, `limit` per run); returns how many it queued. */
export const sweepOutbox = async (payload: Payload, { limit = 500 }: { limit?: number } = {}): Promise<number> => {
  const pending = await payload.find({
    collection: OUTBOX_SLUG,
    where: { relayedAt: { exists: false } },
    sort: 'createdAt',
    limit,
    depth: 0,
    select: { key: true },
    overrideAccess: true, // the relay reads its own table
  })
  let queued = 0
  for (const row of pending.docs) {
    try {
      if (await relayOutboxRow(payload, row.id)) queued += 1
    } catch (error) {
      // One row that cannot be queued now (its job unknown, the queue down) must not hold up the others.
      payload.logger.error({ err: error, msg: `Could not relay outbox row ${row.id}; the next sweep tries again` })
    }
  }
  return queued
}
