import { dateInZone, dayNumber, isCalendarDate, isTimeZone, offsetAt, wallToInstant, weekdayOfDayNumber } from './wallClock'

const WAW = 'Europe/Warsaw'
const at = (date: string, time: string) => new Date(wallToInstant(dayNumber(date), Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), WAW)).toISOString()

describe('wallToInstant in Europe/Warsaw', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(at('2026-01-15', '09:00')).toBe('2026-01-15T08:00:00.000Z')
    expect(at('2026-07-15', '09:00')).toBe('2026-07-15T07:00:00.000Z')
  })

  it('moves a time in the spring-forward gap (2026-03-29 02:00–03:00) forward by an hour', () => {
    expect(at('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z')
    expect(at('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z') // = 03:30 CEST
    expect(at('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z')
  })

  it('takes the first of a repeated time on the fall-back day (2026-10-25 02:00–03:00)', () => {
    expect(at('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00.000Z')
    expect(at('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z') // 02:30 CEST, not CET
    expect(at('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z')
  })

  it('reads 24:00 as the next midnight', () => {
    expect(at('2026-03-28', '24:00')).toBe('2026-03-28T23:00:00.000Z')
  })
})

describe('calendar helpers', () => {
  it('knows offsets, dates in a zone and weekdays', () => {
    expect(offsetAt(Date.parse('2026-03-29T00:59:00Z'), WAW)).toBe(3_600_000)
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), WAW)).toBe(7_200_000)
    expect(dateInZone(Date.parse('2026-03-28T23:30:00Z'), WAW)).toBe('2026-03-29')
    expect(weekdayOfDayNumber(dayNumber('2026-03-29'))).toBe(0) // a Sunday
  })

  it('accepts only real dates and IANA zones', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true)
    expect(isCalendarDate('2026-02-30')).toBe(false)
    expect(isCalendarDate('2026-2-3')).toBe(false)
    expect(isTimeZone('Europe/Warsaw')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })
})
