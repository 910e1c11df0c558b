/**
 * Agenda, wired to the platform: every job a plugin or the kernel defines is
 * registered with its lock lifetime and retry policy, schedules are (re)declared,
 * and event listeners become jobs so each one retries on its own.
 */
import type { JobParameters } from 'agenda'
import type { Payload } from 'payload'

import { Agenda, Job, backoffStrategies } from 'agenda'

import { createAgendaBackend } from '../db/adapter'
import { listenerJobName } from '../events/listeners'
import { withStartupLock } from '../db/startupLock'
import { getRegistry } from '../plugins/registry'
import { attachJobs, detachJobs } from './attach'
import { drainJobs, trackHandler, type HandlerTracker } from './drain'
import { keepLocked } from './keepLocked'
import { isPurgeable } from './purge'
import type { JobDefinition, JobsRuntime, JobSummary } from './types'

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

const summarize = (job: JobParameters & { _id?: unknown; state?: string }): JobSummary => ({
  id: String(job._id),
  name: job.name,
  state: job.state ?? 'unknown',
  nextRunAt: iso(job.nextRunAt),
  lastRunAt: iso(job.lastRunAt),
  lastFinishedAt: iso(job.lastFinishedAt),
  failedAt: iso(job.failedAt),
  failReason: job.failReason ?? null,
  failCount: job.failCount ?? 0,
  repeatInterval: job.repeatInterval ? String(job.repeatInterval) : null,
})

/**
 * Where a job queued with a unique key keeps it (in its data, where Agenda's unique() can match it on
 * PostgreSQL and MongoDB alike). Handlers never see it.
 */
export const UNIQUE_KEY_FIELD = 'platformJobKey'

/** The job's data as its handler gets it. */
export const handlerData = (data: unknown): Record<string, unknown> => {
  const copy = { ...((data ?? {}) as Record<string, unknown>) }
  delete copy[UNIQUE_KEY_FIELD]
  return copy
}

/** Every job of the registry: plugins' own, plus one per event listener. */
export const collectJobDefinitions = (payload: Payload): JobDefinition[] => {
  const registry = getRegistry(payload.config)
  const listenerJobs: JobDefinition[] = registry.listeners.map((listener) => ({
    name: listenerJobName(listener),
    lockLifetimeMs: listener.lockLifetimeMs ?? 60_000,
    maxRetries: listener.maxRetries,
    handler: (data, context) => listener.handler(data as never, context),
  }))
  return [...registry.jobs, ...listenerJobs]
}

