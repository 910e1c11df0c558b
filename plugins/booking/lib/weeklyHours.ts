/**
 * Pure: a host's weekly hours (Monday..Sunday, each a list of time ranges) and date overrides (a date with other
 * hours, or none: unavailable), read from and written back to availability blocks without a new schema:
 * - a weekly range is a `repeatWeekly` block still running on `today` (no `repeatUntil`, or not before today);
 *   its weekday is the weekday of its `date`;
 * - an override on a date is that date's `exceptions` entry on every weekly block of its weekday, plus one
 *   one-off (not repeating) block per range on that date.
 * Blocks already over (one-off blocks before today, weekly blocks that ended) and exceptions before today are
 * history: they are neither shown nor changed. A range keeps the block it came from (`blockId`), so a change of
 * hours updates that block and keeps its meeting length, start grid, buffer and title.
 */
import { END_TIME_OF_DAY, isCalendarDate, minutesOfDay, TIME_OF_DAY, dayNumber, dateOfDayNumber, weekdayOfDayNumber } from './wallClock'

export type ID = number | string

export type BlockSettings = { meetingLength: number; timeSnapping: number; bufferTime: number; title?: string | null }

export type TimeRange = {
  start: string
  end: string
  /** The block this range is stored in (absent: a new range). */
  blockId?: ID
  /** The stored block's meeting settings (new ranges take the schedule's `defaults`). */
  settings?: BlockSettings
}

export type DateOverride = { date: string; ranges: TimeRange[] }

export type WeeklySchedule = {
  /** Monday first: days[0] is Monday, days[6] Sunday. */
  days: TimeRange[][]
  overrides: DateOverride[]
  /** Meeting settings for new ranges. */
  defaults: BlockSettings
}

export type StoredBlock = {
  id: ID
  date: string
  startTime: string
  endTime: string
  repeatWeekly?: boolean | null
  repeatUntil?: string | null
  exceptions?: ({ date: string } | string)[] | null
  meetingLength: number
  timeSnapping: number
  bufferTime: number
  title?: string | null
}

export type BlockData = {
  date: string
  startTime: string
  endTime: string
  repeatWeekly: boolean
  exceptions: { date: string }[]
  meetingLength: number
  timeSnapping: number
  bufferTime: number
  title?: string | null
}

export type SchedulePlan = {
  create: BlockData[]
  update: { id: ID; data: Partial<BlockData> }[]
  delete: ID[]
}

export const DEFAULT_SETTINGS: BlockSettings = { meetingLength: 60, timeSnapping: 30, bufferTime: 0 }
export const MAX_RANGES_PER_DAY = 12
export const MAX_OVERRIDES = 366

/** Monday = 0 … Sunday = 6 of a calendar date. */
export const weekdayIndex = (date: string): number => (weekdayOfDayNumber(dayNumber(date)) + 6) % 7

/** The first date on or after `from` falling on the weekday `index` (Monday = 0). */
export const nextWeekday = (from: string, index: number): string => {
  const day = dayNumber(from)
  return dateOfDayNumber(day + ((index - weekdayIndex(from) + 7) % 7))
}

const exceptionDates = (block: StoredBlock): string[] =>
  (block.exceptions ?? []).map((each) => (typeof each === 'string' ? each : each.date)).filter((each): each is string => typeof each === 'string')

const settingsOf = (block: StoredBlock): BlockSettings => ({
  meetingLength: block.meetingLength,
  timeSnapping: block.timeSnapping,
  bufferTime: block.bufferTime,
  ...(block.title ? { title: block.title } : {}),
})

const byStart = (a: TimeRange, b: TimeRange) => minutesOfDay(a.start) - minutesOfDay(b.start) || minutesOfDay(a.end) - minutesOfDay(b.end)

export const isRunningWeekly = (block: StoredBlock, today: string): boolean => Boolean(block.repeatWeekly) && (!block.repeatUntil || block.repeatUntil >= today)

/** Whether a weekly block occurs on `date` when its exceptions are left aside. */
const weeklyCovers = (block: StoredBlock, date: string): boolean =>
  weekdayIndex(block.date) === weekdayIndex(date) && block.date <= date && (!block.repeatUntil || block.repeatUntil >= date)

