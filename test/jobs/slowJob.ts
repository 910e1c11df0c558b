/**
 * A job the shutdown tests control: it notes each start and finish in a file
 * (a count that survives the process), holds for `holdMs` while keeping its
 * lock fresh, and reads the database last, so it only finishes if Payload's
 * pool is still open. Contributed by a test-only plugin (slowJobPlugin),
 * never by the production config.
 */
import { appendFileSync, readFileSync } from 'node:fs'

import type { JobDefinition } from '@platform'
import { definePlatformPlugin } from '@platform'

export const SLOW_JOB = 'test.slow-job'

/** Shorter than the tests' waits, so a lock left behind would expire and show up as a second run. */
export const SLOW_JOB_LOCK_MS = 3000

export const slowJob: JobDefinition = {
  name: SLOW_JOB,
  lockLifetimeMs: SLOW_JOB_LOCK_MS,
  maxRetries: 0,
  handler: async (data, { payload, job }) => {
    const { file, holdMs } = data as { file: string; holdMs: number }
    appendFileSync(file, `start ${process.pid}\n`)
    const until = Date.now() + holdMs
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, until - Date.now())))
      // What a long job must do to keep its lock beyond its lock lifetime.
      await job.touch()
    }
    await payload.count({ collection: 'users', overrideAccess: true })
    appendFileSync(file, `finish ${process.pid}\n`)
  },
}

/** The lines the job wrote, counted: `{ start: n, finish: m }`. */
export const slowJobRuns = (file: string): { start: number; finish: number } => {
  let lines: string[] = []
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  } catch {
    // No run yet.
  }
  return { start: lines.filter((line) => line.startsWith('start')).length, finish: lines.filter((line) => line.startsWith('finish')).length }
}

/** The slow job as a plugin of the test's own (startPlatform's `extraPlugins`). */
export const slowJobPlugin = definePlatformPlugin('slow-job-test', () => ({ jobs: [slowJob] }))()
