import type { Job } from 'agenda'
import type { Payload } from 'payload'

export type JobContext = { payload: Payload; job: Job }

/** A background job a plugin (or the kernel) defines; runs in Agenda. */
export type JobDefinition<Data = Record<string, unknown>> = {
  /** Unique, namespaced by plugin: `booking.send-reminder`. */
  name: string
  handler: (data: Data, context: JobContext) => Promise<void>
  /** How long a run may hold its lock before another worker may take it over. */
  lockLifetimeMs: number
  /** Parallel runs per process. @default 5 */
  concurrency?: number
  /** Retries after a failure, with exponential backoff. @default 5 */
  maxRetries?: number
  /** First retry delay in ms (doubles each time). @default 10000 */
  retryDelayMs?: number
  /** Run repeatedly: a human interval ('1 hour'), a number of ms, or a cron expression. */
  schedule?: { every: string | number; data?: Data; timezone?: string }
}

export type JobsRuntime = {
  /**
   * Queue a run of a defined job now, or at `when`. With `uniqueKey`, at most one job is ever queued
   * for that key (the outbox's relay uses it: relaying a row twice queues one job).
   */
  enqueue: (name: string, data?: Record<string, unknown>, when?: Date, options?: { uniqueKey?: string }) => Promise<void>
  /** Removes completed and finally failed jobs that finished before `cutoff`; returns how many. */
  purge: (cutoff: Date) => Promise<number>
  /** Jobs for the staff view. */
  list: (options: { state?: JobListState; limit?: number; skip?: number }) => Promise<{ jobs: JobSummary[]; total: number }>
  /** Run a failed (or any) job again as soon as possible. */
  retry: (id: string) => Promise<boolean>
  /** Whether this process takes jobs off the queue (an app process may leave that to the worker). */
  isProcessing: () => boolean
  /** Whether the backend answers. */
  ping: () => Promise<boolean>
  /** Takes no new jobs, waits (up to the drain limit) for running ones to finish, then closes the pool. */
  stop: () => Promise<void>
}

export type JobListState = 'scheduled' | 'queued' | 'running' | 'completed' | 'failed' | 'repeating'

export type JobSummary = {
  id: string
  name: string
  state: string
  nextRunAt: string | null
  lastRunAt: string | null
  lastFinishedAt: string | null
  failedAt: string | null
  failReason: string | null
  failCount: number
  repeatInterval: string | null
}
