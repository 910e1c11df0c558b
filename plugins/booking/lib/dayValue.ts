/**
 * A calendar day kept as `YYYY-MM-DD` and the local `Date` a date picker works with: noon of that day in the
 * browser's zone, so no zone offset or daylight-saving change moves it to the day before or after.
 */
const pad = (value: number) => String(value).padStart(2, '0')

/** `2026-12-16` -> 16 Dec 2026, 12:00 local time; anything not a real day -> undefined. */
export const localDateOfDay = (day: string): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return undefined
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)
  return date.getDate() === Number(match[3]) && date.getMonth() === Number(match[2]) - 1 ? date : undefined
}

/** The local calendar day of a `Date` as `YYYY-MM-DD`. */
export const dayFromLocalDate = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
