/**
 * The public widget's reads, kept in memory per site (lru-cache), so its
 * answers cost a stamp read and some arithmetic instead of six queries:
 * - a site's availability: settings, blocks, scheduled events with their
 *   taken seats, host names and services, read for the whole booking window
 *   (any range a visitor may ask about within the next minutes);
 * - ready answers (serialized JSON) per site, endpoint and query, for
 *   `BOOKING_ANSWER_CACHE_SECONDS` (default 15; the slots also depend on the
 *   clock through the minimum notice, and the booking endpoint re-checks any
 *   slot under a lock anyway).
 * Both are keyed by the site's availability stamp (hooks/bumpAvailability.ts):
 * a change committed by any app process replaces the stamp in its own
 * transaction. Each process reads the stamp from the database at most every
 * `BOOKING_STAMP_CHECK_MS` (default 200; requests in between share the last
 * read), and at once after a change it committed itself (the hooks forget the
 * last read): so a change made here shows at the very next request, one made
 * by another process within that interval. A load that raced a change is kept
 * under the stamp read before it, which is then already outdated: it is never
 * served again. Booking never trusts any of this: it re-checks under a lock.
 * What no stamp covers (a host's name, the site's name) is reloaded at least
 * every `BOOKING_AVAILABILITY_MAX_AGE_SECONDS` (default 300). Which published
 * site an identifier names is kept `BOOKING_SITE_CACHE_SECONDS` (default 10):
 * a site taken offline stops showing free times within that; booking always
 * checks the site afresh.
 */
import { LRUCache } from 'lru-cache'
import type { PayloadRequest } from 'payload'

import type { ID } from '@platform'
import { findPublishedSite } from '@platform'
import type { ServiceRecord } from '../lib/services'
import type { AvailabilityBlockInput, BusyInterval, GroupEventInput } from '../lib/slots'
import { onLocalAvailabilityChange } from '../hooks/localChanges'
import { STAMP_STORE, stampKey } from '../slugs'
import {
  loadBlocks,
  loadEvents,
  loadHostNames,
  loadServices,
  readBookingSettings,
  type BlockMeta,
  type BookingSettingsValues,
  type EventMeta,
  type PublicSite,
} from './data'

const DAY = 86_400_000

const seconds = (value: string | undefined, fallback: number) => {
  const parsed = value === undefined || value.trim() === '' ? NaN : Number(value)
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback
}
/** How long a ready answer is reused (0: never). */
export const answerSeconds = () => seconds(process.env.BOOKING_ANSWER_CACHE_SECONDS, 15)
/** How long one read of a site's stamp is trusted (0: read it on every request). */
export const stampCheckMs = () => seconds(process.env.BOOKING_STAMP_CHECK_MS, 200)
/** How long the published site an identifier names is reused (0: never). */
export const siteSeconds = () => seconds(process.env.BOOKING_SITE_CACHE_SECONDS, 10)
/** How long a site's availability is reused at most, even with an unchanged stamp. */
export const availabilityMaxAgeSeconds = () => seconds(process.env.BOOKING_AVAILABILITY_MAX_AGE_SECONDS, 300)

export type SiteAvailability = {
  siteId: string
  stamp: string
  loadedAt: number
  settings: BookingSettingsValues
  blocks: AvailabilityBlockInput[]
  blockMeta: Map<string, BlockMeta>
  busy: BusyInterval[]
  groupEvents: GroupEventInput[]
  eventMeta: Map<string, EventMeta>
  names: Map<string, string>
  services: (ServiceRecord & { id: ID })[]
}

/** Reads a site's availability for every range bookable until `now + maxAge` (two days of margin for zones and buffers). */
export const loadSiteAvailability = async (req: PayloadRequest, site: PublicSite, stamp: string, now: number): Promise<SiteAvailability> => {
  const settings = await readBookingSettings(req, site.id)
  const from = now - 2 * DAY
  const to = now + settings.bookingWindowDays * DAY + availabilityMaxAgeSeconds() * 1000 + 2 * DAY
  const [{ blocks, meta: blockMeta }, { busy, groupEvents, meta: eventMeta }, names, services] = await Promise.all([
    loadBlocks(req, site.id, from, to),
    loadEvents(req, site.id, from, to),
    loadHostNames(req, site),
    loadServices(req, site.id),
  ])
  return { siteId: String(site.id), stamp, loadedAt: now, settings, blocks, blockMeta, busy, groupEvents, eventMeta, names, services }
}

