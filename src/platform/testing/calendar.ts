/**
 * Reading a calendar file (RFC 5545) back in a test: folded lines joined, each property's first value by name, and
 * a date-time property as an instant whether it is written in UTC (`DTSTART:20260329T080000Z`), with a zone
 * (`DTSTART;TZID=Europe/Warsaw:20260329T100000`, read with @date-fns/tz) or floating (refused: it names no moment).
 */
import { TZDate } from '@date-fns/tz'

const unfold = (text: string): string[] =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)

const LINE = /^([A-Z][A-Z0-9-]*)((?:;[^:]*)?):(.*)$/

/** `NAME` -> value of the first of each property (parameters left out). */
export const calendarProperties = (text: string): Record<string, string> => {
  const properties: Record<string, string> = {}
  for (const line of unfold(text)) {
    const match = LINE.exec(line)
    if (match && !(match[1] in properties)) properties[match[1]] = match[3]
  }
  return properties
}

/** The first `name` property (DTSTART, DTEND, DTSTAMP) as milliseconds since the epoch. */
export const calendarTime = (text: string, name: string): number => {
  const line = unfold(text)
    .map((candidate) => LINE.exec(candidate))
    .find((match) => match?.[1] === name)
  if (!line) throw new Error(`No ${name} in the calendar file`)
  const value = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(line[3])
  if (!value) throw new Error(`${name} is not a date-time: ${line[3]}`)
  const [year, month, day, hour, minute, second] = value.slice(1, 7).map(Number)
  if (value[7] === 'Z') return Date.UTC(year, month - 1, day, hour, minute, second)
  const zone = /;TZID=("?)([^;:"]+)\1/.exec(line[2])?.[2]
  if (!zone) throw new Error(`${name} is a floating time (no Z, no TZID): ${line[0]}`)
  return new TZDate(year, month - 1, day, hour, minute, second, zone).getTime()
}
