/**
 * Pure: hours per host per week or month from attended sessions. A session
 * counts in the week (Monday-first) or month of its start, as a calendar date
 * in the site's zone (a Monday 00:30 session in Warsaw is Monday's, although
 * it is still Sunday in UTC), with its recorded durationMinutes (which a host
 * may have corrected).
 */
import { addDays, addMonths, mondayOf } from './calendarGrid'
import { dateInZone } from './wallClock'

export type HoursPeriod = 'week' | 'month'

export type SessionForHours = { hostKey: string; startTime: string | number | Date; durationMinutes: number }

/** The key of the period holding a calendar date: the week's Monday, or `YYYY-MM`. */
export const periodKey = (date: string, period: HoursPeriod): string => (period === 'week' ? mondayOf(date) : date.slice(0, 7))

/** Every period key from the one holding `from` to the one holding `to` (inclusive), in order. */
export const periodsBetween = (from: string, to: string, period: HoursPeriod): string[] => {
  const keys: string[] = []
  if (to < from) return keys
  if (period === 'week') {
    for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) keys.push(monday)
  } else {
    for (let first = `${from.slice(0, 7)}-01`; first <= to; first = addMonths(first, 1)) keys.push(first.slice(0, 7))
  }
  return keys
}

export type HoursTable = {
  periods: string[]
  hosts: string[]
  /** minutes[host][period] */
  minutes: Record<string, Record<string, number>>
  hostTotals: Record<string, number>
  periodTotals: Record<string, number>
  total: number
}

/** Sums sessions whose start date (in `zone`) lies in [from, to] into a host x period table. */
export const aggregateHours = (
  sessions: readonly SessionForHours[],
  { zone, period, from, to }: { zone: string; period: HoursPeriod; from: string; to: string },
): HoursTable => {
  const periods = periodsBetween(from, to, period)
  const minutes: Record<string, Record<string, number>> = {}
  const hostTotals: Record<string, number> = {}
  const periodTotals: Record<string, number> = Object.fromEntries(periods.map((key) => [key, 0]))
  let total = 0
  for (const session of sessions) {
    const start = new Date(session.startTime).getTime()
    const length = Number(session.durationMinutes)
    if (Number.isNaN(start) || !Number.isFinite(length) || length <= 0) continue
    const date = dateInZone(start, zone)
    if (date < from || date > to) continue
    const key = periodKey(date, period)
    const row = (minutes[session.hostKey] ??= Object.fromEntries(periods.map((each) => [each, 0])))
    row[key] = (row[key] ?? 0) + length
    hostTotals[session.hostKey] = (hostTotals[session.hostKey] ?? 0) + length
    periodTotals[key] = (periodTotals[key] ?? 0) + length
    total += length
  }
  return { periods, hosts: Object.keys(minutes).sort(), minutes, hostTotals, periodTotals, total }
}

/** Minutes as hours for the table: `7:30` style (h:mm), 0 as an en dash. */
export const formatHours = (minutes: number): string => (minutes ? `${Math.floor(minutes / 60)}:${String(Math.round(minutes % 60)).padStart(2, '0')}` : '–')
