import { resolveLimit, toDecision } from './rateLimit'

describe('resolveLimit', () => {
  it('reads numbers and functions, and refuses what is not a positive number', () => {
    expect(resolveLimit(10, 'points')).toBe(10)
    expect(resolveLimit(() => 900, 'durationSeconds')).toBe(900)
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => resolveLimit(bad, 'points')).toThrow('points must be a positive number')
  })
})

describe('toDecision', () => {
  it('passes the remaining points on, and rounds the wait up to whole seconds, at least one', () => {
    expect(toDecision({ remainingPoints: 3, msBeforeNext: 5000 }, true)).toEqual({ allowed: true, remaining: 3 })
    expect(toDecision({ remainingPoints: 0, msBeforeNext: 899_001 }, false)).toEqual({ allowed: false, retryAfterSeconds: 900 })
    expect(toDecision({ remainingPoints: 0, msBeforeNext: 0 }, false)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })
})
