/**
 * Work that must wait until the request's transaction has committed (queueing
 * a job that reads what the request wrote, say). Payload has no such hook, so
 * the database adapter's commit and rollback are wrapped once per instance.
 */
import type { Payload, PayloadRequest } from 'payload'

type Callback = () => Promise<void> | void
type Adapter = {
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
  __afterCommit?: Map<string, Callback[]>
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
  db.__afterCommit = pending
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = String(await incoming)
    await commit(incoming)
    const callbacks = pending.get(id)
    pending.delete(id)
    if (callbacks) await run(payload, callbacks)
  }
  db.rollbackTransaction = async (incoming) => {
    pending.delete(String(await incoming))
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
