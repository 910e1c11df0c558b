/**
 * Finished jobs are kept only for a while (JOBS_KEEP_DAYS): long enough for
 * staff to look at a failure, not forever (a job's data is personal data, and
 * once carried working links).
 */
import type { JobParameters } from 'agenda'

const DAY = 86_400_000

export const DEFAULT_KEEP_DAYS = 7

/** Pure: the days from JOBS_KEEP_DAYS (a typo must not purge everything). */
export const keepDays = (value: string | undefined): number => {
  if (value === undefined || value === '') return DEFAULT_KEEP_DAYS
  const days = Number(value)
  if (!Number.isFinite(days) || days < 0) throw new Error(`JOBS_KEEP_DAYS must be a number of days (got "${value}")`)
  return days
}

export const purgeCutoff = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY)

/**
 * Pure: whether a job is done for good and finished before `cutoff`. Never a
 * running, repeating or still scheduled one: a failed job waiting for its next
 * retry has a nextRunAt and stays.
 */
export const isPurgeable = (
  job: Partial<Pick<JobParameters, 'lockedAt' | 'repeatInterval' | 'nextRunAt' | 'lastFinishedAt' | 'failedAt'>>,
  cutoff: Date,
): boolean => {
  if (job.lockedAt || job.repeatInterval || job.nextRunAt) return false
  const finished = [job.lastFinishedAt, job.failedAt].filter(Boolean).map((value) => new Date(value!).getTime())
  return finished.length > 0 && Math.max(...finished) < cutoff.getTime()
}
