/**
 * Calendar dates (`YYYY-MM-DD`), times of day (`HH:MM`) and the conversion of
 * a wall-clock time in an IANA time zone to an instant, with Intl only (no I/O).
 *
 * Daylight-saving rules, chosen deliberately (they match Temporal's
 * `disambiguation: 'compatible'`):
 * - a wall time in a spring-forward gap (02:30 on 2026-03-29 in Europe/Warsaw)
 *   is read with the offset before the change, so it lands after the gap (03:30);
 * - a wall time that happens twice (02:30 on 2026-10-25) is the first one.
 */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/
export const END_TIME_OF_DAY = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/
export const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const MINUTE = 60_000
const DAY = 86_400_000

/** Minutes since midnight of `HH:MM` (`24:00` is 1440). */
export const minutesOfDay = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number)
  return hours * 60 + minutes
}

/** Whether `YYYY-MM-DD` is a real calendar date (not 2026-02-30). */
export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
}

/** Days since 1970-01-01 of a calendar date (a plain day number, no time zone). */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY)

export const dateOfDayNumber = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10)

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export const weekdayOfDayNumber = (day: number): number => (((day + 4) % 7) + 7) % 7

export const isTimeZone = (zone: unknown): zone is string => {
  if (typeof zone !== 'string' || !zone || zone.length > 64) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterFor = (zone: string) => {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** The wall-clock fields of an instant in a zone. */
export const wallClockOf = (instant: number, zone: string) => {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second }
}

const computeOffset = (instant: number, zone: string): number => {
  const wall = wallClockOf(instant, zone)
  const asUTC = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUTC - (instant - (((instant % 1000) + 1000) % 1000))
}

/**
 * Offsets are cached per zone and quarter hour: current time zone rules change
 * offsets only on quarter-hour boundaries, and Intl formatting is the slot
 * engine's most expensive step.
 */
const QUARTER = 15 * MINUTE
const offsetCache = new Map<string, Map<number, number>>()
const MAX_CACHED = 200_000

/** The zone's offset from UTC at an instant, in ms (Warsaw in summer: +2 h). */
export const offsetAt = (instant: number, zone: string): number => {
  let cache = offsetCache.get(zone)
  if (!cache) offsetCache.set(zone, (cache = new Map()))
  const bucket = Math.floor(instant / QUARTER)
  let offset = cache.get(bucket)
  if (offset === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear()
    offset = computeOffset(bucket * QUARTER, zone)
    cache.set(bucket, offset)
  }
  return offset
}

/** The calendar date of an instant in a zone. */
export const dateInZone = (instant: number, zone: string): string => {
  const { year, month, day } = wallClockOf(instant, zone)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The instant of `minutes` past midnight on calendar day `day` (a day number)
 * in `zone`; see the file comment for gaps and repeated hours.
 */
export const wallToInstant = (day: number, minutes: number, zone: string): number => {
  const naive = day * DAY + minutes * MINUTE
  const before = offsetAt(naive - DAY, zone)
  const after = offsetAt(naive + DAY, zone)
  const early = naive - before
  const late = naive - after
  const earlyValid = offsetAt(early, zone) === before
  const lateValid = offsetAt(late, zone) === after
  if (earlyValid && lateValid) return Math.min(early, late)
  if (earlyValid) return early
  if (lateValid) return late
  // In the gap: the offset before the change moves it forward by the gap's length.
  return early
}
