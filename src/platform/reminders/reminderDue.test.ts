import { reminderDue } from './reminderDue'

const HOUR = 3_600_000
const now = Date.parse('2026-03-04T10:00:00Z')

describe('reminderDue', () => {
  it('is due within the 24 hours before the start for something made days before', () => {
    expect(reminderDue({ start: now + 23 * HOUR, madeAt: now - 72 * HOUR, now })).toBe(true)
    expect(reminderDue({ start: now + 24 * HOUR, madeAt: now - 72 * HOUR, now })).toBe(true)
  })

  it('is not due yet more than 24 hours ahead, nor once it has started', () => {
    expect(reminderDue({ start: now + 24 * HOUR + 1, madeAt: now - 72 * HOUR, now })).toBe(false)
    expect(reminderDue({ start: now, madeAt: now - 72 * HOUR, now })).toBe(false)
    expect(reminderDue({ start: now - HOUR, madeAt: now - 72 * HOUR, now })).toBe(false)
  })

  it('skips something made (or moved) less than an hour before its reminder time: the confirmation just arrived', () => {
    const start = now + 20 * HOUR // reminder time: start - 24 h = now - 4 h
    expect(reminderDue({ start, madeAt: start - 25 * HOUR, now })).toBe(true)
    expect(reminderDue({ start, madeAt: start - 25 * HOUR + 1, now })).toBe(false)
    expect(reminderDue({ start, madeAt: now - HOUR, now })).toBe(false)
  })

  it('takes another lead time and gap when given', () => {
    expect(reminderDue({ start: now + 2 * HOUR, madeAt: now - 2 * HOUR, now, leadMs: 3 * HOUR, minGapMs: 0 })).toBe(true)
    expect(reminderDue({ start: now + 4 * HOUR, madeAt: now - 2 * HOUR, now, leadMs: 3 * HOUR, minGapMs: 0 })).toBe(false)
    // Reminder time now - 1 h, an hour's gap: made by now - 2 h.
    expect(reminderDue({ start: now + 2 * HOUR, madeAt: now - 2 * HOUR, now, leadMs: 3 * HOUR, minGapMs: HOUR })).toBe(true)
    expect(reminderDue({ start: now + 2 * HOUR, madeAt: now - 2 * HOUR + 1, now, leadMs: 3 * HOUR, minGapMs: HOUR })).toBe(false)
  })
})