/** The schedule the editor shows, from a host's blocks. */
export const scheduleFromBlocks = (blocks: readonly StoredBlock[], today: string, defaults?: BlockSettings): WeeklySchedule => {
  const days: TimeRange[][] = Array.from({ length: 7 }, () => [])
  const weekly = blocks.filter((block) => isRunningWeekly(block, today))
  for (const block of weekly)
    days[weekdayIndex(block.date)].push({ start: block.startTime, end: block.endTime, blockId: block.id, settings: settingsOf(block) })
  const oneOffs = blocks.filter((block) => !block.repeatWeekly && block.date >= today)
  const dates = new Set<string>(oneOffs.map((block) => block.date))
  for (const block of weekly) for (const date of exceptionDates(block)) if (date >= today && weeklyCovers(block, date)) dates.add(date)
  const overrides = [...dates].sort().map((date) => {
    const ranges: TimeRange[] = oneOffs
      .filter((block) => block.date === date)
      .map((block) => ({ start: block.startTime, end: block.endTime, blockId: block.id, settings: settingsOf(block) }))
    // Weekly hours still open on that date (a one-off block added to them): the override shows the whole day.
    for (const block of weekly) {
      if (weeklyCovers(block, date) && !exceptionDates(block).includes(date))
        ranges.push({ start: block.startTime, end: block.endTime, settings: settingsOf(block) })
    }
    return { date, ranges: ranges.sort(byStart) }
  })
  const first = weekly[0] ?? blocks[0]
  return { days: days.map((ranges) => ranges.sort(byStart)), overrides, defaults: defaults ?? (first ? settingsOf(first) : { ...DEFAULT_SETTINGS }) }
}

export type Lang = 'pl' | 'en'

export type ScheduleError = {
  /** Where: `days.0.1` (Monday's second range), `overrides.2.date`, `overrides.2.ranges.0`. */
  path: string
  message: string
}

const MESSAGES = {
  pl: {
    badTime: 'Wybierz godzinę, np. 09:30.',
    endBeforeStart: 'Koniec musi być później niż początek.',
    overlaps: (other: TimeRange) => `Ten przedział nakłada się na ${other.start}–${other.end}.`,
    tooShort: (minutes: number) => `Przedział jest krótszy niż spotkanie (${minutes} min).`,
    tooMany: `Najwyżej ${MAX_RANGES_PER_DAY} przedziałów w ciągu dnia.`,
    badDate: 'Wybierz datę z kalendarza.',
    pastDate: 'Ta data już minęła.',
    duplicateDate: 'Ta data ma już swoje godziny wyżej.',
    tooManyOverrides: `Najwyżej ${MAX_OVERRIDES} dat z innymi godzinami.`,
  },
  en: {
    badTime: 'Choose a time, e.g. 09:30.',
    endBeforeStart: 'The end must be later than the start.',
    overlaps: (other: TimeRange) => `This range overlaps ${other.start}–${other.end}.`,
    tooShort: (minutes: number) => `The range is shorter than a meeting (${minutes} min).`,
    tooMany: `At most ${MAX_RANGES_PER_DAY} ranges a day.`,
    badDate: 'Choose a date from the calendar.',
    pastDate: 'This date has passed.',
    duplicateDate: 'This date already has its own hours above.',
    tooManyOverrides: `At most ${MAX_OVERRIDES} dates with other hours.`,
  },
}

/** Problems with one day's ranges: times, end before start, too short for a meeting, overlaps. */
export const checkRanges = (ranges: readonly TimeRange[], prefix: string, defaults: BlockSettings, lang: Lang): ScheduleError[] => {
  const text = MESSAGES[lang]
  const errors: ScheduleError[] = []
  if (ranges.length > MAX_RANGES_PER_DAY) errors.push({ path: prefix, message: text.tooMany })
  const valid: { range: TimeRange; index: number }[] = []
  ranges.forEach((range, index) => {
    const path = `${prefix}.${index}`
    if (!TIME_OF_DAY.test(range.start) || !END_TIME_OF_DAY.test(range.end)) return errors.push({ path, message: text.badTime })
    const length = minutesOfDay(range.end) - minutesOfDay(range.start)
    if (length <= 0) return errors.push({ path, message: text.endBeforeStart })
    const meeting = (range.settings ?? defaults).meetingLength
    if (length < meeting) return errors.push({ path, message: text.tooShort(meeting) })
    const clash = valid.find(({ range: other }) => minutesOfDay(other.start) < minutesOfDay(range.end) && minutesOfDay(range.start) < minutesOfDay(other.end))
    if (clash) return errors.push({ path, message: text.overlaps(clash.range) })
    valid.push({ range, index })
  })
  return errors
}

