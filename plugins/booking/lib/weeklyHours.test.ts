import { occurrenceDays } from './slots'
import { dateOfDayNumber, dayNumber } from './wallClock'
import {
  copyToAllDays,
  nextWeekday,
  planSchedule,
  scheduleFromBlocks,
  validateSchedule,
  weekdayIndex,
  type BlockData,
  type StoredBlock,
  type WeeklySchedule,
} from './weeklyHours'

// A fixed "today" (a Wednesday); nothing here reads the clock.
const TODAY = '2026-11-25'
const settings = { meetingLength: 60, timeSnapping: 30, bufferTime: 15 }
const block = (overrides: Partial<StoredBlock> & Pick<StoredBlock, 'id' | 'date'>): StoredBlock => ({
  startTime: '09:00',
  endTime: '12:00',
  repeatWeekly: true,
  exceptions: [],
  ...settings,
  ...overrides,
})

/** The dates a set of blocks offers hours on, between two dates (the slot engine's own reading). */
const hoursOn = (blocks: readonly (StoredBlock | BlockData)[], from: string, to: string) => {
  const out: string[] = []
  for (const each of blocks) {
    const days = occurrenceDays(
      { ...each, exceptions: (each.exceptions ?? []).map((e) => (typeof e === 'string' ? e : e.date)) } as never,
      dayNumber(from),
      dayNumber(to),
    )
    for (const day of days) out.push(`${dateOfDayNumber(day)} ${each.startTime}-${each.endTime}`)
  }
  return out.sort()
}

/** Applies a plan to blocks (what the endpoint does with the Local API). */
const apply = (blocks: StoredBlock[], plan: ReturnType<typeof planSchedule>): StoredBlock[] => {
  let next = blocks.filter((each) => !plan.delete.includes(each.id)).map((each) => ({ ...each }))
  for (const { id, data } of plan.update) next = next.map((each) => (each.id === id ? { ...each, ...data } : each))
  plan.create.forEach((data, index) => next.push({ id: `new${index}`, ...data }))
  return next
}

describe('weekdays', () => {
  it('numbers Monday 0 to Sunday 6 and finds the next given weekday', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0)
    expect(weekdayIndex('2026-11-29')).toBe(6)
    expect(nextWeekday(TODAY, 2)).toBe(TODAY)
    expect(nextWeekday(TODAY, 0)).toBe('2026-11-30')
    expect(nextWeekday('2026-12-31', 4)).toBe('2027-01-01')
  })
})

describe('reading blocks as weekly hours and overrides', () => {
  it('puts running weekly blocks on their weekday, sorted, and leaves ended ones and past one-offs out', () => {
    const schedule = scheduleFromBlocks(
      [
        block({ id: 1, date: '2026-11-02', startTime: '14:00', endTime: '17:00' }), // a Monday
        block({ id: 2, date: '2026-11-09' }), // a Monday, earlier in the day
        block({ id: 3, date: '2026-10-06', repeatUntil: '2026-11-01' }), // ended
        block({ id: 4, date: '2026-11-20', repeatWeekly: false }), // a past one-off day
      ],
      TODAY,
    )
    expect(schedule.days[0].map((range) => `${range.blockId} ${range.start}-${range.end}`)).toEqual(['2 09:00-12:00', '1 14:00-17:00'])
    expect(schedule.days.slice(1).every((ranges) => ranges.length === 0)).toBe(true)
    expect(schedule.overrides).toEqual([])
    expect(schedule.defaults).toEqual(settings)
  })

  it('reads an exception as a day off and a one-off block on an excepted day as other hours', () => {
    const schedule = scheduleFromBlocks(
      [
        block({ id: 1, date: '2026-11-02', exceptions: [{ date: '2026-11-30' }, { date: '2026-12-07' }, { date: '2026-11-16' }] }),
        block({ id: 5, date: '2026-12-07', repeatWeekly: false, startTime: '15:00', endTime: '18:00' }),
      ],
      TODAY,
    )
    // The past exception (16 Nov) is history and not shown.
    expect(schedule.overrides).toEqual([
      { date: '2026-11-30', ranges: [] },
      { date: '2026-12-07', ranges: [{ start: '15:00', end: '18:00', blockId: 5, settings }] },
    ])
  })

  it('shows a one-off block added to a normal day as that whole day (weekly range included)', () => {
    const schedule = scheduleFromBlocks(
      [block({ id: 1, date: '2026-11-02' }), block({ id: 7, date: '2026-11-30', repeatWeekly: false, startTime: '18:00', endTime: '20:00' })],
      TODAY,
    )
    expect(schedule.overrides).toEqual([
      {
        date: '2026-11-30',
        ranges: [
          { start: '09:00', end: '12:00', settings },
          { start: '18:00', end: '20:00', blockId: 7, settings },
        ],
      },
    ])
  })
})

