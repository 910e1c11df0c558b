/**
 * GET /api/public/sites/:identifier/testimonials?page=&limit=&locale= — a published site's approved testimonials
 * for visitors and other front ends: featured first, then newest, `limit` (1–50, default 10) a page; their public
 * fields only (never the author's address); exact rating statistics; and the site's summary in `locale`
 * (pl | en, default pl) when the summary job has written one (else `summary: null`). Cached publicly for a
 * minute with an ETag (304 on a matching If-None-Match). 400 bad parameters, 404 unknown or unpublished site.
 */
import { createHash } from 'node:crypto'

import { findPublishedSite, jsonError, requestLocale, visitorEndpoint } from '@platform'
import { findApproved, ratingStatsOf, summaryOf } from '../data/publicData'
import { FORM_TEXTS } from '../lib/formRules'

export const CACHE_CONTROL = 'public, max-age=60'
export const PAGE_LIMIT = { default: 10, max: 50 }

const QUERY_TEXTS = {
  pl: {
    page: 'Parametr page musi być liczbą całkowitą nie mniejszą niż 1.',
    limit: `Parametr limit musi być liczbą całkowitą od 1 do ${PAGE_LIMIT.max}.`,
    locale: 'Parametr locale może mieć wartość pl albo en.',
  },
  en: {
    page: 'The page parameter must be a whole number of at least 1.',
    limit: `The limit parameter must be a whole number from 1 to ${PAGE_LIMIT.max}.`,
    locale: 'The locale parameter may be pl or en.',
  },
} as const

/** A whole number in [min, max] from a query parameter, the fallback when absent, undefined when malformed. */
const wholeNumber = (raw: string | null, fallback: number, min: number, max: number): number | undefined => {
  if (raw === null || raw === '') return fallback
  if (!/^\d{1,6}$/.test(raw)) return undefined
  const value = Number(raw)
  return value >= min && value <= max ? value : undefined
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

export const listPublicEndpoint = visitorEndpoint({
  path: '/public/sites/:identifier/testimonials',
  method: 'get',
  handler: async (req) => {
    const say = QUERY_TEXTS[requestLocale(req)]
    const site = await findPublishedSite(req, req.routeParams?.identifier)
    if (!site) return jsonError(FORM_TEXTS[requestLocale(req)].errors.siteNotFound, 404)
    const page = wholeNumber(req.searchParams.get('page'), 1, 1, 100_000)
    if (page === undefined) return jsonError(say.page, 400)
    const limit = wholeNumber(req.searchParams.get('limit'), PAGE_LIMIT.default, 1, PAGE_LIMIT.max)
    if (limit === undefined) return jsonError(say.limit, 400)
    const locale = req.searchParams.get('locale') ?? 'pl'
    if (locale !== 'pl' && locale !== 'en') return jsonError(say.locale, 400)

    const [testimonials, stats, summary] = await Promise.all([
      findApproved(req.payload, site.id, { page, limit, req }),
      ratingStatsOf(req.payload, site.id, req),
      summaryOf(req.payload, site.id, locale, req),
    ])
    const body = JSON.stringify({
      testimonials: testimonials.docs,
      page: testimonials.page,
      limit,
      totalDocs: testimonials.totalDocs,
      totalPages: testimonials.totalPages,
      stats,
      summary,
    })
    const etag = etagOf(body)
    const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag }
    const ifNoneMatch = req.headers.get('if-none-match')
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
  },
})
