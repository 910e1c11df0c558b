/** Field rules shared by the booking collections (pure, unit-tested). */
import { END_TIME_OF_DAY, isCalendarDate, isTimeZone, minutesOfDay, TIME_OF_DAY } from './wallClock'

export const LIMITS = {
  meetingLength: { min: 5, max: 480 },
  timeSnapping: { min: 5, max: 240 },
  bufferTime: { min: 0, max: 240 },
  capacity: { min: 1, max: 1000 },
  minimumNoticeMinutes: { min: 0, max: 60 * 24 * 30 },
  bookingWindowDays: { min: 1, max: 365 },
  cancelCutoffHours: { min: 0, max: 24 * 30 },
} as const

export const checkTimeOfDay = (value: unknown, { end = false } = {}): true | string =>
  typeof value === 'string' && (end ? END_TIME_OF_DAY : TIME_OF_DAY).test(value) ? true : 'Use HH:MM (24-hour), e.g. 09:30.'

export const checkEndAfterStart = (start: unknown, end: unknown): true | string => {
  if (typeof start !== 'string' || typeof end !== 'string' || !TIME_OF_DAY.test(start) || !END_TIME_OF_DAY.test(end)) return true
  return minutesOfDay(end) > minutesOfDay(start) ? true : 'The end time must be after the start time.'
}

export const checkWholeMinutes = (value: unknown, key: keyof typeof LIMITS): true | string => {
  const { min, max } = LIMITS[key]
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? true : `Enter a whole number from ${min} to ${max}.`
}

export const checkCalendarDate = (value: unknown, { optional = false } = {}): true | string => {
  if (optional && (value === undefined || value === null || value === '')) return true
  return isCalendarDate(value) ? true : 'Use a real date as YYYY-MM-DD, e.g. 2026-03-29.'
}

export const checkTimeZone = (value: unknown): true | string => (isTimeZone(value) ? true : 'Use an IANA time zone, e.g. Europe/Warsaw.')

/** A block must hold at least one meeting. */
export const checkMeetingFits = ({ startTime, endTime, meetingLength }: { startTime?: unknown; endTime?: unknown; meetingLength?: unknown }): true | string => {
  if (typeof startTime !== 'string' || typeof endTime !== 'string' || typeof meetingLength !== 'number') return true
  if (!TIME_OF_DAY.test(startTime) || !END_TIME_OF_DAY.test(endTime)) return true
  return minutesOfDay(endTime) - minutesOfDay(startTime) >= meetingLength ? true : 'The meeting does not fit between the start and end time.'
}
