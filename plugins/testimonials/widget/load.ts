/**
 * What a widget shows, read from the database on a cache miss: the published site (its name, default language
 * and theme colour), the count and average over every approved testimonial, and the first `limit` approved ones,
 * featured first, then the newest. Only `approved` testimonials are ever read here.
 */
import type { PayloadRequest, Where } from 'payload'

import { findPublishedSite } from '@platform'
import { TESTIMONIALS } from '../slugs'
import type { WidgetLang, WidgetOptions } from './options'
import type { WidgetData, WidgetTestimonial } from './render'
import { accentColour } from './styles'

type Ranked = { id: number | string; rating: number; isFeatured?: boolean | null; givenAt?: string | null; createdAt: string }

const when = (item: { givenAt?: string | null; createdAt: string }) => item.givenAt ?? item.createdAt

/** Featured first, then the newest (given, else stored), then the latest stored: a total order, so the widget is stable. */
export const widgetOrder = (a: Ranked, b: Ranked): number =>
  Number(Boolean(b.isFeatured)) - Number(Boolean(a.isFeatured)) ||
  Date.parse(when(b)) - Date.parse(when(a)) ||
  Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
  String(b.id).localeCompare(String(a.id), 'en', { numeric: true })

/** The average of the ratings with one decimal's precision kept (rounded when shown); null for none. */
export const averageOf = (ratings: number[]): number | null =>
  ratings.length ? Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 100) / 100 : null

type Snapshot = { locales?: { default?: unknown }; theme?: { colors?: { primary?: unknown } } }

/** The widget's data for the published site called `identifier`, or null when there is none (404). */
export const loadWidgetData = async (req: PayloadRequest, identifier: string, options: WidgetOptions): Promise<(WidgetData & { siteId: string }) | null> => {
  const site = await findPublishedSite(req, identifier, { withVersion: true })
  if (!site) return null
  const snapshot = (site.version.configSnapshot ?? {}) as Snapshot
  const siteLang: WidgetLang = snapshot.locales?.default === 'en' ? 'en' : 'pl'
  const approved: Where[] = [{ site: { equals: site.id } }, { status: { equals: 'approved' } }]
  // Every approved one, four small columns each: the exact count and average, and the order to pick the first `limit` by.
  const ranked = await req.payload.find({
    collection: TESTIMONIALS,
    where: { and: approved },
    select: { rating: true, isFeatured: true, givenAt: true, createdAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted: visitors cannot read testimonials; this reads only the approved ones of a published site
    req,
  })
  const ratings = ranked.docs as Ranked[]
  const first = [...ratings].sort(widgetOrder).slice(0, options.limit)
  const found = first.length
    ? await req.payload.find({
        collection: TESTIMONIALS,
        where: { and: [...approved, { id: { in: first.map((item) => item.id) } }] },
        select: {
          authorName: true,
          rating: true,
          content: true,
          reply: true,
          isFeatured: true,
          isVerifiedClient: true,
          emailVerifiedAt: true,
          givenAt: true,
          createdAt: true,
        },
        pagination: false,
        depth: 0,
        overrideAccess: true, // trusted: the approved testimonials picked above, for the public widget (no email addresses selected)
        req,
      })
    : { docs: [] }
  const testimonials: WidgetTestimonial[] = (found.docs as (Ranked & Record<string, unknown>)[]).sort(widgetOrder).map((doc) => ({
    authorName: String(doc.authorName ?? ''),
    rating: Number(doc.rating),
    content: String(doc.content ?? ''),
    reply: typeof doc.reply === 'string' && doc.reply.trim() ? doc.reply : null,
    isFeatured: Boolean(doc.isFeatured),
    isVerifiedClient: Boolean(doc.isVerifiedClient),
    isEmailVerified: Boolean(doc.emailVerifiedAt),
    givenAt: new Date(when(doc)).toISOString(),
  }))
  const platformURL = (req.payload.config.serverURL || '').replace(/\/+$/, '')
  return {
    siteId: String(site.id),
    site: { name: site.name, identifier: site.identifier, url: `${platformURL}/s/${encodeURIComponent(site.identifier)}` },
    lang: options.lang ?? siteLang,
    accent: accentColour(snapshot.theme?.colors?.primary),
    totalCount: ratings.length,
    averageRating: averageOf(ratings.map((item) => Number(item.rating))),
    testimonials,
  }
}