/** The site's current stamp in the database (undefined: nothing has changed since the row-less start). */
export const readAvailabilityStamp = async (req: PayloadRequest, siteId: ID): Promise<string | undefined> => {
  // The adapter's read of Payload's key-value store (internal: nobody reads it through the API).
  const found = await req.payload.db.findOne<{ id: ID; data?: { stamp?: string } }>({
    collection: STAMP_STORE,
    where: { key: { equals: stampKey(siteId) } },
    req,
  })
  return found?.data?.stamp ?? undefined
}

export type CacheStats = { loads: number; hits: number; answerHits: number; stampReads: number }

export const createAvailabilityCache = ({ maxSites = 500, maxAnswerBytes = 16 * 1024 * 1024 } = {}) => {
  const sites = new LRUCache<string, SiteAvailability>({ max: maxSites })
  const answers = new LRUCache<string, string>({ maxSize: maxAnswerBytes, sizeCalculation: (body, key) => body.length + key.length + 64 })
  const loading = new Map<string, Promise<SiteAvailability>>()
  const published = new LRUCache<string, PublicSite>({ max: maxSites * 2 })
  const stats: CacheStats = { loads: 0, hits: 0, answerHits: 0, stampReads: 0 }
  // The last stamp read per site: when it started (a commit after that may be missed until the next read), and its value.
  const stamps = new Map<string, { at: number; value: Promise<string> }>()

  const stampOf = (req: PayloadRequest, siteId: ID): Promise<string> => {
    const key = String(siteId)
    const now = Date.now()
    const last = stamps.get(key)
    if (last && now - last.at < stampCheckMs()) return last.value
    stats.stampReads++
    const value = readAvailabilityStamp(req, siteId).then((stamp) => stamp ?? '-')
    stamps.set(key, { at: now, value })
    value.catch(() => stamps.delete(key))
    return value
  }

  const availability = async (req: PayloadRequest, site: PublicSite, stamp: string, now: number): Promise<SiteAvailability> => {
    const key = String(site.id)
    const cached = sites.get(key)
    if (cached && cached.stamp === stamp && now - cached.loadedAt < availabilityMaxAgeSeconds() * 1000) {
      stats.hits++
      return cached
    }
    // Requests that miss together share one load (per stamp: a load under an old stamp is not reused for a new one).
    const loadKey = `${key}|${stamp}`
    const pending = loading.get(loadKey)
    if (pending) return pending
    stats.loads++
    const loaded = loadSiteAvailability(req, site, stamp, now)
      .then((value) => {
        const current = sites.get(key)
        // Never replace a newer load (a later stamp seen by a quicker request) with this one.
        if (!current || current.loadedAt <= value.loadedAt) sites.set(key, value)
        return value
      })
      .finally(() => loading.delete(loadKey))
    loading.set(loadKey, loaded)
    return loaded
  }

  return {
    /**
     * The published site `identifier` names (findPublishedSite), reused for a few seconds; undefined when there
     * is none (never kept: a site published a moment ago is found at once).
     */
    async site(req: PayloadRequest, identifier: unknown): Promise<PublicSite | undefined> {
      const key = typeof identifier === 'string' ? identifier.trim().toLowerCase() : ''
      const cached = key ? published.get(key) : undefined
      if (cached) return cached
      const site = await findPublishedSite(req, identifier)
      const ttl = siteSeconds() * 1000
      if (site && key && ttl > 0) published.set(key, site, { ttl })
      return site
    },
    /**
     * The answer for `query` on the site: the ready one when the site's stamp is unchanged, else `make`
     * (from the site's availability, cached under the same stamp) serialized once and kept.
     */
    async answer(req: PayloadRequest, site: PublicSite, query: string, make: (data: SiteAvailability, now: number) => unknown): Promise<string> {
      const stamp = await stampOf(req, site.id)
      const key = `${String(site.id)}|${stamp}|${query}`
      const ready = answers.get(key)
      if (ready !== undefined) {
        stats.answerHits++
        return ready
      }
      const now = Date.now()
      const body = JSON.stringify(make(await availability(req, site, stamp, now), now))
      const ttl = answerSeconds() * 1000
      if (ttl > 0) answers.set(key, body, { ttl })
      return body
    },
    /** After this process committed a change to the site: the next request reads the stamp again. */
    forgetStamp(siteId: ID): void {
      stamps.delete(String(siteId))
    },
    clear(): void {
      stamps.clear()
      published.clear()
      sites.clear()
      answers.clear()
      loading.clear()
    },
    stats: (): CacheStats => ({ ...stats }),
  }
}

/** The process's one cache (the public widget endpoints read through it; this process's own changes reach it at once). */
export const availabilityCache = createAvailabilityCache()
onLocalAvailabilityChange((siteId) => availabilityCache.forgetStamp(siteId))
