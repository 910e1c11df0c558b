import { reminderDue } from './sendReminders'

const HOUR = 3_600_000
const now = Date.parse('2026-03-04T10:00:00Z')

describe('reminderDue', () => {
  it('is due for a booking starting within the next 24 hours that was made days before', () => {
    expect(reminderDue({ start: now + 23 * HOUR, bookedAt: now - 72 * HOUR, now })).toBe(true)
    expect(reminderDue({ start: now + 24 * HOUR, bookedAt: now - 72 * HOUR, now })).toBe(true)
  })

  it('is not due yet more than 24 hours ahead, nor once the booking has started', () => {
    expect(reminderDue({ start: now + 24 * HOUR + 1, bookedAt: now - 72 * HOUR, now })).toBe(false)
    expect(reminderDue({ start: now, bookedAt: now - 72 * HOUR, now })).toBe(false)
    expect(reminderDue({ start: now - HOUR, bookedAt: now - 72 * HOUR, now })).toBe(false)
  })

  it('skips a booking made less than an hour before its reminder time (the confirmation just arrived)', () => {
    const start = now + 20 * HOUR // reminder time: start - 24 h = now - 4 h
    expect(reminderDue({ start, bookedAt: start - 25 * HOUR, now })).toBe(true)
    expect(reminderDue({ start, bookedAt: start - 25 * HOUR + 1, now })).toBe(false)
    expect(reminderDue({ start, bookedAt: now - HOUR, now })).toBe(false)
  })
})
