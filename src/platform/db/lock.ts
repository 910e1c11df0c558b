/**
 * A lock held until the request's transaction ends, so that check-then-write
 * sequences (is this slot still free? then book it) on the same key run one
 * after another across every app process sharing the database.
 *
 * PostgreSQL: `pg_advisory_xact_lock` on a 64-bit hash of the key, taken on
 * the request's own transaction (released by its commit or rollback). Reads
 * after the lock see what an earlier holder committed (READ COMMITTED takes a
 * fresh snapshot per statement).
 *
 * MongoDB has no advisory locks; there the booking code relies on the
 * transaction's write conflicts (a concurrent write to the same document
 * aborts one transaction), which this function cannot give for inserts, so on
 * MongoDB it is a no-op and says so in the log once. Lives beside the adapter
 * module because it is the only other place that talks to the driver.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type DrizzleSession = { db: { execute: (query: unknown) => Promise<unknown> } }

let warned = false

export const lockForTransaction = async (req: PayloadRequest, key: string): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (!id) throw new Error('lockForTransaction needs a transaction on the request (see inTransaction).')
  const db = req.payload.db as unknown as { name?: string; sessions?: Record<string, DrizzleSession> }
  if (db.name !== 'postgres') {
    if (!warned) req.payload.logger.warn('lockForTransaction: no advisory locks on this database; relying on transaction conflicts.')
    warned = true
    return
  }
  const session = db.sessions?.[String(id)]
  if (!session) throw new Error("lockForTransaction: the request's transaction is not open.")
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
}
