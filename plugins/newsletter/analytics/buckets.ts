/**
 * Calendar buckets for the analytics charts (pure): days or ISO weeks (Monday first) in Europe/Warsaw, so an open
 * at 23:30 on a summer evening counts for that day, not the next (UTC), and weeks never split at a DST change.
 */
export const TIME_ZONE = 'Europe/Warsaw'

export type Bucket = 'day' | 'week'

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The Warsaw calendar day of an instant, `YYYY-MM-DD`. */
export const warsawDay = (instant: Date): string => dayFormat.format(instant)

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The bucket's key: the day itself, or the Monday of its ISO week. */
export const bucketKey = (day: string, bucket: Bucket): string => {
  if (bucket === 'day') return day
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}

/** Every bucket key from the one holding `from` to the one holding `to`, in order. */
export const bucketKeys = ({ from, to, bucket }: { from: Date; to: Date; bucket: Bucket }): string[] => {
  const keys: string[] = []
  const last = bucketKey(warsawDay(to), bucket)
  for (let key = bucketKey(warsawDay(from), bucket); key <= last; key = addDays(key, bucket === 'day' ? 1 : 7)) keys.push(key)
  return keys
}

/** The key of an instant's bucket, or undefined for no instant. */
export const bucketOf = (value: string | Date | null | undefined, bucket: Bucket): string | undefined => {
  if (!value) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : bucketKey(warsawDay(date), bucket)
}
