import type { LoadFigures } from './load'

import { combineRounds, median, orderOfRound } from './rounds'
import { problemsOf } from './load'

const figures = (rps: number, p99: number, extra: Partial<LoadFigures> = {}): LoadFigures => ({
  url: 'http://127.0.0.1:1/s/x',
  connections: 50,
  seconds: 10,
  requests: rps * 10,
  rps,
  latencyMs: { mean: p99 / 4, p50: p99 / 5, p90: p99 / 2, p99, max: p99 * 2 },
  throughput: rps * 10_000,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  mismatches: 0,
  ...extra,
})

describe('benchmark rounds', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('folds rounds into medians of rates and latencies and sums of counts', () => {
    const combined = combineRounds([figures(1000, 40), figures(3000, 20, { non2xx: 2 }), figures(2000, 90, { errors: 1 })])
    expect(combined.rps).toBe(2000)
    expect(combined.latencyMs).toEqual({ mean: 10, p50: 8, p90: 20, p99: 40, max: 180 })
    expect(combined.requests).toBe(60_000)
    expect(combined.seconds).toBe(30)
    expect(combined.non2xx).toBe(2)
    expect(combined.errors).toBe(1)
    expect(problemsOf(combined)).toEqual(['1 connection errors', '2 non-2xx answers'])
    expect(combined).not.toHaveProperty('serverCpuMsPerRequest')
    expect(() => combineRounds([])).toThrow('No round')
  })

  it('takes the median server CPU only when every round measured it', () => {
    const withCpu = (ms: number) => figures(1000, 10, { serverCpuMsPerRequest: ms, serverCores: ms / 2 })
    expect(combineRounds([withCpu(0.3), withCpu(0.1), withCpu(0.2)])).toMatchObject({ serverCpuMsPerRequest: 0.2, serverCores: 0.1 })
    expect(combineRounds([withCpu(0.3), figures(1000, 10)])).not.toHaveProperty('serverCpuMsPerRequest')
  })

  it('alternates which server goes first', () => {
    expect([0, 1, 2].map((index) => orderOfRound(index, ['platform', 'static']))).toEqual([
      ['platform', 'static'],
      ['static', 'platform'],
      ['platform', 'static'],
    ])
  })
})
