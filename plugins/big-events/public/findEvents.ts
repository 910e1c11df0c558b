/**
 * The public reads of events. Visitors have no read access to `big-events` (its documents hold the meeting link
 * and the creator), so these reads skip access and select only what a visitor may see: never `onlineUrl`.
 */
import type { Payload, Where } from 'payload'

import type { ID } from '@platform'
import { BIG_EVENTS } from '../slugs'
import type { StoredEvent } from './publicEvent'

const CARD_FIELDS = {
  title: true,
  slug: true,
  status: true,
  startDate: true,
  endDate: true,
  timeZone: true,
  locationKind: true,
  location: true,
  maxParticipants: true,
  currentParticipants: true,
  price: true,
  earlyBirdPrice: true,
  earlyBirdEndsAt: true,
  image: true,
  site: true,
} as const

const PAGE_FIELDS = { ...CARD_FIELDS, description: true, details: true, publishedAt: true, updatedAt: true } as const

export type PageEvent = StoredEvent & { site: unknown; description?: unknown; details?: unknown; publishedAt?: string | null; updatedAt?: string }

/** The site's published events that have not started yet, soonest first. */
export const upcomingEvents = async (payload: Payload, siteId: ID, { now, limit }: { now: Date; limit: number }): Promise<StoredEvent[]> => {
  const found = await payload.find({
    collection: BIG_EVENTS,
    where: { and: [{ site: { equals: siteId } }, { status: { equals: 'published' } }, { startDate: { greater_than: now.toISOString() } }] },
    select: CARD_FIELDS,
    sort: 'startDate',
    limit,
    depth: 0,
    overrideAccess: true, // trusted: visitors cannot read events; only the public fields in CARD_FIELDS of published ones
  })
  return found.docs as unknown as StoredEvent[]
}

/** The addresses and last changes of the site's published events that have not started yet (for its sitemap.xml). */
export const sitemapEvents = async (payload: Payload, siteId: ID, now: Date): Promise<{ slug: string; updatedAt?: string | null }[]> => {
  const found = await payload.find({
    collection: BIG_EVENTS,
    where: { and: [{ site: { equals: siteId } }, { status: { equals: 'published' } }, { startDate: { greater_than: now.toISOString() } }] },
    select: { slug: true, updatedAt: true },
    sort: 'startDate',
    limit: 1000,
    depth: 0,
    overrideAccess: true, // trusted: visitors cannot read events; only the address and date of published, upcoming ones
  })
  return found.docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
}

/** An event visitors may open (published, or cancelled: its page says so), by the site and its address part or id. */
const findShown = async (payload: Payload, where: Where): Promise<PageEvent | undefined> => {
  const found = await payload.find({
    collection: BIG_EVENTS,
    where: { and: [where, { status: { in: ['published', 'cancelled'] } }] },
    select: PAGE_FIELDS,
    limit: 1,
    depth: 0,
    overrideAccess: true, // trusted: visitors cannot read events; only the public fields in PAGE_FIELDS of a published or cancelled one
  })
  return found.docs[0] as unknown as PageEvent | undefined
}

export const shownEventBySlug = (payload: Payload, siteId: ID, slug: string) =>
  findShown(payload, { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }] })

export const shownEventById = (payload: Payload, id: ID) => findShown(payload, { id: { equals: id } })
