/**
 * How an email or the manage page says when a booking is (pure): the date and
 * the time range in a named time zone, in Polish or English, and which zone
 * that is, so nobody has to guess.
 */
import { timeZoneLabel } from '@platform/format'

export type WhenLocale = 'pl' | 'en'

export type When = {
  /** `czwartek, 5 marca 2026` / `Thursday, 5 March 2026` */
  date: string
  /** `10:00–10:50`; a range past midnight names the end's date too. */
  time: string
  /** The zone as people name it: `Warszawa – czas środkowoeuropejski` (never the IANA id). */
  timeZone: string
  /** `czwartek, 5 marca 2026, 10:00–10:50 (Warszawa – czas środkowoeuropejski)` */
  full: string
}

const tag = (locale: WhenLocale) => (locale === 'pl' ? 'pl-PL' : 'en-GB')

const dateFormat = (locale: WhenLocale, timeZone: string) =>
  new Intl.DateTimeFormat(tag(locale), { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })

const timeFormat = (locale: WhenLocale, timeZone: string) =>
  new Intl.DateTimeFormat(tag(locale), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

export const formatWhen = (start: Date | string | number, end: Date | string | number, timeZone: string, locale: WhenLocale): When => {
  const from = new Date(start)
  const to = new Date(end)
  const dates = dateFormat(locale, timeZone)
  const times = timeFormat(locale, timeZone)
  const date = dates.format(from)
  const endDate = dates.format(to)
  const time = `${times.format(from)}–${endDate === date ? '' : `${endDate}, `}${times.format(to)}`
  const zone = timeZoneLabel(timeZone, locale)
  return { date, time, timeZone: zone, full: `${date}, ${time} (${zone})` }
}
