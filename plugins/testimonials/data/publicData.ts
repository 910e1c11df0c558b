/**
 * Reads of what visitors may see, shared by the public endpoint and the section: approved testimonials of one
 * site (featured first, then newest), exact rating statistics and the site's summary in one language. Visitors
 * cannot read these collections, so the reads skip access control and select only public fields.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { FormLocale } from '../lib/formRules'
import { PUBLIC_SELECT, RATING_VALUES, ratingStats, toPublicTestimonial, type PublicTestimonial, type RatingStats } from '../lib/publicView'
import { SUMMARIES, TESTIMONIALS } from '../slugs'

type SiteId = number | string

/** Featured first, then the newest (by the day it was given, then when it was stored; ids keep pages stable). */
export const PUBLIC_SORT = ['-isFeatured', '-givenAt', '-createdAt', '-id']

export const approvedOf = (siteId: SiteId): Where => ({ and: [{ site: { equals: siteId } }, { status: { equals: 'approved' } }] })

export type TestimonialPage = { docs: PublicTestimonial[]; page: number; limit: number; totalDocs: number; totalPages: number }

export const findApproved = async (
  payload: Payload,
  siteId: SiteId,
  { page = 1, limit, req }: { page?: number; limit: number; req?: PayloadRequest },
): Promise<TestimonialPage> => {
  const found = await payload.find({
    collection: TESTIMONIALS,
    where: approvedOf(siteId),
    sort: PUBLIC_SORT,
    page,
    limit,
    depth: 0,
    select: PUBLIC_SELECT,
    overrideAccess: true, // public: approved testimonials of a published site, their public fields only
    req,
  })
  return { docs: found.docs.map(toPublicTestimonial), page: found.page ?? page, limit, totalDocs: found.totalDocs, totalPages: found.totalPages }
}

/** Exact count, average and histogram of the site's approved testimonials (one indexed count per rating). */
export const ratingStatsOf = async (payload: Payload, siteId: SiteId, req?: PayloadRequest): Promise<RatingStats> =>
  ratingStats(
    await Promise.all(
      RATING_VALUES.map(
        async (rating) =>
          (
            await payload.count({
              collection: TESTIMONIALS,
              where: { and: [...(approvedOf(siteId).and ?? []), { rating: { equals: rating } }] },
              overrideAccess: true, // public: how many approved testimonials of the site gave this rating
              req,
            })
          ).totalDocs,
      ),
    ),
  )

export type PublicSummary = {
  locale: FormLocale
  summary: string | null
  /** The recurring themes with a representative quote (from approved testimonials only). */
  themes: { theme: string; quote: string }[]
  totalCount: number
  averageRating: number | null
  histogram: unknown
  updatedAt: string | null
}

const themesOf = (value: unknown): PublicSummary['themes'] =>
  (Array.isArray(value) ? value : []).flatMap((item) => {
    const { theme, quote } = (item && typeof item === 'object' ? item : {}) as { theme?: unknown; quote?: unknown }
    return typeof theme === 'string' && typeof quote === 'string' ? [{ theme, quote }] : []
  })

/** The summary job's summary of the site in `locale`, when it has written one. */
export const summaryOf = async (payload: Payload, siteId: SiteId, locale: FormLocale, req?: PayloadRequest): Promise<PublicSummary | null> => {
  const found = await payload.find({
    collection: SUMMARIES,
    where: { and: [{ site: { equals: siteId } }, { locale: { equals: locale } }] },
    limit: 1,
    depth: 0,
    select: { locale: true, summary: true, detailedSummary: true, totalCount: true, averageRating: true, histogram: true, updatedAt: true },
    overrideAccess: true, // public: the site's summary, made from approved testimonials only
    req,
  })
  const doc = found.docs[0]
  if (!doc) return null
  return {
    locale,
    summary: doc.summary?.trim() ? doc.summary : null,
    themes: themesOf(doc.detailedSummary),
    totalCount: doc.totalCount ?? 0,
    averageRating: doc.averageRating ?? null,
    histogram: doc.histogram ?? null,
    updatedAt: doc.updatedAt ?? null,
  }
}
