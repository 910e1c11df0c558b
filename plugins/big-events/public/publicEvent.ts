/**
 * What a visitor may know about an event (pure): the JSON of `GET /public/sites/:identifier/big-events`, the
 * cards of the events section and the facts of the event page all come from `toPublicEvent`. Never the meeting
 * link, the clients, the registrations or their count beyond the seats left.
 */
import { formatDateTime, formatMoney, type Lang } from '@platform/format'

import { earlyBirdApplies, eventPlace, eventWhen, eventZone, priceNow, priceText, seatsLeft, toGrosze, type EventFacts } from '../lib/facts'

/** The stored event as this module reads it (the `big-events` document's public fields). */
export type StoredEvent = EventFacts & {
  id: number | string
  title: string
  slug?: string | null
  status: string
  image?: unknown
}

/** An image's public URLs (the site renderer's ResolvedImage). */
export type EventImage = { src: string; width?: number; height?: number; variants: { url: string; width: number; height?: number }[] }

export type Availability = 'available' | 'waitlist'

export type PublicEvent = {
  title: string
  slug: string
  /** The event page's absolute address in the language asked for. */
  url: string
  startDate: string
  endDate: string
  timeZone: string
  /** `5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00` in the event's zone. */
  when: string
  /** The address, or "Online". */
  place: string
  locationKind: 'in_person' | 'online'
  /** The price a registration made now pays: grosze (0 = free) and as text (`Bezpłatne`, `390,00 zł`). */
  price: { amount: number; text: string; isFree: boolean }
  /** While the early-bird price is in force: the regular price it replaces and when it ends. */
  earlyBird: { amount: number; text: string; endsAt: string; endsAtText: string; regularAmount: number; regularText: string } | null
  seatsLeft: number
  /** `waitlist`: no seat left, registering joins the waiting list. */
  availability: Availability
  /** URL of the image (its card-sized variant; absolute when an origin is given), or null. */
  image: { url: string; width?: number; height?: number } | null
}

export const availabilityOf = (event: Pick<EventFacts, 'maxParticipants' | 'currentParticipants'>): Availability =>
  seatsLeft(event) > 0 ? 'available' : 'waitlist'

/** Whether the event has started (then it is past for registering; the list and section leave it out). */
export const hasStarted = (event: Pick<EventFacts, 'startDate'>, now: Date): boolean => Date.parse(event.startDate) <= now.getTime()

export const imageIdOf = (image: unknown): string | undefined => {
  const id = image && typeof image === 'object' ? (image as { id?: unknown }).id : image
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined
}

/** The widest variant up to the card size (768 px) with its size, else the image's fallback with the original's. */
export const cardImage = (image: EventImage): { url: string; width?: number; height?: number } => {
  const variant = [...image.variants].reverse().find((candidate) => candidate.width <= 768)
  return variant ? { url: variant.url, width: variant.width, height: variant.height } : { url: image.src, width: image.width, height: image.height }
}

export const toPublicEvent = (
  event: StoredEvent,
  { now, lang, url, image, origin }: { now: Date; lang: Lang; url: string; image?: EventImage; origin?: string },
): PublicEvent => {
  const amount = priceNow(event, now)
  const early = earlyBirdApplies(event, now)
  const regularAmount = toGrosze(event.price ?? 0)
  const zone = eventZone(event)
  return {
    title: event.title,
    slug: event.slug ?? '',
    url,
    startDate: new Date(event.startDate).toISOString(),
    endDate: new Date(event.endDate).toISOString(),
    timeZone: zone,
    when: eventWhen(event, lang),
    place: eventPlace(event, lang),
    locationKind: event.locationKind === 'online' ? 'online' : 'in_person',
    price: { amount, text: priceText(event, now, lang), isFree: amount === 0 },
    earlyBird: early
      ? {
          amount,
          text: formatMoney(amount, lang),
          endsAt: new Date(String(event.earlyBirdEndsAt)).toISOString(),
          endsAtText: formatDateTime(String(event.earlyBirdEndsAt), lang, zone),
          regularAmount,
          regularText: formatMoney(regularAmount, lang),
        }
      : null,
    seatsLeft: seatsLeft(event),
    availability: availabilityOf(event),
    image: image ? { ...cardImage(image), url: origin ? new URL(cardImage(image).url, origin).toString() : cardImage(image).url } : null,
  }
}
