/**
 * Queues a job as a follow-up of the request's change: recorded in the outbox in the same transaction and
 * handed to Agenda once it commits (or later by the sweeper), so a rolled-back change queues nothing and a
 * committed one is never without its job. Outside a transaction it is queued at once, still through the outbox.
 * Job data is kept in the database: ids, never secrets.
 */
import { writeOutbox, type OutboxReq } from './outbox/relay'

export const enqueueAfterCommit = (req: OutboxReq, job: string, data: Record<string, unknown> = {}, runAt?: Date): Promise<void> =>
  writeOutbox(req, [{ job, data, runAt }])
