/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p99: number }
  type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number }
  const autocannon: (options: { url: string; connections?: number; duration?: number }) => Promise<Result>
  export default autocannon
}