/** Every problem of a schedule (empty: it may be saved). `today` is the site's today: overrides may not lie before it. */
export const validateSchedule = (schedule: WeeklySchedule, { today, lang }: { today: string; lang: Lang }): ScheduleError[] => {
  const text = MESSAGES[lang]
  const errors = schedule.days.flatMap((ranges, day) => checkRanges(ranges, `days.${day}`, schedule.defaults, lang))
  if (schedule.overrides.length > MAX_OVERRIDES) errors.push({ path: 'overrides', message: text.tooManyOverrides })
  const seen = new Set<string>()
  schedule.overrides.forEach((override, index) => {
    const path = `overrides.${index}.date`
    if (!isCalendarDate(override.date)) errors.push({ path, message: text.badDate })
    else if (override.date < today) errors.push({ path, message: text.pastDate })
    else if (seen.has(override.date)) errors.push({ path, message: text.duplicateDate })
    seen.add(override.date)
    errors.push(...checkRanges(override.ranges, `overrides.${index}.ranges`, schedule.defaults, lang))
  })
  return errors
}

/** A day's ranges on all seven days (new copies: the blocks they came from stay with the source day). */
export const copyToAllDays = (days: readonly TimeRange[][], from: number): TimeRange[][] =>
  days.map((ranges, index) => (index === from ? ranges : days[from].map(({ start, end, settings }) => ({ start, end, ...(settings ? { settings } : {}) }))))

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((each, index) => each === b[index])

/**
 * The block changes that store `schedule` for a host whose current blocks are `blocks`: changed ranges update
 * their block, new ranges create one, removed ranges delete theirs; each weekly block's exceptions from today on
 * become exactly the override dates it covers (earlier exceptions are kept).
 */
export const planSchedule = ({ blocks, schedule, today }: { blocks: readonly StoredBlock[]; schedule: WeeklySchedule; today: string }): SchedulePlan => {
  const plan: SchedulePlan = { create: [], update: [], delete: [] }
  const overrideDates = [...new Set(schedule.overrides.map((override) => override.date))].sort()
  const newSettings = (range: TimeRange): BlockSettings => range.settings ?? schedule.defaults
  const exceptionsFor = (block: Pick<StoredBlock, 'date' | 'repeatUntil' | 'exceptions'>): string[] => {
    const kept = exceptionDates(block as StoredBlock).filter((date) => date < today)
    const covered = overrideDates.filter((date) => weeklyCovers(block as StoredBlock, date))
    return [...new Set([...kept, ...covered])].sort()
  }
  const blockData = (range: TimeRange, date: string, repeatWeekly: boolean, exceptions: string[]): BlockData => {
    const { title, ...settings } = newSettings(range)
    return {
      date,
      startTime: range.start,
      endTime: range.end,
      repeatWeekly,
      exceptions: exceptions.map((each) => ({ date: each })),
      ...settings,
      ...(title ? { title } : {}),
    }
  }

  const weekly = new Map(blocks.filter((block) => isRunningWeekly(block, today)).map((block) => [String(block.id), block]))
  const used = new Set<string>()
  schedule.days.forEach((ranges, day) => {
    for (const range of ranges) {
      const block = range.blockId !== undefined ? weekly.get(String(range.blockId)) : undefined
      if (block && !used.has(String(block.id)) && weekdayIndex(block.date) === day) {
        used.add(String(block.id))
        const data: Partial<BlockData> = {}
        if (block.startTime !== range.start) data.startTime = range.start
        if (block.endTime !== range.end) data.endTime = range.end
        const exceptions = exceptionsFor(block)
        if (!sameList(exceptions, [...exceptionDates(block)].sort())) data.exceptions = exceptions.map((date) => ({ date }))
        if (Object.keys(data).length) plan.update.push({ id: block.id, data })
        continue
      }
      const date = nextWeekday(today, day)
      plan.create.push(blockData(range, date, true, exceptionsFor({ date, repeatUntil: null, exceptions: [] })))
    }
  })
  for (const [id, block] of weekly) if (!used.has(id)) plan.delete.push(block.id)

  const oneOffs = new Map(blocks.filter((block) => !block.repeatWeekly && block.date >= today).map((block) => [String(block.id), block]))
  const usedOneOffs = new Set<string>()
  for (const override of schedule.overrides) {
    for (const range of override.ranges) {
      const block = range.blockId !== undefined ? oneOffs.get(String(range.blockId)) : undefined
      if (block && !usedOneOffs.has(String(block.id)) && block.date === override.date) {
        usedOneOffs.add(String(block.id))
        const data: Partial<BlockData> = {}
        if (block.startTime !== range.start) data.startTime = range.start
        if (block.endTime !== range.end) data.endTime = range.end
        if (Object.keys(data).length) plan.update.push({ id: block.id, data })
        continue
      }
      plan.create.push(blockData(range, override.date, false, []))
    }
  }
  for (const [id, block] of oneOffs) if (!usedOneOffs.has(id)) plan.delete.push(block.id)
  return plan
}
