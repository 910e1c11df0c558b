/**
 * The testimonials widget's requests per second, cached and not: a real platform on a throwaway PostgreSQL
 * (startBenchPlatform), one published site with 40 approved testimonials (and pending and rejected ones that
 * must never show), autocannon over real HTTP on
 * - the iframe page, `GET /api/public/sites/:identifier/testimonials/widget?lang=pl` (10 testimonials, ~12 KB),
 * - the script embed's data, `…/widget?format=json&lang=pl`,
 * each BENCH_WIDGET_RUNS (3) times for BENCH_SECONDS (10) with 10 connections, reporting the median run; then
 * the iframe page with the in-process cache off (`TESTIMONIALS_WIDGET_CACHE_SECONDS=0`: every request reads
 * the database and renders), the same way. Each also gets the CPU time this process spends per request over 500
 * sequential requests (server and client together: the figure another helper's load disturbs least). It reports, it does not judge: it exits 1 only when it could not
 * measure (a wrong answer, errors or non-2xx under load).
 * `npm run bench` runs it (results under `testimonials/widget.bench.ts`), alone with BENCH_FILTER=widget.
 */
import autocannon from 'autocannon'
import fs from 'node:fs/promises'

import { publishSiteAs, startBenchPlatform } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'

const RUNS = Number(process.env.BENCH_WIDGET_RUNS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 10

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

type Run = { requestsPerSecond: number; p50Ms: number; p99Ms: number }

const load = async (url: string): Promise<Run> => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  if (result.errors || result.non2xx || result.timeouts)
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts under load`)
  return { requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99 }
}

/** CPU µs this process spends per request, one request at a time (the server and its client both live here). */
const cpuPerRequest = async (url: string, count = 500) => {
  const started = process.cpuUsage()
  for (let i = 0; i < count; i++) {
    const response = await fetch(url)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  }
  const used = process.cpuUsage(started)
  return Math.round((used.user + used.system) / count)
}

/** The median run by requests per second, with every run's figure. */
const measure = async (url: string, runs: number) => {
  const cpuMicrosPerRequest = await cpuPerRequest(url)
  const results: Run[] = []
  for (let i = 0; i < runs; i++) results.push(await load(url))
  const middle = median(results.map((run) => run.requestsPerSecond))
  const chosen = results.reduce((best, run) => (Math.abs(run.requestsPerSecond - middle) < Math.abs(best.requestsPerSecond - middle) ? run : best))
  return { ...chosen, requestsPerSecond: Math.round(middle), runs: results.map((run) => run.requestsPerSecond), cpuMicrosPerRequest }
}

const platform = await startBenchPlatform()
let report: Record<string, unknown>
try {
  const { payload } = platform
  const owner = await payload.create({
    collection: 'users',
    data: { email: 'bench-widget@example.test', password: 'bench-password-2026', locale: 'pl' },
    overrideAccess: true,
  })
  const site = await payload.create({
    collection: 'sites',
    data: { name: 'Gabinet Benchmark', identifier: 'bench-widget', owner: owner.id, templateConfig: {} },
    overrideAccess: true,
  })
  await publishSiteAs(payload, site.id)
  for (let i = 0; i < 48; i++) {
    const status = i < 40 ? 'approved' : i < 44 ? 'pending' : 'rejected'
    await payload.create({
      collection: TESTIMONIALS,
      data: {
        site: site.id,
        authorName: `Klient ${i + 1}`,
        rating: 1 + (i % 5),
        content: `Opinia numer ${i + 1}: sesje pomogły mi uporządkować cele i wrócić do regularnego treningu. `.repeat(3),
        status,
        source: 'form',
        locale: 'pl',
        isFeatured: i % 13 === 0,
        reply: i % 4 === 0 ? 'Dziękuję za zaufanie!' : undefined,
        givenAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      } as never,
      overrideAccess: true, // trusted: benchmark data
    })
  }
  const base = `${platform.baseURL}/api/public/sites/bench-widget/testimonials/widget`
  const page = `${base}?lang=pl`
  const data = `${base}?format=json&lang=pl`
  const probe = await fetch(page)
  const html = await probe.text()
  if (probe.status !== 200 || (html.match(/class="tw-card/g) ?? []).length !== 10 || /Klient 4[1-8]</.test(html) || !html.includes('40 opinii'))
    throw new Error(`The widget answered ${probe.status} without the expected 10 of 40 approved testimonials`)
  const json = (await (await fetch(data)).json()) as { totalCount?: number }
  if (json.totalCount !== 40) throw new Error(`The widget's data counts ${json.totalCount} approved testimonials, not 40`)

  process.env.TESTIMONIALS_WIDGET_CACHE_SECONDS = '3600'
  const cachedPage = await measure(page, RUNS)
  console.log('iframe page, cached:', JSON.stringify(cachedPage))
  const cachedData = await measure(data, RUNS)
  console.log('JSON data, cached:', JSON.stringify(cachedData))
  process.env.TESTIMONIALS_WIDGET_CACHE_SECONDS = '0'
  // Drops what the cached runs kept: every request from here on loads from the database.
  await payload.update({ collection: 'sites', id: site.id, data: { name: 'Gabinet Benchmark' }, overrideAccess: true }) // trusted: benchmark
  const uncachedPage = await measure(page, RUNS)
  console.log('iframe page, not cached:', JSON.stringify(uncachedPage))
  report = {
    path: 'GET /api/public/sites/:identifier/testimonials/widget (40 approved, 10 shown)',
    pageBytes: Buffer.byteLength(html),
    connections: CONNECTIONS,
    seconds: SECONDS,
    runs: RUNS,
    cachedPage,
    cachedData,
    uncachedPage,
    cachedToUncached: Math.round((cachedPage.requestsPerSecond / uncachedPage.requestsPerSecond) * 10) / 10,
  }
} finally {
  await platform.close()
}
console.log('widget:', JSON.stringify(report))
if (process.env.BENCH_OUTPUT) await fs.writeFile(process.env.BENCH_OUTPUT, JSON.stringify(report))
process.exit(0)
