/**
 * The platform's own scheduled jobs around the queue: the outbox sweeper
 * (follow-ups whose fast relay never happened) and the purge of what is done
 * (finished jobs, relayed outbox rows, sent-message records) after JOBS_KEEP_DAYS.
 */
import type { Payload } from 'payload'

import { SENT_MESSAGES_SLUG } from '../email/sentMessages'
import { getJobs } from './attach'
import { OUTBOX_SLUG } from './outbox/collection'
import { sweepOutbox } from './outbox/relay'
import { purgeCutoff } from './purge'
import type { JobDefinition } from './types'

export const RELAY_OUTBOX_JOB = 'platform.relay-outbox'
export const PURGE_JOB = 'platform.purge-finished'

export const relayOutboxJob = ({ every }: { every: string | number }): JobDefinition => ({
  name: RELAY_OUTBOX_JOB,
  lockLifetimeMs: 5 * 60_000,
  concurrency: 1,
  // The next sweep is the retry.
  maxRetries: 0,
  schedule: { every },
  handler: async (_data, { payload }) => {
    await sweepOutbox(payload)
  },
})

/** Removes what finished before `cutoff`; returns the counts. */
export const purgeFinished = async (payload: Payload, cutoff: Date) => {
  const before = cutoff.toISOString()
  const jobs = await getJobs(payload).purge(cutoff)
  const outbox = await payload.delete({ collection: OUTBOX_SLUG, where: { relayedAt: { less_than: before } }, overrideAccess: true, depth: 0 }) // trusted: purging the outbox, the platform's own bookkeeping closed to every user
  const sent = await payload.delete({ collection: SENT_MESSAGES_SLUG, where: { createdAt: { less_than: before } }, overrideAccess: true, depth: 0 }) // trusted: purging sent-messages, a collection closed to every user
  return { jobs, outbox: outbox.docs.length, sentMessages: sent.docs.length }
}

export const purgeFinishedJob = ({ keepDays, every = '1 hour' }: { keepDays: number; every?: string | number }): JobDefinition => ({
  name: PURGE_JOB,
  lockLifetimeMs: 10 * 60_000,
  concurrency: 1,
  maxRetries: 0,
  schedule: { every },
  handler: async (_data, { payload }) => {
    const removed = await purgeFinished(payload, purgeCutoff(new Date(), keepDays))
    payload.logger.info({ msg: `Purged ${removed.jobs} jobs, ${removed.outbox} outbox rows, ${removed.sentMessages} sent-message records` })
  },
})
