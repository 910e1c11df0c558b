/**
 * Work that must wait until the request's transaction has committed (queueing
 * a job that reads what the request wrote, say: afterCommit), or run as the
 * transaction's very last work (beforeCommit). Payload has no such hooks, so
 * the database adapter's commit and rollback are wrapped once per instance.
 */
import type { Payload, PayloadRequest } from 'payload'

type Callback = () => Promise<void> | void
type Adapter = {
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
  __afterCommit?: Map<string, Callback[]>
  __beforeCommit?: Map<string, Map<string, Callback>>
}

const run = async (payload: Payload, callbacks: Callback[]) => {
  for (const callback of callbacks) {
    try {
      await callback()
    } catch (error) {
      payload.logger.error({ err: error, msg: 'An after-commit callback failed' })
    }
  }
}

export const installAfterCommit = (payload: Payload): void => {
  const db = payload.db as unknown as Adapter
  if (db.__afterCommit) return
  const pending = new Map<string, Callback[]>()
  const last = new Map<string, Map<string, Callback>>()
  db.__afterCommit = pending
  db.__beforeCommit = last
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = String(await incoming)
    const closing = last.get(id)
    last.delete(id)
    // Inside the transaction, as its last statements: a failure here fails the commit (the caller rolls back).
    if (closing) for (const callback of closing.values()) await callback()
    await commit(incoming)
    const callbacks = pending.get(id)
    pending.delete(id)
    if (callbacks) await run(payload, callbacks)
  }
  db.rollbackTransaction = async (incoming) => {
    const id = String(await incoming)
    pending.delete(id)
    last.delete(id)
    await rollback(incoming)
  }
}

/** Runs `callback` once the request's transaction commits (at once when there is none); dropped on rollback. */
export const afterCommit = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, callback: Callback): Promise<void> => {
  const db = req.payload.db as unknown as Adapter
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (!id || !db.__afterCommit) {
    await run(req.payload, [callback])
    return
  }
  const key = String(id)
  db.__afterCommit.set(key, [...(db.__afterCommit.get(key) ?? []), callback])
}

/**
 * Runs `callback` inside the request's transaction as its last work, just before it commits (at once when there
 * is none), once per `key` however often it is asked for. For bookkeeping that must commit with a change but would
 * deadlock if it took its lock mid-transaction: a row many transactions write (a per-site "changed" stamp), locked
 * only at the end, is held while nothing else is waited for. Its statements must use the same request (`req`).
 */
export const beforeCommit = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, key: string, callback: Callback): Promise<void> => {
  const db = req.payload.db as unknown as Adapter
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (!id || !db.__beforeCommit) {
    await callback()
    return
  }
  const transaction = String(id)
  const callbacks = db.__beforeCommit.get(transaction) ?? new Map<string, Callback>()
  if (!callbacks.has(key)) callbacks.set(key, callback)
  db.__beforeCommit.set(transaction, callbacks)
}
