/** How a reminder names the start (pure); when it is due is the platform's `reminderDue`. */
import type { Lang } from '@platform/format'

const HOUR = 3_600_000

const dayIn = (value: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(value)

const timeIn = (value: Date, timeZone: string) => new Intl.DateTimeFormat('pl-PL', { hour: '2-digit', minute: '2-digit', timeZone }).format(value)

/**
 * `jutro o 10:00` / `dziś o 18:30` / `tomorrow at 10:00` / `today at 18:30`: the start as the reader sees it at
 * `now`, in the event's zone; another day (a reminder sent late) as `5 grudnia o 10:00` / `5 December at 10:00`.
 */
export const startsText = ({ start, now, timeZone, lang }: { start: Date; now: Date; timeZone: string; lang: Lang }): string => {
  const time = timeIn(start, timeZone)
  const startDay = dayIn(start, timeZone)
  const today = dayIn(now, timeZone)
  const tomorrow = dayIn(new Date(Date.parse(`${today}T12:00:00Z`) + 24 * HOUR), 'UTC')
  if (startDay === today) return lang === 'pl' ? `dziś o ${time}` : `today at ${time}`
  if (startDay === tomorrow) return lang === 'pl' ? `jutro o ${time}` : `tomorrow at ${time}`
  const day = new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { day: 'numeric', month: 'long', timeZone }).format(start)
  return lang === 'pl' ? `${day} o ${time}` : `${day} at ${time}`
}
