import { aggregateHours, formatHours, periodKey, periodsBetween } from './hours'

const WARSAW = 'Europe/Warsaw'

describe('periods', () => {
  it('keys weeks by their Monday and months by YYYY-MM', () => {
    expect(periodKey('2026-11-29', 'week')).toBe('2026-11-23')
    expect(periodKey('2026-11-30', 'week')).toBe('2026-11-30')
    expect(periodKey('2026-11-30', 'month')).toBe('2026-11')
  })

  it('lists every period of a range, also the partial ones at the edges', () => {
    expect(periodsBetween('2026-10-20', '2026-11-03', 'week')).toEqual(['2026-10-19', '2026-10-26', '2026-11-02'])
    expect(periodsBetween('2026-11-15', '2027-02-01', 'month')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(periodsBetween('2026-11-15', '2026-11-01', 'month')).toEqual([])
  })
})

describe('hours per host', () => {
  it('counts a session in the week of its start date in the site zone, across the autumn DST week', () => {
    const sessions = [
      // Sunday 25 Oct 2026 23:30 Warsaw (CET) = 22:30 UTC: still the week of 19 Oct.
      { hostKey: 'owner:1', startTime: '2026-10-25T22:30:00Z', durationMinutes: 60 },
      // Monday 26 Oct 00:30 Warsaw = Sunday 23:30 UTC: the week of 26 Oct, although UTC says Sunday.
      { hostKey: 'owner:1', startTime: '2026-10-25T23:30:00Z', durationMinutes: 45 },
      { hostKey: 'member:5', startTime: '2026-10-21T08:00:00Z', durationMinutes: 90 },
      { hostKey: 'member:5', startTime: '2026-10-22T08:00:00Z', durationMinutes: 30 },
      // Outside the range, zero or broken: ignored.
      { hostKey: 'member:5', startTime: '2026-11-09T08:00:00Z', durationMinutes: 30 },
      { hostKey: 'member:5', startTime: '2026-10-22T10:00:00Z', durationMinutes: 0 },
      { hostKey: 'member:5', startTime: 'not a date', durationMinutes: 30 },
    ]
    const table = aggregateHours(sessions, { zone: WARSAW, period: 'week', from: '2026-10-19', to: '2026-11-01' })
    expect(table).toEqual({
      periods: ['2026-10-19', '2026-10-26'],
      hosts: ['member:5', 'owner:1'],
      minutes: { 'owner:1': { '2026-10-19': 60, '2026-10-26': 45 }, 'member:5': { '2026-10-19': 120, '2026-10-26': 0 } },
      hostTotals: { 'owner:1': 105, 'member:5': 120 },
      periodTotals: { '2026-10-19': 180, '2026-10-26': 45 },
      total: 225,
    })
  })

  it('sums months, with the month boundary in the zone (31 Mar 23:30 Warsaw is March)', () => {
    const sessions = [
      { hostKey: 'owner:1', startTime: '2026-03-31T21:30:00Z', durationMinutes: 60 }, // 23:30 CEST, 31 March
      { hostKey: 'owner:1', startTime: '2026-03-31T22:30:00Z', durationMinutes: 50 }, // 00:30 CEST, 1 April
      { hostKey: 'owner:1', startTime: '2026-03-29T00:30:00Z', durationMinutes: 25 }, // the spring-forward night
    ]
    const table = aggregateHours(sessions, { zone: WARSAW, period: 'month', from: '2026-03-01', to: '2026-04-30' })
    expect(table.minutes['owner:1']).toEqual({ '2026-03': 85, '2026-04': 50 })
    expect(table.total).toBe(135)
  })

  it('formats minutes as h:mm', () => {
    expect([formatHours(0), formatHours(45), formatHours(90), formatHours(605)]).toEqual(['–', '0:45', '1:30', '10:05'])
  })
})
