/**
 * A testimonial's date as people write it in a spreadsheet, to a calendar day (`YYYY-MM-DD`): ISO (`2024-03-15`,
 * also with a time), Polish day-first numbers (`15.03.2024`, `15-03-2024`, `15/03/2024`, `15.03.2024 r.`) and
 * month names (`15 marca 2024`, `15 marzec 2024`, `15 March 2024`, `15 Mar 2024`). Pure; the caller checks the future.
 */

const MONTHS: Record<string, number> = {}
const names = [
  ['stycznia', 'styczeń', 'styczen', 'january', 'jan'],
  ['lutego', 'luty', 'february', 'feb'],
  ['marca', 'marzec', 'march', 'mar'],
  ['kwietnia', 'kwiecień', 'kwiecien', 'april', 'apr'],
  ['maja', 'maj', 'may'],
  ['czerwca', 'czerwiec', 'june', 'jun'],
  ['lipca', 'lipiec', 'july', 'jul'],
  ['sierpnia', 'sierpień', 'sierpien', 'august', 'aug'],
  ['września', 'wrzesnia', 'wrzesień', 'wrzesien', 'september', 'sep', 'sept'],
  ['października', 'pazdziernika', 'październik', 'pazdziernik', 'october', 'oct'],
  ['listopada', 'listopad', 'november', 'nov'],
  ['grudnia', 'grudzień', 'grudzien', 'december', 'dec'],
]
names.forEach((forms, index) => forms.forEach((form) => (MONTHS[form] = index + 1)))

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:\s*r\.?)?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/i
const WORDS = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?:\s*r\.?)?$/iu

const pad = (value: number) => String(value).padStart(2, '0')

/** A real calendar day (no 31 April, 29 February only in leap years), as `YYYY-MM-DD`. */
const calendarDay = (year: number, month: number, day: number): string | undefined => {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The day the text names, or `undefined` when it is no date this reads. */
export const parseDate = (text: string): string | undefined => {
  const value = text.trim()
  const iso = ISO.exec(value)
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dayFirst = DAY_FIRST.exec(value)
  if (dayFirst) return calendarDay(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]))
  const words = WORDS.exec(value)
  if (words) {
    const month = MONTHS[words[2].toLowerCase()]
    return month ? calendarDay(Number(words[3]), month, Number(words[1])) : undefined
  }
  return undefined
}

/** Today in Poland as `YYYY-MM-DD` (the day a date in the file is compared with). */
export const warsawToday = (now: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(now)

/** The stored time of a day from a file: noon UTC, the same calendar day wherever a page shows it (UTC−11 to UTC+11). */
export const dayToTimestamp = (day: string): string => `${day}T12:00:00.000Z`
