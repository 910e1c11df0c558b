/** The summary jobs: one site's recompute (queued by the hooks, debounced) and the nightly run over every site. */
import type { JobDefinition } from '@platform'
import { NIGHTLY_SUMMARIES_JOB, RECOMPUTE_SUMMARY_JOB } from './names'
import { recomputeAllSummaries, recomputeSiteSummary } from './recompute'

export const summaryJobs = (): JobDefinition[] => [
  {
    name: RECOMPUTE_SUMMARY_JOB,
    // Two LLM answers at most (one per language), each bounded by TESTIMONIAL_SUMMARY_TIMEOUT_MS; the runtime renews the lock.
    lockLifetimeMs: 5 * 60_000,
    concurrency: 2,
    maxRetries: 3,
    retryDelayMs: 60_000,
    handler: async (data, { payload }) => {
      const siteId = data.siteId
      if (typeof siteId === 'number' || (typeof siteId === 'string' && siteId)) await recomputeSiteSummary(payload, siteId)
    },
  },
  {
    name: NIGHTLY_SUMMARIES_JOB,
    lockLifetimeMs: 10 * 60_000,
    concurrency: 1,
    maxRetries: 1,
    // Every night at 03:30 Warsaw time: the summaries catch up with anything a debounced run missed.
    schedule: { every: '30 3 * * *', timezone: 'Europe/Warsaw' },
    handler: async (_data, { payload }) => {
      const { sites, failed } = await recomputeAllSummaries(payload)
      if (failed) throw new Error(`${failed} of ${sites} testimonial summaries could not be recomputed (see the log)`)
    },
  },
]
