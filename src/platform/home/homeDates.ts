/**
 * How the home writes when something happens, in the reader's language and the site's zone: "dziś, 14:00",
 * "jutro, 9:30", "wczoraj, 18:00", otherwise "3 grudnia 2026, 9:30" (or "3 grudnia 2026" for a day). Pure.
 */
import { formatDate, formatDateTime, intlLocale, TIME_ZONE, type Lang } from '../i18n/format'

const DAY_WORDS: Record<Lang, Record<number, string>> = {
  pl: { [-1]: 'wczoraj', 0: 'dziś', 1: 'jutro' },
  en: { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' },
}

/** The calendar day of `value` in `timeZone`, as a number of days since 1970-01-01 (for differences between days). */
export const dayIndex = (value: Date | string, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(new Date(value))
  return Math.round(Date.parse(`${parts}T00:00:00Z`) / 86_400_000)
}

/** `14:05` on a 24-hour clock in the zone. */
export const formatClock = (value: Date | string, lang: Lang, timeZone = TIME_ZONE): string =>
  new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(value))

export const homeWhen = (
  value: Date | string,
  { lang, now, timeZone = TIME_ZONE, dateOnly = false }: { lang: Lang; now: Date; timeZone?: string; dateOnly?: boolean },
): string => {
  const word = DAY_WORDS[lang][dayIndex(value, timeZone) - dayIndex(now, timeZone)]
  if (word) return dateOnly ? word : `${word}, ${formatClock(value, lang, timeZone)}`
  return dateOnly ? formatDate(value, lang, timeZone) : formatDateTime(value, lang, timeZone)
}

/** Midnight starting the day `days` after `now`'s day in the zone, as an instant (0: today's start). DST-safe. */
export const startOfDay = (now: Date, timeZone: string, days = 0): Date => {
  const target = dayIndex(now, timeZone) + days
  // Start from UTC midnight of that calendar day and move by the zone's offset there (checked twice for DST days).
  let guess = target * 86_400_000
  for (let step = 0; step < 2; step++) {
    const shown = wallMinutes(new Date(guess), timeZone)
    guess -= (shown.day - target) * 86_400_000 + shown.minutes * 60_000
  }
  return new Date(guess)
}

const wallMinutes = (at: Date, timeZone: string): { day: number; minutes: number } => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return { day: dayIndex(at, timeZone), minutes: Number(parts.hour) * 60 + Number(parts.minute) }
}
