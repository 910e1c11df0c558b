import {
  addMonths,
  availabilityOccurrences,
  dayBounds,
  monthWeeks,
  mondayOf,
  placeOnDays,
  rangeOf,
  shiftAnchor,
  todayIn,
  visibleDates,
  weekDates,
} from './calendarGrid'

const WARSAW = 'Europe/Warsaw'
const HOUR = 3_600_000
const iso = (text: string) => Date.parse(text)

describe('weeks and months, Monday first', () => {
  it('finds the Monday of any day, across a month and a year end', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23')
    expect(mondayOf('2026-11-23')).toBe('2026-11-23')
    expect(mondayOf('2026-11-29')).toBe('2026-11-23')
    expect(mondayOf('2027-01-01')).toBe('2026-12-28')
    expect(weekDates('2026-03-29')).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'])
  })

  it('covers a month with whole weeks', () => {
    const weeks = monthWeeks('2026-02-14')
    // February 2026 starts on a Sunday and ends on a Saturday.
    expect(weeks).toHaveLength(5)
    expect(weeks[0][0]).toBe('2026-01-26')
    expect(weeks[0][6]).toBe('2026-02-01')
    expect(weeks[4][6]).toBe('2026-03-01')
    expect(monthWeeks('2027-02-10')).toHaveLength(4) // 1 Feb 2027 is a Monday, 28 days
    // November 2026 starts on a Sunday: six rows, 26 Oct .. 6 Dec.
    const november = visibleDates('month', '2026-11-05')
    expect([november.length, november[0], november[41]]).toEqual([42, '2026-10-26', '2026-12-06'])
  })

  it('moves by a week or a month, clamping the day', () => {
    expect(shiftAnchor('week', '2026-12-30', 1)).toBe('2027-01-06')
    expect(shiftAnchor('month', '2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(shiftAnchor('month', '2026-01-15', -1)).toBe('2025-12-15')
  })
})

describe('days in the site zone', () => {
  it('gives DST days their real length', () => {
    const spring = dayBounds('2026-03-29', WARSAW)
    expect(spring.start).toBe(iso('2026-03-28T23:00:00Z'))
    expect(spring.end - spring.start).toBe(23 * HOUR)
    const autumn = dayBounds('2026-10-25', WARSAW)
    expect(autumn.start).toBe(iso('2026-10-24T22:00:00Z'))
    expect(autumn.end - autumn.start).toBe(25 * HOUR)
    expect(rangeOf(weekDates('2026-10-25'), WARSAW)).toEqual({ start: iso('2026-10-18T22:00:00Z'), end: iso('2026-10-25T23:00:00Z') })
  })

  it('knows today in the zone, not in UTC', () => {
    expect(todayIn(WARSAW, iso('2026-11-25T23:30:00Z'))).toBe('2026-11-26')
    expect(todayIn('America/New_York', iso('2026-11-26T03:00:00Z'))).toBe('2026-11-25')
  })
})

describe('placing intervals on days', () => {
  it('places by fractions of the real day, also on the 25-hour day', () => {
    const items = [{ id: 'a', start: iso('2026-10-25T11:00:00Z'), end: iso('2026-10-25T12:00:00Z') }] // 12:00-13:00 CET, 13 h after midnight CEST
    const placed = placeOnDays(items, ['2026-10-25'], WARSAW).get('2026-10-25')!
    expect(placed).toHaveLength(1)
    expect(placed[0].top).toBeCloseTo(13 / 25)
    expect(placed[0].height).toBeCloseTo(1 / 25)
  })

  it('cuts an overnight item into two days', () => {
    const items = [{ id: 'night', start: iso('2026-11-24T21:00:00Z'), end: iso('2026-11-25T01:00:00Z') }] // 22:00-02:00 Warsaw
    const placed = placeOnDays(items, ['2026-11-24', '2026-11-25', '2026-11-26'], WARSAW)
    const [first] = placed.get('2026-11-24')!
    const [second] = placed.get('2026-11-25')!
    expect(first).toMatchObject({ continuesBefore: false, continuesAfter: true })
    expect(first.top).toBeCloseTo(22 / 24)
    expect(first.height).toBeCloseTo(2 / 24)
    expect(second).toMatchObject({ continuesBefore: true, continuesAfter: false, top: 0 })
    expect(second.height).toBeCloseTo(2 / 24)
    expect(placed.get('2026-11-26')).toEqual([])
  })

  it('puts overlapping items side by side and lets later ones reuse a free lane', () => {
    const at = (hour: number) => iso(`2026-11-25T${String(hour - 1).padStart(2, '0')}:00:00Z`)
    const items = [
      { id: 'long', start: at(9), end: at(12) },
      { id: 'short', start: at(10), end: at(11) },
      { id: 'after', start: at(11), end: at(13) },
      { id: 'alone', start: at(15), end: at(16) },
      { id: 'empty', start: at(17), end: at(17) },
    ]
    const day = placeOnDays(items, ['2026-11-25'], WARSAW).get('2026-11-25')!
    const byId = Object.fromEntries(day.map((segment) => [segment.item.id, [segment.lane, segment.lanes]]))
    expect(byId).toEqual({ long: [0, 2], short: [1, 2], after: [1, 2], alone: [0, 1] })
  })
})

describe('availability occurrences', () => {
  it('expands a weekly block with a day off into instants in the zone, across the DST change', () => {
    const blocks = [
      {
        id: '7',
        hostKey: 'owner:1',
        date: '2026-10-12',
        startTime: '09:00',
        endTime: '12:00',
        repeatWeekly: true,
        repeatUntil: '2026-11-30',
        exceptions: ['2026-10-19'],
      },
      { id: '8', hostKey: 'member:2', date: '2026-10-27', startTime: '18:00', endTime: '20:00' },
    ]
    const found = availabilityOccurrences(blocks, '2026-10-12', '2026-11-01', WARSAW)
    expect(found.map((item) => [item.id, new Date(item.start).toISOString(), new Date(item.end).toISOString()])).toEqual([
      ['7@2026-10-12', '2026-10-12T07:00:00.000Z', '2026-10-12T10:00:00.000Z'],
      ['7@2026-10-26', '2026-10-26T08:00:00.000Z', '2026-10-26T11:00:00.000Z'],
      ['8@2026-10-27', '2026-10-27T17:00:00.000Z', '2026-10-27T19:00:00.000Z'],
    ])
  })
})
