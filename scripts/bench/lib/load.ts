/**
 * One autocannon load against one URL: a warm-up whose figures are thrown
 * away, then the measured run, with the same settings for every target.
 */
import autocannon, { type Result } from 'autocannon'

export type LoadSettings = { connections: number; warmupSeconds: number; seconds: number }

export type LoadFigures = {
  url: string
  connections: number
  seconds: number
  requests: number
  /** Mean requests per second over the measured run. */
  rps: number
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number }
  /** Bytes per second received. */
  throughput: number
  errors: number
  timeouts: number
  non2xx: number
  mismatches: number
  /** CPU the server process used per answered request, in ms (all its threads), when it could be read. */
  serverCpuMsPerRequest?: number
  /** The server's CPU use over the measured run, in cores (1 = one core all the time). */
  serverCores?: number
}

export const toFigures = (result: Result): LoadFigures => ({
  url: result.url,
  connections: result.connections,
  seconds: result.duration,
  requests: result.requests.total,
  rps: result.requests.average,
  latencyMs: { mean: result.latency.mean, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  throughput: result.throughput.average,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  mismatches: result.mismatches,
})

/** What went wrong in a run (every request must be a 200 with the expected body); empty when it was clean. */
export const problemsOf = (figures: LoadFigures): string[] => {
  const problems: string[] = []
  if (figures.requests === 0) problems.push('no request completed')
  if (figures.errors) problems.push(`${figures.errors} connection errors`)
  if (figures.timeouts) problems.push(`${figures.timeouts} timeouts`)
  if (figures.non2xx) problems.push(`${figures.non2xx} non-2xx answers`)
  if (figures.mismatches) problems.push(`${figures.mismatches} answers with a different body`)
  return problems
}

/** `cpuSeconds` reads the server process's CPU time so far (see processCpu.ts), for the per-request cost. */
export const load = async (
  url: string,
  expectBody: string,
  { connections, warmupSeconds, seconds }: LoadSettings,
  cpuSeconds?: () => number | undefined,
): Promise<LoadFigures> => {
  const common = { url, connections, pipelining: 1, timeout: 10, expectBody }
  if (warmupSeconds > 0) await autocannon({ ...common, duration: warmupSeconds })
  const cpuBefore = cpuSeconds?.()
  const figures = toFigures(await autocannon({ ...common, duration: seconds }))
  const cpuAfter = cpuSeconds?.()
  if (cpuBefore === undefined || cpuAfter === undefined || !figures.requests) return figures
  const used = cpuAfter - cpuBefore
  return { ...figures, serverCpuMsPerRequest: (used * 1000) / figures.requests, serverCores: used / figures.seconds }
}
