/**
 * schema.org `Event` markup of an event page (pure; Google's "Event" rich result): name, dates with the event
 * zone's offset, status, attendance mode, location (a Place with its postal address, or a VirtualLocation whose
 * URL is the event PAGE: the meeting link goes to confirmed attendees only), image, plain-text description, the
 * organiser (the site) and the offers. While the early-bird price is in force there are two offers: the early
 * bird until it ends (`priceValidUntil`) and the regular price from then (`validFrom`). Availability: InStock
 * while seats are left, SoldOut when full (registering joins the waiting list), Discontinued once cancelled or
 * started (registration closed).
 */
import { isoInZone } from '@platform'
import { earlyBirdApplies, eventZone, priceNow, seatsLeft, toGrosze, type EventFacts } from '../lib/facts'

const SCHEMA = 'https://schema.org/'

export type JsonLdEvent = EventFacts & { title: string; status: string; publishedAt?: string | null }

export type JsonLdInput = {
  event: JsonLdEvent
  /** The event page's absolute URL. */
  url: string
  description?: string
  imageUrl?: string
  organizer: { name: string; url: string }
  now: Date
}

/** Grosze as schema.org wants a price: a decimal string, `450.00`. */
export const priceDecimal = (grosze: number): string => (grosze / 100).toFixed(2)

export const offerAvailability = (event: JsonLdEvent, now: Date): string => {
  if (event.status === 'cancelled' || Date.parse(event.startDate) <= now.getTime()) return `${SCHEMA}Discontinued`
  return seatsLeft(event) > 0 ? `${SCHEMA}InStock` : `${SCHEMA}SoldOut`
}

export const buildEventJsonLd = ({ event, url, description, imageUrl, organizer, now }: JsonLdInput): Record<string, unknown> => {
  const zone = eventZone(event)
  const online = event.locationKind === 'online'
  const availability = offerAvailability(event, now)
  const offer = (grosze: number, extra: Record<string, string>) => ({
    '@type': 'Offer',
    price: priceDecimal(grosze),
    priceCurrency: 'PLN',
    availability,
    url,
    ...extra,
  })
  const published: Record<string, string> = event.publishedAt ? { validFrom: isoInZone(event.publishedAt, zone) } : {}
  const offers = earlyBirdApplies(event, now)
    ? [
        offer(priceNow(event, now), { ...published, priceValidUntil: isoInZone(String(event.earlyBirdEndsAt), zone) }),
        offer(toGrosze(event.price ?? 0), { validFrom: isoInZone(String(event.earlyBirdEndsAt), zone) }),
      ]
    : [offer(priceNow(event, now), published)]
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: isoInZone(event.startDate, zone),
    endDate: isoInZone(event.endDate, zone),
    eventStatus: `${SCHEMA}${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `${SCHEMA}${online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    location: online
      ? { '@type': 'VirtualLocation', url }
      : {
          '@type': 'Place',
          name: event.location || organizer.name,
          address: { '@type': 'PostalAddress', streetAddress: event.location || '' },
        },
    ...(imageUrl ? { image: [imageUrl] } : {}),
    ...(description ? { description } : {}),
    organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url },
    offers,
    url,
  }
}
