/**
 * "New on the site" for the digests: a listener for each event name in SITE_UPDATE_EVENTS (events other
 * plugins announce; none is declared here, so a plugin that does not exist costs nothing) stores one
 * `newsletter-updates` record when the event's data names a site and a title: `{ siteId, title, url? }`, where
 * `title` is a string or `{ pl, en }` and `url` a path on the site or a web address. Anything else is ignored.
 * Each listener runs as its own retried job; the event's outbox row makes it run once per event.
 */
import type { Payload } from 'payload'

import type { EventListener, PlatformEventName } from '@platform'
import { UPDATES } from '../slugs'

/** Events that become site updates, when a plugin announces them. */
export const SITE_UPDATE_EVENTS: readonly string[] = ['bigEvent.published', 'testimonial.approved']

export type SiteUpdate = { siteId: number; titlePl: string; titleEn?: string; url?: string }

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined)

/** The update an event's data describes, or undefined (pure). */
export const siteUpdateFrom = (data: unknown): SiteUpdate | undefined => {
  if (!data || typeof data !== 'object') return undefined
  const record = data as Record<string, unknown>
  const siteId = Number(record.siteId)
  if (!Number.isInteger(siteId) || siteId <= 0) return undefined
  const title = record.title
  const titlePl =
    typeof title === 'object' && title
      ? (text((title as Record<string, unknown>).pl, 300) ?? text((title as Record<string, unknown>).en, 300))
      : text(title, 300)
  if (!titlePl) return undefined
  const titleEn = typeof title === 'object' && title ? text((title as Record<string, unknown>).en, 300) : undefined
  const url = text(record.url, 2000)
  const safeUrl = url && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url)) ? url : undefined
  return { siteId, titlePl, ...(titleEn ? { titleEn } : {}), ...(safeUrl ? { url: safeUrl } : {}) }
}

export const storeSiteUpdate = async (payload: Payload, kind: string, data: unknown, at = new Date()): Promise<boolean> => {
  const update = siteUpdateFrom(data)
  if (!update) return false
  const site = await payload.findByID({ collection: 'sites', id: update.siteId, depth: 0, select: { name: true }, disableErrors: true, overrideAccess: true }) // trusted listener
  if (!site) return false
  await payload.create({
    collection: UPDATES,
    data: { site: update.siteId, kind, titlePl: update.titlePl, titleEn: update.titleEn, url: update.url, at: at.toISOString() },
    overrideAccess: true, // trusted listener: the platform records what another plugin announced
  })
  return true
}

/** One listener per event name (`newsletter.site-update`). */
export const siteUpdateListeners = (events: readonly string[] = SITE_UPDATE_EVENTS): EventListener[] =>
  events.map((event) => ({
    event: event as PlatformEventName,
    name: 'newsletter.site-update',
    handler: async (data, { payload }) => {
      await storeSiteUpdate(payload, event, data)
    },
  }))