describe('validation, in Polish and English', () => {
  const base = (days: WeeklySchedule['days'], overrides: WeeklySchedule['overrides'] = []): WeeklySchedule => ({ days, overrides, defaults: settings })
  const week = (monday: WeeklySchedule['days'][number]) => [monday, [], [], [], [], [], []]

  it('accepts touching ranges and a range ending at midnight', () => {
    const schedule = base(
      week([
        { start: '09:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ]),
    )
    expect(validateSchedule(schedule, { today: TODAY, lang: 'pl' })).toEqual([])
  })

  it('names an end before the start, an overlap and a range too short for a meeting, beside the range', () => {
    const schedule = base(
      week([
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
        { start: '15:00', end: '14:00' },
        { start: '16:00', end: '16:30' },
      ]),
    )
    expect(validateSchedule(schedule, { today: TODAY, lang: 'pl' })).toEqual([
      { path: 'days.0.1', message: 'Ten przedział nakłada się na 09:00–12:00.' },
      { path: 'days.0.2', message: 'Koniec musi być później niż początek.' },
      { path: 'days.0.3', message: 'Przedział jest krótszy niż spotkanie (60 min).' },
    ])
    expect(validateSchedule(schedule, { today: TODAY, lang: 'en' })[0]).toEqual({ path: 'days.0.1', message: 'This range overlaps 09:00–12:00.' })
  })

  it('refuses malformed times, past, invalid and repeated override dates', () => {
    const schedule = base(week([{ start: '9:00', end: '12:00' }]), [
      { date: '2026-11-24', ranges: [] },
      { date: '2026-02-30', ranges: [] },
      { date: '2026-12-01', ranges: [{ start: '10:00', end: '09:00' }] },
      { date: '2026-12-01', ranges: [] },
    ])
    expect(validateSchedule(schedule, { today: TODAY, lang: 'pl' })).toEqual([
      { path: 'days.0.0', message: 'Wybierz godzinę, np. 09:30.' },
      { path: 'overrides.0.date', message: 'Ta data już minęła.' },
      { path: 'overrides.1.date', message: 'Wybierz datę z kalendarza.' },
      { path: 'overrides.2.ranges.0', message: 'Koniec musi być później niż początek.' },
      { path: 'overrides.3.date', message: 'Ta data ma już swoje godziny wyżej.' },
    ])
  })
})

describe('copy to all days', () => {
  it("copies one day's ranges to the others without their blocks", () => {
    const days = copyToAllDays(
      [[{ start: '09:00', end: '12:00', blockId: 1, settings }], [{ start: '08:00', end: '10:00', blockId: 2 }], [], [], [], [], []],
      0,
    )
    expect(days[0]).toEqual([{ start: '09:00', end: '12:00', blockId: 1, settings }])
    expect(days.slice(1).every((ranges) => ranges.length === 1 && ranges[0].blockId === undefined && ranges[0].start === '09:00')).toBe(true)
  })
})

describe('planning block changes', () => {
  const existing = [
    block({ id: 1, date: '2026-11-02', exceptions: [{ date: '2026-11-16' }] }), // Monday 9-12, a past day off
    block({ id: 2, date: '2026-11-04', startTime: '16:00', endTime: '19:00' }), // Wednesday 16-19
    block({ id: 3, date: '2026-10-01', repeatWeekly: false }), // a past one-off: history
  ]

  it('changes nothing when the schedule read is saved unchanged', () => {
    const schedule = scheduleFromBlocks(existing, TODAY)
    expect(planSchedule({ blocks: existing, schedule, today: TODAY })).toEqual({ create: [], update: [], delete: [] })
  })

  it('adds a range, moves an end, removes a day, and keeps the block settings and past exceptions', () => {
    const schedule = scheduleFromBlocks(existing, TODAY)
    schedule.days[0][0].end = '13:00'
    schedule.days[0].push({ start: '14:00', end: '16:00' })
    schedule.days[2] = []
    const plan = planSchedule({ blocks: existing, schedule, today: TODAY })
    expect(plan.update).toEqual([{ id: 1, data: { endTime: '13:00' } }])
    expect(plan.delete).toEqual([2])
    expect(plan.create).toEqual([
      { date: '2026-11-30', startTime: '14:00', endTime: '16:00', repeatWeekly: true, exceptions: [], meetingLength: 60, timeSnapping: 30, bufferTime: 15 },
    ])
  })

  it('stores a day off and other hours as exceptions plus one-off blocks, which the slot engine reads back', () => {
    const schedule = scheduleFromBlocks(existing, TODAY)
    schedule.overrides = [
      { date: '2026-11-30', ranges: [] }, // Monday off
      { date: '2026-12-02', ranges: [{ start: '10:00', end: '12:00' }] }, // Wednesday: other hours
    ]
    const plan = planSchedule({ blocks: existing, schedule, today: TODAY })
    expect(plan.update).toEqual([
      { id: 1, data: { exceptions: [{ date: '2026-11-16' }, { date: '2026-11-30' }] } },
      { id: 2, data: { exceptions: [{ date: '2026-12-02' }] } },
    ])
    const after = apply(existing, plan)
    expect(hoursOn(after, '2026-11-30', '2026-12-07')).toEqual(['2026-12-02 10:00-12:00', '2026-12-07 09:00-12:00'])
    // Read back, the schedule is what was saved, and saving it again changes nothing.
    const reread = scheduleFromBlocks(after, TODAY)
    expect(reread.overrides.map((each) => [each.date, each.ranges.map((range) => `${range.start}-${range.end}`)])).toEqual([
      ['2026-11-30', []],
      ['2026-12-02', ['10:00-12:00']],
    ])
    expect(planSchedule({ blocks: after, schedule: reread, today: TODAY })).toEqual({ create: [], update: [], delete: [] })
  })

  it('removing an override gives the day back to the weekly hours and deletes its one-off block', () => {
    const withOverride = apply(
      existing,
      planSchedule({
        blocks: existing,
        schedule: { ...scheduleFromBlocks(existing, TODAY), overrides: [{ date: '2026-12-02', ranges: [{ start: '10:00', end: '12:00' }] }] },
        today: TODAY,
      }),
    )
    const schedule = scheduleFromBlocks(withOverride, TODAY)
    schedule.overrides = []
    const plan = planSchedule({ blocks: withOverride, schedule, today: TODAY })
    expect(plan.delete).toEqual(['new0'])
    expect(hoursOn(apply(withOverride, plan), '2026-12-02', '2026-12-02')).toEqual(['2026-12-02 16:00-19:00'])
  })

  it('a new weekday starts on its next date from today, already skipping an override on it', () => {
    const schedule: WeeklySchedule = {
      days: [[], [], [], [], [{ start: '08:00', end: '10:00' }], [], []],
      overrides: [{ date: '2026-12-04', ranges: [] }],
      defaults: settings,
    }
    const plan = planSchedule({ blocks: [], schedule, today: TODAY })
    expect(plan.create).toEqual([
      {
        date: '2026-11-27',
        startTime: '08:00',
        endTime: '10:00',
        repeatWeekly: true,
        exceptions: [{ date: '2026-12-04' }],
        meetingLength: 60,
        timeSnapping: 30,
        bufferTime: 15,
      },
    ])
  })
})
