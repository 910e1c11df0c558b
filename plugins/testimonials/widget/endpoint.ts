/**
 * The embeddable widget, for other websites (README "Testimonials" → "Widget"):
 * - `GET /api/public/sites/:identifier/testimonials/widget` — the iframe page (`?lang=pl|en&limit=&theme=light|dark&layout=list|carousel`),
 *   framable by any site (`frame-ancestors *`);
 * - `…/widget?format=json` — the same as data, with the rendered markup and CSS, for the script embed (CORS `*`);
 * - `…/widget.js` — the script embed's loader.
 * Visitors only: the session is dropped, no cookie is read and none is set, and CORS allows any origin without
 * credentials. Answers come from the in-process cache (cache.ts) with `Cache-Control: public, max-age, stale-while-revalidate`
 * and an ETag (304 on `If-None-Match`). An unknown or unpublished site is a 404 that says nothing more.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import { jsonError, parseSiteIdentifier, requestLocale, t, visitorEndpoint, findPublishedSite } from '@platform'
import { widgetCache, widgetCacheSeconds, type CachedAnswer } from './cache'
import { loadWidgetData } from './load'
import { LOADER_SCRIPT } from './loaderScript'
import { optionsKey, parseWidgetOptions, type WidgetFormat, type WidgetOptions } from './options'
import { renderWidgetHtml, renderWidgetPage, WIDGET_PAGE_CSP } from './render'
import { widgetCss } from './styles'

const PATH = '/public/sites/:identifier/testimonials/widget'

/** Any origin may read the widget; nothing is shared with it (no credentials), so no `Vary: Origin` either. */
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, OPTIONS', 'Cross-Origin-Resource-Policy': 'cross-origin' }

const DEFAULT_STALE_SECONDS = 300

/** Browsers and proxies keep an answer as long as this process does, then may serve it a while longer as they recheck. */
export const widgetCacheControl = (): string => {
  const stale = Number(process.env.TESTIMONIALS_WIDGET_STALE_SECONDS ?? DEFAULT_STALE_SECONDS)
  return `public, max-age=${widgetCacheSeconds()}, stale-while-revalidate=${Number.isFinite(stale) && stale >= 0 ? Math.floor(stale) : DEFAULT_STALE_SECONDS}`
}

/** The visitor's language from Accept-Language only (no cookie is read here). */
const visitorLang = (req: PayloadRequest) =>
  requestLocale({ headers: new Headers({ 'accept-language': req.headers.get('accept-language') ?? '' }), payload: req.payload, user: null })

const notFound = (req: PayloadRequest) => jsonError(t('Not found.', 'Nie znaleziono.')[visitorLang(req)], 404, { ...CORS, 'Cache-Control': 'no-store' })

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

const answer = (siteId: string, body: string, headers: Record<string, string>): CachedAnswer => ({ siteId, body, etag: etagOf(body), headers })

/** Builds the answer on a cache miss; null for a site that is not there (or not published). */
const build = async (req: PayloadRequest, identifier: string, options: WidgetOptions): Promise<CachedAnswer | null> => {
  if (options.format === 'js') {
    const site = await findPublishedSite(req, identifier)
    return site ? answer(String(site.id), LOADER_SCRIPT, { 'Content-Type': 'text/javascript; charset=utf-8' }) : null
  }
  const data = await loadWidgetData(req, identifier, options)
  if (!data) return null
  const { siteId, ...shown } = data
  const render = { theme: options.theme, layout: options.layout }
  if (options.format === 'html') {
    return answer(siteId, renderWidgetPage(shown, render), {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': WIDGET_PAGE_CSP,
    })
  }
  const body = JSON.stringify({
    site: { name: shown.site.name, url: shown.site.url },
    lang: shown.lang,
    totalCount: shown.totalCount,
    averageRating: shown.averageRating,
    testimonials: shown.testimonials,
    html: renderWidgetHtml(shown, render),
    css: widgetCss({ theme: options.theme, accent: shown.accent }),
  })
  return answer(siteId, body, { 'Content-Type': 'application/json; charset=utf-8' })
}

const matches = (header: string | null, etag: string) => Boolean(header && header.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim())))

const serve = (fixedFormat?: WidgetFormat) => async (req: PayloadRequest) => {
  const identifier = parseSiteIdentifier(req.routeParams?.identifier)
  if (!identifier) return notFound(req)
  const parsed = parseWidgetOptions(req.searchParams, { fixedFormat })
  if (!parsed.ok) return jsonError(parsed.message[visitorLang(req)], 400, { ...CORS, 'Cache-Control': 'no-store' })
  const found = await widgetCache.resolve(`${identifier}\n${optionsKey(parsed.options)}`, () => build(req, identifier, parsed.options))
  if (!found) return notFound(req)
  const headers = { ...found.headers, ...CORS, 'Cache-Control': widgetCacheControl(), ETag: found.etag }
  if (matches(req.headers.get('if-none-match'), found.etag)) return new Response(null, { status: 304, headers })
  return new Response(found.body, { status: 200, headers })
}

/** A preflight (a simple GET needs none; a page that adds headers of its own does). */
const preflight = async () =>
  new Response(null, {
    status: 204,
    headers: { ...CORS, 'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match', 'Access-Control-Max-Age': '86400' },
  })

export const widgetEndpoints: Endpoint[] = [
  visitorEndpoint({ path: PATH, method: 'get', handler: serve() }),
  visitorEndpoint({ path: `${PATH}.js`, method: 'get', handler: serve('js') }),
  visitorEndpoint({ path: PATH, method: 'options', handler: preflight }),
  visitorEndpoint({ path: `${PATH}.js`, method: 'options', handler: preflight }),
]
