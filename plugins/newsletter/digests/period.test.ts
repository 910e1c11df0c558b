import { digestKey, isDigestDue, monthStart } from './period'

const at = (iso: string) => Date.parse(iso)

describe('digest periods', () => {
  it('weekly: due 7 days after the last email, else after confirming', () => {
    const now = at('2026-11-30T06:00:00Z')
    expect(isDigestDue('weekly', { lastSentAt: '2026-11-23T06:00:00Z' }, now)).toBe(true)
    expect(isDigestDue('weekly', { lastSentAt: '2026-11-23T06:00:01Z' }, now)).toBe(false)
    expect(isDigestDue('weekly', { confirmedAt: '2026-11-20T10:00:00Z' }, now)).toBe(true)
    expect(isDigestDue('weekly', { confirmedAt: '2026-11-28T10:00:00Z' }, now)).toBe(false)
    // The last email wins over the confirmation.
    expect(isDigestDue('weekly', { confirmedAt: '2026-10-01T10:00:00Z', lastSentAt: '2026-11-29T10:00:00Z' }, now)).toBe(false)
    expect(isDigestDue('weekly', {}, now)).toBe(false)
  })

  it('monthly: due once the Warsaw calendar month has changed since the last email', () => {
    const now = at('2026-12-01T06:00:00Z') // 07:00 in Warsaw on 1 December
    expect(isDigestDue('monthly', { lastSentAt: '2026-11-30T22:59:00Z' }, now)).toBe(true) // 23:59 on 30 November in Warsaw
    expect(isDigestDue('monthly', { lastSentAt: '2026-11-30T23:00:00Z' }, now)).toBe(true) // midnight exactly: the month began then
    expect(isDigestDue('monthly', { lastSentAt: '2026-11-30T23:00:01Z' }, now)).toBe(false) // already December in Warsaw
    expect(isDigestDue('monthly', { confirmedAt: '2026-11-15T12:00:00Z' }, at('2026-11-30T12:00:00Z'))).toBe(false)
  })

  it('finds the Warsaw month start across daylight saving (CEST in April, CET in November)', () => {
    expect(new Date(monthStart(at('2026-04-15T12:00:00Z'))).toISOString()).toBe('2026-03-31T22:00:00.000Z')
    expect(new Date(monthStart(at('2026-11-15T12:00:00Z'))).toISOString()).toBe('2026-10-31T23:00:00.000Z')
    expect(new Date(monthStart(at('2026-10-31T23:30:00Z'))).toISOString()).toBe('2026-10-31T23:00:00.000Z')
  })

  it('names one digest per period in Warsaw time', () => {
    expect(digestKey('weekly', at('2026-11-30T23:30:00Z'))).toBe('weekly:2026-12-01')
    expect(digestKey('monthly', at('2026-11-30T23:30:00Z'))).toBe('monthly:2026-12')
    expect(digestKey('monthly', at('2026-11-30T22:30:00Z'))).toBe('monthly:2026-11')
  })
})
