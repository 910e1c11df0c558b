/**
 * Express routes of the public sites, mounted before Next (and before /api
 * for other hosts' root paths):
 * - `/s/<identifier>[/<locale>][/<page>]`, `/s/<identifier>/sitemap.xml`, `/robots.txt`;
 *   `?preview=1` from a signed-in member shows the draft;
 * - the same paths at the root of a published site's own domain (Host header),
 *   except `/api/…` and `/_site-assets/…`, which work there as everywhere;
 * - a redirect to another host for hosts a plugin names (`hostRedirects`: a domain's www form);
 * - `/_site-assets/<hash>.js`, the client bundle of interactive sections.
 * Requests for any other host fall through unchanged. `serveCached` answers
 * cache hits before Express (createApp hooks it in); this router does the rest.
 */
import type { NextFunction, Request, Response } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { Router } from 'express'

import { couldBeSiteDomain, hostnameOf } from '../domain'
import { hostRedirectFor, hostRedirectResponse } from '../hostRedirects'
import { clientBundle } from './clientBundle'
import { findPreviewSite } from './preview'
import { createPublicPages, notFoundResponse, type PageResponse } from './publicPages'

const IDENTIFIER = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const PASS_THROUGH = /^\/(?:api|_site-assets|_next|admin|healthz)(?:\/|$)/

/** Writes a response with Node's own API (its headers carry Content-Length, so no chunked encoding). */
const send = (req: IncomingMessage, res: ServerResponse, page: PageResponse, headers: Record<string, string> = page.headers) => {
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' || page.status === 304 ? undefined : page.body)
}

/**
 * A cached page's headers with the ones every response carries (createApp's security headers) in front,
 * merged once per cached entry: a hit then makes one writeHead call and no setHeader at all.
 */
const withCommon = (() => {
  const merged = new WeakMap<Record<string, string>, Record<string, string>>()
  return (page: Record<string, string>, common: Record<string, string>) => {
    let headers = merged.get(page)
    if (!headers) merged.set(page, (headers = { ...common, ...page }))
    return headers
  }
})()

/** The path's segments, decoded; undefined when one cannot be decoded (a 404). */
const segmentsOf = (path: string): string[] | undefined => {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return undefined
  }
}

export const createSiteRouter = ({ payload, platformURL }: { payload: Payload; platformURL: string }) => {
  const platform = new URL(platformURL)
  const platformHost = platform.hostname.toLowerCase()
  const pages = createPublicPages({ payload, platformOrigin: platform.origin })
  const router = Router()
  /** The platform's own host, or one that cannot be a site's domain (an IP address, a name without a dot). */
  const isPlatformHost = (host: string) => host === platformHost || !couldBeSiteDomain(host)

  const guard = (handler: (req: Request, res: Response, next: NextFunction) => Promise<void>) => (req: Request, res: Response, next: NextFunction) =>
    handler(req, res, next).catch(next)

  // A published site's own domain: its pages at the root. Another host a plugin names (a domain's www form)
  // is sent there, path and query kept.
  router.use(
    guard(async (req, res, next) => {
      const host = hostnameOf(req.headers.host)
      if (isPlatformHost(host) || PASS_THROUGH.test(req.path)) return next()
      const isRead = req.method === 'GET' || req.method === 'HEAD'
      const identifier = isRead ? await pages.identifierForDomain(host) : undefined
      if (!identifier) {
        const target = await hostRedirectFor(payload, host)
        if (!target) return next()
        const redirect = hostRedirectResponse(req.method, target, req.originalUrl)
        res.writeHead(redirect.status, redirect.headers)
        return void res.end()
      }
      const segments = segmentsOf(req.path)
      if (!segments) return send(req, res, notFoundResponse())
      send(req, res, await pages.page({ identifier, segments, domain: host, ifNoneMatch: req.headers['if-none-match'] }))
    }),
  )

  router.get(
    '/_site-assets/:file',
    guard(async (req, res) => {
      const bundle = await clientBundle()
      if (!bundle || req.params.file !== `${bundle.hash}.js`) {
        res.status(404).type('text/plain').send('Not found')
        return
      }
      res.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(bundle.code.length),
      })
      res.end(req.method === 'HEAD' ? undefined : bundle.code)
    }),
  )

  router.get(
    ['/s/:identifier', '/s/:identifier/{*rest}'],
    guard(async (req, res) => {
      const identifier = String(req.params.identifier).toLowerCase()
      const segments = segmentsOf(req.path)?.slice(2)
      if (!IDENTIFIER.test(identifier) || !segments) return send(req, res, notFoundResponse())
      if (req.query.preview === '1' && req.headers.cookie) {
        const site = await findPreviewSite({ payload, req, identifier })
        if (site) return send(req, res, await pages.preview({ site, segments }))
      }
      send(req, res, await pages.page({ identifier, segments, ifNoneMatch: req.headers['if-none-match'] }))
    }),
  )

  /**
   * Serves a page straight from memory, before Express sees the request, and says whether it did.
   * Only plain GET/HEAD of a page already rendered, for a site confirmed within the recheck interval
   * (and, on a custom domain, a host remembered as that site's); everything else goes through Express.
   */
  /** `common`: headers every response carries, written with the page's own (its own win). */
  const serveCached = (req: IncomingMessage, res: ServerResponse, common: Record<string, string> = {}): boolean => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return false
    const queryAt = req.url.indexOf('?')
    if (queryAt >= 0 && /(?:^|&)preview=/.test(req.url.slice(queryAt + 1))) return false
    const path = queryAt >= 0 ? req.url.slice(0, queryAt) : req.url
    const host = hostnameOf(req.headers.host)
    let identifier: string | undefined
    let segments: string[] | undefined
    let domain: string | undefined
    if (isPlatformHost(host)) {
      if (!path.startsWith('/s/')) return false
      const all = segmentsOf(path)
      identifier = all?.[1]?.toLowerCase()
      segments = all?.slice(2)
    } else {
      if (PASS_THROUGH.test(path)) return false
      identifier = pages.knownDomain(host)
      segments = segmentsOf(path)
      domain = host
    }
    if (!identifier || !segments) return false
    const ifNoneMatch = req.headers['if-none-match']
    const page = pages.cachedPage({ identifier, segments, domain, ifNoneMatch })
    if (!page) return false
    send(req, res, page, withCommon(page.headers, common))
    return true
  }

  return { router, pages, serveCached }
}
