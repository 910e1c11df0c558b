/** The shutdown's choice of locks to give back (src/platform/jobs/drain.ts), without a database. */
import { neverStarted, requeued } from '../../src/platform/jobs/drain'

describe('neverStarted', () => {
  it('releases jobs locked ahead of time, never the ones that ran here', () => {
    const snapshot = { locked: ['running', 'early', 'waiting', 'started-later'], running: ['running'] }
    expect(neverStarted({ snapshot, startedDuringDrain: new Set(['started-later']) })).toEqual(['early', 'waiting'])
  })

  it('releases nothing when nothing was locked', () => {
    expect(neverStarted({ snapshot: { locked: [], running: [] }, startedDuringDrain: new Set() })).toEqual([])
  })
})

describe('requeued', () => {
  it('unlocks a job cut off mid-run and makes it due now, keeping the rest', () => {
    const now = new Date('2026-01-02T03:04:05Z')
    const lastRunAt = new Date('2026-01-02T03:00:00Z')
    const attrs = { name: 'mail', data: { id: 1 }, lockedAt: lastRunAt, lastRunAt, nextRunAt: null, priority: 0 }
    expect(requeued(attrs as never, now)).toEqual({ ...attrs, lockedAt: undefined, nextRunAt: now })
  })
})
