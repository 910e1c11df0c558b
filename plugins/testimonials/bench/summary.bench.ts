/**
 * The summary job over one site with 10,000 approved testimonials (`BENCH_TESTIMONIALS`), on a throwaway PostgreSQL
 * (startBenchPlatform): the median of `BENCH_RUNS` (7) runs of the whole recompute (five count queries, the newest
 * `TESTIMONIAL_SUMMARY_MAX_TEXTS` texts read, the local summarizer in PL and EN, both rows written under the lock),
 * after one warm-up run, and the medians of its parts (the counts, the read, the summarizer, the locked write). The testimonials are seeded with one INSERT per 1,000.
 * It checks the figures it writes (total, histogram, average) and exits 1 when they are wrong.
 * `npm run bench` runs it (results under `testimonials/summary.bench.ts`), alone with BENCH_FILTER=testimonials.
 */
import fs from 'node:fs/promises'

import { createSite, createUser, startBenchPlatform } from '@platform/testing'
import { summarizeLocally } from '../summaries/local/localSummarizer'
import { readApprovedTexts } from '../summaries/readApproved'
import { recomputeSiteSummary } from '../summaries/recompute'
import { readSummarySettings } from '../summaries/settings'
import { countRatings } from '../summaries/stats'
import { writeSummaries } from '../summaries/writeSummaries'
import { insertApprovedBulk } from '../test/summaryFixtures'

const COUNT = Number(process.env.BENCH_TESTIMONIALS ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (ms: number) => Math.round(ms * 10) / 10

const timed = async <T>(work: () => Promise<T> | T): Promise<[number, T]> => {
  const started = performance.now()
  const result = await work()
  return [performance.now() - started, result]
}

// The local summarizer only: an LLM's answer time is the provider's, not the platform's.
delete process.env.TESTIMONIAL_SUMMARY_URL
const settings = readSummarySettings()
const platform = await startBenchPlatform({ settleMs: 200 })
let result: Record<string, unknown>
try {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id, 'Studio Benchmark')
  const [seedMs] = await timed(() => insertApprovedBulk(platform.databaseURL, Number(site.id), COUNT))
  console.log(`Seeded ${COUNT} approved testimonials in ${Math.round(seedMs)} ms`)

  await recomputeSiteSummary(platform.payload, site.id, settings)
  const whole: number[] = []
  const counting: number[] = []
  const reading: number[] = []
  const summarizing: number[] = []
  const writing: number[] = []
  let rows: Awaited<ReturnType<typeof recomputeSiteSummary>> = null
  for (let run = 0; run < RUNS; run++) {
    const [ms, written] = await timed(() => recomputeSiteSummary(platform.payload, site.id, settings))
    whole.push(ms)
    rows = written
    counting.push((await timed(() => countRatings(platform.payload, site.id)))[0])
    const [readMs, testimonials] = await timed(() => readApprovedTexts(platform.payload, site.id, settings.maxTexts))
    reading.push(readMs)
    summarizing.push((await timed(() => ['pl', 'en'].map((locale) => summarizeLocally({ testimonials, locale: locale as 'pl' | 'en' }))))[0])
    if (written) writing.push((await timed(() => writeSummaries(platform.payload, site.id, written, new Date())))[0])
  }
  const expected = COUNT / 5
  const pl = rows?.find((row) => row.locale === 'pl')
  if (!pl || pl.totalCount !== COUNT || Object.values(pl.histogram).some((count) => count !== expected) || pl.averageRating !== 3) {
    throw new Error(`Wrong figures: ${JSON.stringify(pl && { totalCount: pl.totalCount, histogram: pl.histogram, averageRating: pl.averageRating })}`)
  }
  result = {
    testimonials: COUNT,
    runs: RUNS,
    textsSummarized: settings.maxTexts,
    recomputeMedianMs: round(median(whole)),
    recomputeMaxMs: round(Math.max(...whole)),
    countQueriesMedianMs: round(median(counting)),
    readTextsMedianMs: round(median(reading)),
    summarizeBothLanguagesMedianMs: round(median(summarizing)),
    writeBothRowsMedianMs: round(median(writing)),
    seedMs: Math.round(seedMs),
    summaryPl: pl.summary,
  }
  console.log(JSON.stringify(result, null, 2))
} finally {
  await platform.close()
}
if (process.env.BENCH_OUTPUT) await fs.writeFile(process.env.BENCH_OUTPUT, JSON.stringify(result))
process.exit(0)
