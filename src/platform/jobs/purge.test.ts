import { isPurgeable, keepDays, purgeCutoff } from './purge'

const now = new Date('2026-03-29T12:00:00Z')
const cutoff = purgeCutoff(now, 7)
const old = new Date('2026-03-01T00:00:00Z')
const recent = new Date('2026-03-28T00:00:00Z')

describe('purging finished jobs', () => {
  it('reads JOBS_KEEP_DAYS with a default, and refuses a typo', () => {
    expect(keepDays(undefined)).toBe(7)
    expect(keepDays('30')).toBe(30)
    expect(keepDays('0')).toBe(0)
    expect(() => keepDays('seven')).toThrow(/JOBS_KEEP_DAYS/)
    expect(() => keepDays('-1')).toThrow(/JOBS_KEEP_DAYS/)
  })

  it('puts the cutoff that many days back', () => {
    expect(cutoff.toISOString()).toBe('2026-03-22T12:00:00.000Z')
  })

  it('purges completed and finally failed jobs older than the cutoff', () => {
    expect(isPurgeable({ lastFinishedAt: old }, cutoff)).toBe(true)
    expect(isPurgeable({ failedAt: old, lastFinishedAt: old }, cutoff)).toBe(true)
  })

  it('keeps recent, running, repeating and still scheduled jobs', () => {
    expect(isPurgeable({ lastFinishedAt: recent }, cutoff)).toBe(false)
    expect(isPurgeable({ lastFinishedAt: old, failedAt: recent }, cutoff)).toBe(false)
    expect(isPurgeable({ lastFinishedAt: old, lockedAt: old }, cutoff)).toBe(false)
    expect(isPurgeable({ lastFinishedAt: old, repeatInterval: '1 hour' }, cutoff)).toBe(false)
    // A failure waiting for its retry.
    expect(isPurgeable({ failedAt: old, nextRunAt: recent }, cutoff)).toBe(false)
    expect(isPurgeable({}, cutoff)).toBe(false)
  })
})
