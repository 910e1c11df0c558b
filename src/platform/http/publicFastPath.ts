/**
 * The hot path of visitors' pages, before Express: a plain `GET|HEAD /s/<identifier>[/…]`
 * on the platform's own host (no `preview` parameter) goes straight to the public pages
 * (src/platform/sites/render/publicPages.ts, cached) and is answered here. Measured with
 * `npm run bench` (scripts/bench/publicPage.bench.ts): Express's per-request work (request
 * and response prototypes, the router stack) cost several times the whole answer of a
 * cached page. Everything else, and anything this path does not recognise, goes to the
 * Express app unchanged, where the site router answers the same URLs the same way.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { PublicPages } from '../sites/render/publicPages'

import { couldBeSiteDomain, hostnameOf } from '../sites/domain'

const IDENTIFIER = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

export type PublicPageRequest = { identifier: string; segments: string[] }

/**
 * The page a request is for, when the fast path may answer it: `/s/<identifier>[/…]`
 * (lower-case prefix, valid identifier, decodable segments), no `preview` parameter, and a
 * host that is the platform's or could not be a site's own domain (those go through the
 * site router's domain handling). Anything else: undefined (Express decides).
 */
export const publicPageRequest = ({ method, url, host, platformHost }: { method?: string; url?: string; host?: string; platformHost: string }): PublicPageRequest | undefined => {
  if ((method !== 'GET' && method !== 'HEAD') || !url?.startsWith('/s/')) return undefined
  const queryAt = url.indexOf('?')
  if (queryAt !== -1 && new URLSearchParams(url.slice(queryAt + 1)).has('preview')) return undefined
  const hostname = hostnameOf(host)
  if (hostname !== platformHost && couldBeSiteDomain(hostname)) return undefined
  let segments: string[]
  try {
    segments = (queryAt === -1 ? url : url.slice(0, queryAt)).split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return undefined
  }
  const identifier = segments[1]?.toLowerCase()
  if (!identifier || !IDENTIFIER.test(identifier)) return undefined
  return { identifier, segments: segments.slice(2) }
}

export const withPublicFastPath = ({ app, pages, platformHost }: { app: RequestListener; pages: PublicPages; platformHost: string }): RequestListener => {
  const host = platformHost.toLowerCase()
  return (req: IncomingMessage, res: ServerResponse) => {
    const wanted = publicPageRequest({ method: req.method, url: req.url, host: req.headers.host, platformHost: host })
    if (!wanted) return void app(req, res)
    pages.page({ ...wanted, ifNoneMatch: req.headers['if-none-match'] }).then(
      (page) => {
        const length = page.status === 304 || !page.body ? {} : { 'Content-Length': String(page.body.length) }
        res.writeHead(page.status, { ...page.headers, ...length })
        res.end(req.method === 'HEAD' || page.status === 304 ? undefined : page.body)
      },
      // A failure (e.g. the database unreachable on a cache miss) gets Express's error handling.
      () => void app(req, res),
    )
  }
}
