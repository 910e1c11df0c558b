import { beforeCutoff, cutoffDeadline } from './cutoff'

const HOUR = 3_600_000
const start = Date.parse('2026-12-05T09:00:00Z')

describe('beforeCutoff', () => {
  it('allows a change up to exactly the cutoff, not a millisecond later', () => {
    expect(beforeCutoff({ start, now: start - 24 * HOUR, cutoffHours: 24 })).toBe(true)
    expect(beforeCutoff({ start, now: start - 24 * HOUR + 1, cutoffHours: 24 })).toBe(false)
    expect(beforeCutoff({ start, now: start - 72 * HOUR, cutoffHours: 24 })).toBe(true)
  })

  it('with no cutoff allows a change until the start, and none once it has started', () => {
    expect(beforeCutoff({ start, now: start - 1, cutoffHours: 0 })).toBe(true)
    expect(beforeCutoff({ start, now: start, cutoffHours: 0 })).toBe(true)
    expect(beforeCutoff({ start, now: start + 1, cutoffHours: 0 })).toBe(false)
  })

  it('counts hours as elapsed time, so a cutoff across the autumn clock change is still 24 real hours', () => {
    // 25 October 2026: Warsaw goes from +02:00 to +01:00; 10:00 on the 25th is 09:00Z, 10:00 on the 24th is 08:00Z.
    const sunday = Date.parse('2026-10-25T09:00:00Z')
    expect(beforeCutoff({ start: sunday, now: Date.parse('2026-10-24T09:00:00Z'), cutoffHours: 24 })).toBe(true)
    expect(beforeCutoff({ start: sunday, now: Date.parse('2026-10-24T09:00:00.001Z'), cutoffHours: 24 })).toBe(false)
  })
})

describe('cutoffDeadline', () => {
  it('is the start minus the cutoff, the last moment beforeCutoff allows', () => {
    const deadline = cutoffDeadline({ start, cutoffHours: 72 })
    expect(deadline.toISOString()).toBe('2026-12-02T09:00:00.000Z')
    expect(beforeCutoff({ start, now: deadline.getTime(), cutoffHours: 72 })).toBe(true)
    expect(beforeCutoff({ start, now: deadline.getTime() + 1, cutoffHours: 72 })).toBe(false)
    expect(cutoffDeadline({ start, cutoffHours: 0 }).getTime()).toBe(start)
  })
})
