/**
 * Field rules shared by the booking collections (pure, unit-tested). Each answers `true` or what to fix in
 * both languages; the collections give Payload the admin's (`validationMessage(req, check(value))`).
 */
import type { Bilingual } from '@platform'

import { END_TIME_OF_DAY, isCalendarDate, minutesOfDay, TIME_OF_DAY } from './wallClock'

export const LIMITS = {
  meetingLength: { min: 5, max: 480 },
  timeSnapping: { min: 5, max: 240 },
  bufferTime: { min: 0, max: 240 },
  capacity: { min: 1, max: 1000 },
  minimumNoticeMinutes: { min: 0, max: 60 * 24 * 30 },
  bookingWindowDays: { min: 1, max: 365 },
  cancelCutoffHours: { min: 0, max: 24 * 30 },
} as const

const text = (en: string, pl: string): Bilingual => ({ en, pl })

export const checkTimeOfDay = (value: unknown, { end = false } = {}): true | Bilingual =>
  typeof value === 'string' && (end ? END_TIME_OF_DAY : TIME_OF_DAY).test(value)
    ? true
    : text('Enter the time as hours and minutes (24-hour clock), e.g. 09:30.', 'Wpisz godzinę i minuty (zegar 24-godzinny), np. 09:30.')

export const checkEndAfterStart = (start: unknown, end: unknown): true | Bilingual => {
  if (typeof start !== 'string' || typeof end !== 'string' || !TIME_OF_DAY.test(start) || !END_TIME_OF_DAY.test(end)) return true
  return minutesOfDay(end) > minutesOfDay(start) ? true : text('The end time must be after the start time.', 'Koniec musi być później niż początek.')
}

export const checkWholeMinutes = (value: unknown, key: keyof typeof LIMITS): true | Bilingual => {
  const { min, max } = LIMITS[key]
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? true
    : text(`Enter a whole number from ${min} to ${max}.`, `Podaj liczbę całkowitą od ${min} do ${max}.`)
}

export const checkCalendarDate = (value: unknown, { optional = false } = {}): true | Bilingual => {
  if (optional && (value === undefined || value === null || value === '')) return true
  return isCalendarDate(value) ? true : text('Choose a date that exists, e.g. 2026-03-29.', 'Wybierz istniejącą datę, np. 2026-03-29.')
}

/** A block must hold at least one meeting. */
export const checkMeetingFits = ({
  startTime,
  endTime,
  meetingLength,
}: {
  startTime?: unknown
  endTime?: unknown
  meetingLength?: unknown
}): true | Bilingual => {
  if (typeof startTime !== 'string' || typeof endTime !== 'string' || typeof meetingLength !== 'number') return true
  if (!TIME_OF_DAY.test(startTime) || !END_TIME_OF_DAY.test(endTime)) return true
  return minutesOfDay(endTime) - minutesOfDay(startTime) >= meetingLength
    ? true
    : text(
        'The meeting does not fit between the start and end time: make the meeting shorter or the hours longer.',
        'Spotkanie nie mieści się między początkiem a końcem – skróć spotkanie albo wydłuż godziny.',
      )
}
