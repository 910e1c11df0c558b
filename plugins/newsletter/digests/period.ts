/**
 * When a digest is due (pure, Europe/Warsaw calendar):
 * - weekly: 7 days after the last email the subscriber got (or after confirming, before any);
 * - monthly: once per calendar month, for the time since the last email (or since confirming): due when that
 *   was in an earlier month than now.
 * `digestKey` names the period's one digest per subscriber (weekly: today's date; monthly: the month), so a
 * run repeated the same day, or resumed after a crash, sends nothing twice.
 */
export type DigestPeriod = 'weekly' | 'monthly'

export const TIME_ZONE = 'Europe/Warsaw'
const DAY = 24 * 60 * 60 * 1000
export const WEEK_MS = 7 * DAY

const parts = (at: number) => {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>
  return values
}

/** Minutes Warsaw is ahead of UTC at `at` (60 in winter, 120 in summer). */
const offsetMinutes = (at: number) => {
  const local = parts(at)
  return Math.round((Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - Math.floor(at / 60_000) * 60_000) / 60_000)
}

/** The instant the Warsaw calendar month of `at` began. */
export const monthStart = (at: number): number => {
  const { year, month } = parts(at)
  const guess = Date.UTC(year, month - 1, 1)
  return guess - offsetMinutes(guess) * 60_000
}

const pad = (value: number) => String(value).padStart(2, '0')

export const digestKey = (period: DigestPeriod, now: number): string => {
  const { year, month, day } = parts(now)
  return period === 'weekly' ? `weekly:${year}-${pad(month)}-${pad(day)}` : `monthly:${year}-${pad(month)}`
}

/** The moment a subscriber's digest is measured from: the last email, else the confirmation. */
export const digestSince = (subscriber: { lastSentAt?: string | null; confirmedAt?: string | null }): number | undefined => {
  const value = subscriber.lastSentAt ?? subscriber.confirmedAt
  const at = value ? Date.parse(value) : NaN
  return Number.isFinite(at) ? at : undefined
}

/** Subscribers whose `since` is before this are due now. */
export const dueBefore = (period: DigestPeriod, now: number): number => (period === 'weekly' ? now - WEEK_MS : monthStart(now))

export const isDigestDue = (period: DigestPeriod, subscriber: { lastSentAt?: string | null; confirmedAt?: string | null }, now: number): boolean => {
  const since = digestSince(subscriber)
  return since !== undefined && since <= dueBefore(period, now)
}
