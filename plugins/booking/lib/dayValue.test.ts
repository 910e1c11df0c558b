import { dayFromLocalDate, localDateOfDay } from './dayValue'

describe('dayValue', () => {
  it('round-trips a day through the picker’s local noon', () => {
    for (const day of ['2026-12-16', '2026-03-29', '2026-10-25', '2028-02-29', '2026-01-01']) {
      const date = localDateOfDay(day)
      expect(date?.getHours()).toBe(12)
      expect(dayFromLocalDate(date!)).toBe(day)
    }
  })

  it('refuses what is not a real day', () => {
    expect(localDateOfDay('2026-02-30')).toBeUndefined()
    expect(localDateOfDay('16.12.2026')).toBeUndefined()
    expect(localDateOfDay('')).toBeUndefined()
  })

  it('reads the day a picker hands back at any hour of it', () => {
    expect(dayFromLocalDate(new Date(2026, 11, 16, 0, 5))).toBe('2026-12-16')
    expect(dayFromLocalDate(new Date(2026, 11, 16, 23, 55))).toBe('2026-12-16')
  })
})
