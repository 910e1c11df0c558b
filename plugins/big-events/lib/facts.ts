/**
 * What every page, email and list says about an event, in one place (pure): the price in force now (early bird
 * until its end), the seats left, the dates as a reader in the event's time zone sees them, and the place.
 */
import { formatDate, formatMoney, intlLocale, type Lang } from '@platform/format'

export type EventFacts = {
  startDate: string
  endDate: string
  timeZone?: string | null
  price?: number | null
  earlyBirdPrice?: number | null
  earlyBirdEndsAt?: string | null
  maxParticipants: number
  currentParticipants?: number | null
  locationKind?: string | null
  location?: string | null
}

/** Złoty (the stored decimal) to grosze, rounding away float noise (`49.9` → 4990). */
export const toGrosze = (zloty: number): number => Math.round(zloty * 100)

/** The early-bird price applies until `earlyBirdEndsAt` (exclusive) when it is set and lower than the price. */
export const earlyBirdApplies = (event: EventFacts, now: Date): boolean =>
  typeof event.earlyBirdPrice === 'number' &&
  Boolean(event.earlyBirdEndsAt) &&
  now.getTime() < Date.parse(String(event.earlyBirdEndsAt)) &&
  event.earlyBirdPrice < (event.price ?? 0)

/** The price a registration made at `now` pays, in grosze (0: free). Never from the visitor. */
export const priceNow = (event: EventFacts, now: Date): number => toGrosze(earlyBirdApplies(event, now) ? (event.earlyBirdPrice as number) : (event.price ?? 0))

export const seatsLeft = (event: Pick<EventFacts, 'maxParticipants' | 'currentParticipants'>): number =>
  Math.max(0, event.maxParticipants - (event.currentParticipants ?? 0))

export const eventZone = (event: Pick<EventFacts, 'timeZone'>): string => event.timeZone || 'Europe/Warsaw'

const time = (value: Date, lang: Lang, timeZone: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', timeZone }).format(value)

/**
 * `5 grudnia 2026, 10:00–16:00` on one day, `5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00` over several, in the
 * event's zone (a retreat in Poland reads in Polish time wherever the reader is).
 */
export const eventWhen = (event: Pick<EventFacts, 'startDate' | 'endDate' | 'timeZone'>, lang: Lang): string => {
  const zone = eventZone(event)
  const start = new Date(event.startDate)
  const end = new Date(event.endDate)
  const startDay = formatDate(start, lang, zone)
  const endDay = formatDate(end, lang, zone)
  if (startDay === endDay) return `${startDay}, ${time(start, lang, zone)}–${time(end, lang, zone)}`
  return `${startDay}, ${time(start, lang, zone)} – ${endDay}, ${time(end, lang, zone)}`
}

/** The place as a reader sees it: the address, or "Online" (the meeting link goes to confirmed attendees only). */
export const eventPlace = (event: Pick<EventFacts, 'locationKind' | 'location'>, lang: Lang): string =>
  event.locationKind === 'online'
    ? lang === 'pl'
      ? 'Online'
      : 'Online'
    : event.location || (lang === 'pl' ? 'Miejsce podamy wkrótce' : 'Venue to be announced')

/** `Bezpłatne` / `Free`, or the price in force now (`450,00 zł`). */
export const priceText = (event: EventFacts, now: Date, lang: Lang): string => {
  const grosze = priceNow(event, now)
  return grosze === 0 ? (lang === 'pl' ? 'Bezpłatne' : 'Free') : formatMoney(grosze, lang)
}
