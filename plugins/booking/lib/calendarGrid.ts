/**
 * Pure layout for the calendar admin view: Monday-first weeks and months of
 * calendar dates, each day's real bounds in the site's zone (23 or 25 hours
 * on DST days), and intervals cut into per-day segments placed as fractions
 * of their day. No React, no I/O.
 */
import { dateInZone, dateOfDayNumber, dayNumber, minutesOfDay, wallToInstant, weekdayOfDayNumber } from './wallClock'
import { occurrenceDays, type AvailabilityBlockInput } from './slots'

export type CalendarView = 'week' | 'month'

/** Monday of the week holding `date` (YYYY-MM-DD). */
export const mondayOf = (date: string): string => {
  const day = dayNumber(date)
  return dateOfDayNumber(day - ((weekdayOfDayNumber(day) + 6) % 7))
}

export const addDays = (date: string, days: number): string => dateOfDayNumber(dayNumber(date) + days)

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 -> 28/29 Feb). */
export const addMonths = (date: string, months: number): string => {
  const [year, month, day] = date.split('-').map(Number)
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(day, last))
  return first.toISOString().slice(0, 10)
}

/** The 7 dates of the Monday-first week holding `date`. */
export const weekDates = (date: string): string[] => {
  const monday = dayNumber(mondayOf(date))
  return Array.from({ length: 7 }, (_, index) => dateOfDayNumber(monday + index))
}

/** The Monday-first weeks (rows of 7 dates) covering the month of `date`, with the neighbours' days filling the edges. */
export const monthWeeks = (date: string): string[][] => {
  const first = `${date.slice(0, 7)}-01`
  const last = addDays(addMonths(first, 1), -1)
  const weeks: string[][] = []
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDates(monday))
  return weeks
}

/** The dates a view shows, in order. */
export const visibleDates = (view: CalendarView, date: string): string[] => (view === 'week' ? weekDates(date) : monthWeeks(date).flat())

/** Moves the anchor by one view (`step` -1 back, +1 forward). */
export const shiftAnchor = (view: CalendarView, date: string, step: number): string => (view === 'week' ? addDays(date, 7 * step) : addMonths(date, step))

/** [start, end) of a calendar date in `zone`, in ms: midnight to the next midnight (DST days are 23 or 25 hours). */
export const dayBounds = (date: string, zone: string): { start: number; end: number } => {
  const day = dayNumber(date)
  return { start: wallToInstant(day, 0, zone), end: wallToInstant(day + 1, 0, zone) }
}

/** [start, end) of the dates shown, for the API query. */
export const rangeOf = (dates: readonly string[], zone: string): { start: number; end: number } => ({
  start: dayBounds(dates[0], zone).start,
  end: dayBounds(dates[dates.length - 1], zone).end,
})

export type TimedItem = { id: string; start: number; end: number }

/** One item's part within one day: `top` and `height` are fractions (0..1) of that day's real length. */
export type DaySegment<T extends TimedItem> = {
  item: T
  date: string
  top: number
  height: number
  /** The item began before this day / goes on after it. */
  continuesBefore: boolean
  continuesAfter: boolean
  /** The part's instants within the day. */
  from: number
  to: number
  /** Side-by-side placement among overlapping segments of the day: column `lane` of `lanes`. */
  lane: number
  lanes: number
}

/**
 * Cuts items into per-day segments for `dates` (in `zone`), sorted by start,
 * and gives overlapping segments of a day separate lanes.
 */
export const placeOnDays = <T extends TimedItem>(items: readonly T[], dates: readonly string[], zone: string): Map<string, DaySegment<T>[]> => {
  const result = new Map<string, DaySegment<T>[]>()
  const sorted = [...items].filter((item) => item.end > item.start).sort((a, b) => a.start - b.start || b.end - a.end)
  for (const date of dates) {
    const { start, end } = dayBounds(date, zone)
    const length = end - start
    const segments: DaySegment<T>[] = []
    for (const item of sorted) {
      if (item.end <= start || item.start >= end) continue
      const from = Math.max(item.start, start)
      const to = Math.min(item.end, end)
      segments.push({
        item,
        date,
        top: (from - start) / length,
        height: (to - from) / length,
        continuesBefore: item.start < start,
        continuesAfter: item.end > end,
        from,
        to,
        lane: 0,
        lanes: 1,
      })
    }
    assignLanes(segments)
    result.set(date, segments)
  }
  return result
}

/** Greedy lanes within clusters of overlapping segments (sorted by start); compared as instants, so touching items share a lane. */
const assignLanes = (segments: DaySegment<TimedItem>[]) => {
  let cluster: DaySegment<TimedItem>[] = []
  let laneEnds: number[] = []
  let clusterEnd = -Infinity
  const close = () => {
    for (const segment of cluster) segment.lanes = laneEnds.length
    cluster = []
    laneEnds = []
  }
  for (const segment of segments) {
    if (segment.from >= clusterEnd) close()
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= segment.from)
    if (lane === -1) lane = laneEnds.push(0) - 1
    laneEnds[lane] = segment.to
    segment.lane = lane
    cluster.push(segment)
    clusterEnd = Math.max(clusterEnd, segment.to)
  }
  close()
}

/** Availability blocks expanded to their occurrences between the first and last date (inclusive), as instants. */
export const availabilityOccurrences = (
  blocks: readonly (Pick<AvailabilityBlockInput, 'id' | 'date' | 'startTime' | 'endTime' | 'repeatWeekly' | 'repeatUntil' | 'exceptions'> & {
    hostKey: string
  })[],
  firstDate: string,
  lastDate: string,
  zone: string,
): { id: string; blockId: string; hostKey: string; start: number; end: number }[] => {
  const out: { id: string; blockId: string; hostKey: string; start: number; end: number }[] = []
  for (const block of blocks) {
    const full = { ...block, meetingLength: 1, timeSnapping: 1, bufferTime: 0 }
    for (const day of occurrenceDays(full, dayNumber(firstDate), dayNumber(lastDate))) {
      out.push({
        id: `${block.id}@${dateOfDayNumber(day)}`,
        blockId: block.id,
        hostKey: block.hostKey,
        start: wallToInstant(day, minutesOfDay(block.startTime), zone),
        end: wallToInstant(day, minutesOfDay(block.endTime), zone),
      })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Today's date in the zone. */
export const todayIn = (zone: string, now: number = Date.now()): string => dateInZone(now, zone)

/** A stable colour per host key (distinct hues for a handful of hosts). */
export const HOST_COLOURS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f']

export const colourFor = (hostKey: string, hostKeys: readonly string[]): string => {
  const index = hostKeys.indexOf(hostKey)
  return HOST_COLOURS[(index === -1 ? 0 : index) % HOST_COLOURS.length]
}
