/**
 * Several measured rounds of one server folded into one row: the median of
 * each rate and latency (a round disturbed by other work on a shared machine
 * moves a median less than a mean), the sums of the counts.
 */
import type { LoadFigures } from './load'

export const median = (values: number[]): number => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The median of an optional figure, when every round has it. */
const optional = (name: 'serverCpuMsPerRequest' | 'serverCores', rounds: LoadFigures[]): Partial<LoadFigures> => {
  const values = rounds.map((figures) => figures[name])
  return values.every((value): value is number => value !== undefined) ? { [name]: median(values) } : {}
}

export const combineRounds = (rounds: LoadFigures[]): LoadFigures => {
  if (!rounds.length) throw new Error('No round to combine.')
  const of = (pick: (figures: LoadFigures) => number) => median(rounds.map(pick))
  const sum = (pick: (figures: LoadFigures) => number) => rounds.reduce((total, figures) => total + pick(figures), 0)
  return {
    url: rounds[0].url,
    connections: rounds[0].connections,
    seconds: sum((figures) => figures.seconds),
    requests: sum((figures) => figures.requests),
    rps: of((figures) => figures.rps),
    latencyMs: {
      mean: of((figures) => figures.latencyMs.mean),
      p50: of((figures) => figures.latencyMs.p50),
      p90: of((figures) => figures.latencyMs.p90),
      p99: of((figures) => figures.latencyMs.p99),
      max: Math.max(...rounds.map((figures) => figures.latencyMs.max)),
    },
    throughput: of((figures) => figures.throughput),
    errors: sum((figures) => figures.errors),
    timeouts: sum((figures) => figures.timeouts),
    non2xx: sum((figures) => figures.non2xx),
    mismatches: sum((figures) => figures.mismatches),
    ...optional('serverCpuMsPerRequest', rounds),
    ...optional('serverCores', rounds),
  }
}

/** The order of the two servers in round `index`: alternating, so a slow drift of the machine's load favours neither. */
export const orderOfRound = <T>(index: number, [first, second]: [T, T]): [T, T] => (index % 2 ? [second, first] : [first, second])
