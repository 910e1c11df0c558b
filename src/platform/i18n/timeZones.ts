/**
 * The time zones an owner picks from: every zone this runtime's Intl knows, named as people name them
 * (`timeZoneLabel`), the zones a Polish coach's clients most often live in first, and a search that finds a zone by
 * its Polish or English city or zone name ("londyn", "london", "środkowoeuropejski"). Pure, like `@platform/format`.
 */
import type { Lang } from './format'
import { intlLocale } from './format'
import { timeZoneLabel } from './timeZoneLabel'

/** First in the picker, in this order (Kyiv under either id, whichever this runtime lists). */
export const COMMON_TIME_ZONES = [
  'Europe/Warsaw',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Paris',
  'Europe/Vienna',
  'Europe/Prague',
  'Europe/Zurich',
  'Europe/Rome',
  'Europe/Madrid',
  'Europe/Lisbon',
  'Europe/Copenhagen',
  'Europe/Oslo',
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Vilnius',
  'Europe/Kyiv',
  'Europe/Kiev',
  'Europe/Athens',
  'UTC',
] as const

/** An IANA id as written (`Europe/Warsaw`, `America/Port-au-Prince`, `Etc/GMT+1`, `UTC`), not `europe/warsaw`. */
const ZONE_SHAPE = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)*$/

/** A zone this runtime's Intl knows, spelt as its id is (Intl itself also takes `europe/warsaw`, which no label fits). */
export const isKnownTimeZone = (zone: unknown): zone is string => {
  if (typeof zone !== 'string' || zone.length > 64 || !ZONE_SHAPE.test(zone)) return false
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Every zone Intl lists (`UTC` too, which it leaves out). */
export const supportedTimeZones = (): string[] => {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [...COMMON_TIME_ZONES]
  return listed.includes('UTC') ? listed : [...listed, 'UTC']
}

/** Lower case without diacritics or underscores, for matching what a person types: `Łódź_X` -> `lodz x`. */
export const searchable = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[_/–-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

export type TimeZoneOption = { value: string; label: string; search: string }

/**
 * The picker's list in the reader's language: `{ value: 'Europe/London', label: 'Londyn – czas uniwersalny', search }`,
 * the common zones first, the rest by label. `current` is kept even when this runtime does not list it (an alias such
 * as `Europe/Kiev`), so a stored value is always shown by name.
 */
export const timeZoneOptions = (
  lang: Lang,
  { current, zones = supportedTimeZones() }: { current?: string | null; zones?: string[] } = {},
): TimeZoneOption[] => {
  const known = new Set(zones)
  if (current && isKnownTimeZone(current)) known.add(current)
  const option = (value: string): TimeZoneOption => ({
    value,
    label: timeZoneLabel(value, lang),
    search: searchable(`${value} ${timeZoneLabel(value, 'pl')} ${timeZoneLabel(value, 'en')}`),
  })
  const first = COMMON_TIME_ZONES.filter((zone) => known.has(zone))
  const firstSet = new Set<string>(first)
  const collator = new Intl.Collator(intlLocale(lang))
  const rest = [...known]
    .filter((zone) => !firstSet.has(zone))
    .map(option)
    .sort((a, b) => collator.compare(a.label, b.label))
  return [...first.map(option), ...rest]
}

/** Whether an option fits what was typed: every word of it appears in the zone's id or its Polish or English name. */
export const matchesTimeZone = (option: Pick<TimeZoneOption, 'search'>, query: string): boolean => {
  const words = searchable(query).split(' ').filter(Boolean)
  return words.every((word) => option.search.includes(word))
}