export const startJobsRuntime = async ({
  payload,
  databaseURL,
  processJobs,
  pollMs,
  drainTimeoutMs,
  name = `platform-${process.pid}`,
}: {
  payload: Payload
  databaseURL: string
  processJobs: boolean
  pollMs: number
  /** How long stop() waits for running handlers before it gives their locks back. */
  drainTimeoutMs: number
  name?: string
}): Promise<JobsRuntime> => {
  const backend = createAgendaBackend({ url: databaseURL })
  // Agenda creates its schema while it connects: one process at a time (see db/startupLock.ts).
  const agenda = await withStartupLock(databaseURL, 'platform:agenda-schema', async () => {
    const connecting = new Agenda({ backend, name, processEvery: pollMs, defaultLockLifetime: 10 * 60_000 })
    await connecting.ready
    return connecting
  })
  agenda.on('error', (error) => payload.logger.error({ err: error, msg: 'Agenda error' }))
  agenda.on('fail', (error, job) => {
    if ('attrs' in job) payload.logger.warn({ msg: `Job ${job.attrs.name} failed: ${String(error?.message ?? error)}` })
  })

  const definitions = collectJobDefinitions(payload)
  // Handlers running in this process: what a drain that runs out of time leaves behind.
  const tracker: HandlerTracker = { inFlight: new Map() }
  for (const definition of definitions) {
    agenda.define(
      definition.name,
      (job) =>
        trackHandler(tracker, job, () =>
          // Renewing the lock while the handler works: a run longer than the lock lifetime must not run twice.
          keepLocked(
            {
              job,
              lockLifetimeMs: definition.lockLifetimeMs,
              onError: (error) => payload.logger.warn({ err: error, msg: `Could not renew the lock of job ${definition.name}` }),
            },
            () => definition.handler(handlerData(job.attrs.data), { payload, job }),
          ),
        ),
      {
        lockLifetime: definition.lockLifetimeMs,
        concurrency: definition.concurrency ?? 5,
        backoff: backoffStrategies.exponential({
          delay: definition.retryDelayMs ?? 10_000,
          maxRetries: definition.maxRetries ?? 5,
        }),
      },
    )
  }
  await agenda.ready

  let processing = false
  let stopped = false
  if (processJobs) {
    await agenda.start()
    processing = true
    for (const definition of definitions) {
      if (!definition.schedule) continue
      await agenda.every(definition.schedule.every, definition.name, definition.schedule.data ?? {}, {
        timezone: definition.schedule.timezone ?? 'Europe/Warsaw',
        skipImmediate: true,
      })
    }
  }

  const known = new Set(definitions.map((definition) => definition.name))
  const runtime: JobsRuntime = {
    enqueue: async (jobName, data = {}, when, options) => {
      if (!known.has(jobName)) throw new Error(`Unknown job "${jobName}"`)
      if (options?.uniqueKey) {
        // insertOnly: queueing the same key again (a relay repeated after a crash) keeps the one job as it is.
        const job = agenda.create(jobName, { ...data, [UNIQUE_KEY_FIELD]: options.uniqueKey })
        job.unique({ [`data.${UNIQUE_KEY_FIELD}`]: options.uniqueKey }, { insertOnly: true })
        await job.schedule(when ?? new Date()).save()
        return
      }
      if (when) await agenda.schedule(when, jobName, data)
      else await agenda.now(jobName, data)
    },
    list: async ({ state, limit = 50, skip = 0 }) => {
      const result = await agenda.queryJobs({ state, limit, skip, sort: { nextRunAt: 'desc', lastRunAt: 'desc' } })
      return { total: result.total, jobs: result.jobs.map(summarize) }
    },
    retry: async (id) => {
      const found = await agenda.queryJobs({ id })
      const attrs = found.jobs[0]
      if (!attrs) return false
      const job = new Job(agenda, { ...attrs, failCount: 0, failReason: undefined, failedAt: undefined } as never)
      job.schedule(new Date())
      await job.save()
      return true
    },
    purge: async (cutoff) => {
      let removed = 0
      for (const state of ['completed', 'failed'] as const) {
        const { jobs } = await agenda.queryJobs({ state, limit: 1000, sort: { lastFinishedAt: 'asc' } })
        const ids = jobs.filter((job) => isPurgeable(job, cutoff)).map((job) => String(job._id))
        if (ids.length) removed += await agenda.cancel({ ids })
      }
      return removed
    },
    isProcessing: () => processing,
    ping: async () => {
      try {
        await agenda.queryJobs({ limit: 1 })
        return true
      } catch {
        return false
      }
    },
    stop: async () => {
      if (stopped) return
      stopped = true
      // Agenda.stop()/drain() return at once when the processor never started (an enqueue-only
      // process), leaving the backend's pool open; close that one ourselves.
      if (!processing) {
        detachJobs(payload)
        await backend.disconnect()
        return
      }
      processing = false
      // drain, not agenda.stop(): see drain.ts. Enqueues from the handlers it waits for
      // must still work, so detach only after.
      try {
        await drainJobs({ agenda, tracker, timeoutMs: drainTimeoutMs, logger: payload.logger })
      } finally {
        detachJobs(payload)
        await backend.disconnect()
      }
    },
  }
  attachJobs(payload, runtime)
  return runtime
}
