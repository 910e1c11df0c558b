import { computeSlots, findOneOnOneSlot, occurrenceDays, type AvailabilityBlockInput, type SlotQuery } from './slots'
import { dayNumber } from './wallClock'

const settings = { minimumNoticeMinutes: 0, bookingWindowDays: 365, timeZone: 'Europe/Warsaw' }
// A frozen clock: every test passes `now` explicitly.
const NOW = Date.parse('2026-01-01T00:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()
const block = (over: Partial<AvailabilityBlockInput> = {}): AvailabilityBlockInput => ({
  id: 'b1',
  hostKey: 'owner:1',
  date: '2026-01-12',
  startTime: '09:00',
  endTime: '12:00',
  meetingLength: 60,
  timeSnapping: 60,
  bufferTime: 0,
  ...over,
})
const query = (over: Partial<SlotQuery> = {}): SlotQuery => ({
  blocks: [block()],
  busy: [],
  settings,
  now: NOW,
  from: Date.parse('2026-01-01T00:00:00Z'),
  to: Date.parse('2026-02-01T00:00:00Z'),
  ...over,
})
const starts = (q: SlotQuery) => computeSlots(q).map((slot) => iso(slot.start))

describe('computeSlots', () => {
  it('splits a block by meeting length on the snapping grid, in the site zone', () => {
    expect(starts(query())).toEqual(['2026-01-12T08:00:00.000Z', '2026-01-12T09:00:00.000Z', '2026-01-12T10:00:00.000Z'])
    const slots = computeSlots(query({ blocks: [block({ meetingLength: 50, timeSnapping: 15, endTime: '10:30' })] }))
    expect(slots.map((slot) => iso(slot.start))).toEqual(['2026-01-12T08:00:00.000Z', '2026-01-12T08:15:00.000Z', '2026-01-12T08:30:00.000Z'])
    expect(iso(slots[2].end)).toBe('2026-01-12T09:20:00.000Z')
    expect(slots[0]).toMatchObject({ kind: 'one_on_one', hostKey: 'owner:1', blockId: 'b1' })
  })

  it('takes out slots overlapping a busy interval of the same host, with the buffer on both sides', () => {
    const busy = [{ hostKey: 'owner:1', start: Date.parse('2026-01-12T09:00:00Z'), end: Date.parse('2026-01-12T09:30:00Z') }]
    expect(starts(query({ busy }))).toEqual(['2026-01-12T08:00:00.000Z', '2026-01-12T10:00:00.000Z'])
    // A 30-minute buffer also removes the 08:00 slot (ends 30 min before); 10:00 is exactly 30 min after.
    expect(starts(query({ busy, blocks: [block({ bufferTime: 30 })] }))).toEqual(['2026-01-12T10:00:00.000Z'])
    expect(starts(query({ busy, blocks: [block({ bufferTime: 31 })] }))).toEqual([])
    // Busy time of another host changes nothing.
    expect(starts(query({ busy: [{ ...busy[0], hostKey: 'member:7' }] }))).toHaveLength(3)
    // Touching without a buffer is fine.
    const touching = [{ hostKey: 'owner:1', start: Date.parse('2026-01-12T09:00:00Z'), end: Date.parse('2026-01-12T10:00:00Z') }]
    expect(starts(query({ busy: touching }))).toEqual(['2026-01-12T08:00:00.000Z', '2026-01-12T10:00:00.000Z'])
  })

  it('honours the minimum notice', () => {
    const now = Date.parse('2026-01-12T06:30:00Z')
    expect(starts(query({ now, settings: { ...settings, minimumNoticeMinutes: 120 } }))).toEqual(['2026-01-12T09:00:00.000Z', '2026-01-12T10:00:00.000Z'])
  })

  it('offers nothing beyond the booking window', () => {
    const now = Date.parse('2026-01-02T09:30:00Z')
    expect(starts(query({ now, settings: { ...settings, bookingWindowDays: 10 } }))).toEqual(['2026-01-12T08:00:00.000Z', '2026-01-12T09:00:00.000Z'])
    expect(starts(query({ now, settings: { ...settings, bookingWindowDays: 9 } }))).toEqual([])
  })

  it('lists only slots starting inside [from, to)', () => {
    expect(starts(query({ from: Date.parse('2026-01-12T09:00:00Z'), to: Date.parse('2026-01-12T10:00:00Z') }))).toEqual(['2026-01-12T09:00:00.000Z'])
    // A `from` between grid points does not shift the grid.
    expect(starts(query({ from: Date.parse('2026-01-12T08:10:00Z') }))).toEqual(['2026-01-12T09:00:00.000Z', '2026-01-12T10:00:00.000Z'])
  })

  it('repeats weekly until the end date, skipping exceptions, on the site-zone weekday', () => {
    const weekly = block({ repeatWeekly: true, repeatUntil: '2026-02-02', exceptions: ['2026-01-19'], endTime: '10:00' })
    expect(starts(query({ blocks: [weekly], to: Date.parse('2026-03-01T00:00:00Z') }))).toEqual([
      '2026-01-12T08:00:00.000Z',
      '2026-01-26T08:00:00.000Z',
      '2026-02-02T08:00:00.000Z',
    ])
  })

  it('keeps weekly wall-clock times across the spring change (09:00 CET, then 09:00 CEST)', () => {
    const weekly = block({ date: '2026-03-23', repeatWeekly: true, endTime: '10:00' })
    expect(starts(query({ blocks: [weekly], from: Date.parse('2026-03-20T00:00:00Z'), to: Date.parse('2026-04-01T00:00:00Z') }))).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ])
  })

  it('on 2026-03-29 (spring forward) a 01:00–04:00 block has two real hours of slots', () => {
    const night = block({ date: '2026-03-29', startTime: '01:00', endTime: '04:00', meetingLength: 30, timeSnapping: 30 })
    expect(starts(query({ blocks: [night], from: Date.parse('2026-03-28T00:00:00Z'), to: Date.parse('2026-03-30T00:00:00Z') }))).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T00:30:00.000Z', // 01:30 CET
      '2026-03-29T01:00:00.000Z', // 03:00 CEST
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
    ])
    // A block starting inside the gap starts when the gap ends... shifted by the missing hour (02:30 -> 03:30).
    const inGap = block({ date: '2026-03-29', startTime: '02:30', endTime: '05:00', meetingLength: 60, timeSnapping: 60 })
    expect(starts(query({ blocks: [inGap], from: Date.parse('2026-03-28T00:00:00Z'), to: Date.parse('2026-03-30T00:00:00Z') }))).toEqual([
      '2026-03-29T01:30:00.000Z',
    ])
  })

  it('on 2026-10-25 (fall back) a 01:00–04:00 block has four real hours, both 02:00s offered', () => {
    const night = block({ date: '2026-10-25', startTime: '01:00', endTime: '04:00', meetingLength: 60, timeSnapping: 60 })
    expect(starts(query({ blocks: [night], from: Date.parse('2026-10-24T00:00:00Z'), to: Date.parse('2026-10-26T00:00:00Z') }))).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET
      '2026-10-25T02:00:00.000Z', // 03:00 CET
    ])
  })

  it('offers a time once when blocks of one host overlap, but each host separately', () => {
    const twice = [block(), block({ id: 'b2' }), block({ id: 'b3', hostKey: 'member:7' })]
    const slots = computeSlots(query({ blocks: twice }))
    expect(slots.filter((slot) => slot.hostKey === 'owner:1')).toHaveLength(3)
    expect(slots.filter((slot) => slot.hostKey === 'member:7')).toHaveLength(3)
  })

  it('lists group events with seats left, under the same notice and range rules', () => {
    const start = Date.parse('2026-01-15T17:00:00Z')
    const groupEvents = [
      { id: 'e1', hostKey: 'owner:1', start, end: start + 3_600_000, capacity: 10, booked: 7 },
      { id: 'e2', hostKey: 'owner:1', start, end: start + 3_600_000, capacity: 5, booked: 5 },
      { id: 'e3', hostKey: 'owner:1', start: Date.parse('2026-03-01T17:00:00Z'), end: Date.parse('2026-03-01T18:00:00Z'), capacity: 5, booked: 0 },
    ]
    const slots = computeSlots(query({ blocks: [], groupEvents }))
    expect(slots).toEqual([{ kind: 'group', start, end: start + 3_600_000, hostKey: 'owner:1', eventId: 'e1', seatsLeft: 3 }])
    expect(computeSlots(query({ blocks: [], groupEvents, now: start - 60_000, settings: { ...settings, minimumNoticeMinutes: 5 } }))).toEqual([])
  })

  it('re-checks one slot exactly (findOneOnOneSlot)', () => {
    expect(findOneOnOneSlot(query(), 'b1', Date.parse('2026-01-12T09:00:00Z'))).toMatchObject({ blockId: 'b1' })
    expect(findOneOnOneSlot(query(), 'b1', Date.parse('2026-01-12T09:30:00Z'))).toBeUndefined()
    expect(findOneOnOneSlot(query(), 'other', Date.parse('2026-01-12T09:00:00Z'))).toBeUndefined()
    const busy = [{ hostKey: 'owner:1', start: Date.parse('2026-01-12T09:15:00Z'), end: Date.parse('2026-01-12T09:45:00Z') }]
    expect(findOneOnOneSlot(query({ busy }), 'b1', Date.parse('2026-01-12T09:00:00Z'))).toBeUndefined()
  })
})

describe('occurrenceDays', () => {
  it('lists the first day only for a one-off block, inside the window', () => {
    expect(occurrenceDays(block(), dayNumber('2026-01-01'), dayNumber('2026-01-31'))).toEqual([dayNumber('2026-01-12')])
    expect(occurrenceDays(block(), dayNumber('2026-01-13'), dayNumber('2026-01-31'))).toEqual([])
  })
})
