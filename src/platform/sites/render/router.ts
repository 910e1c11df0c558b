/**
 * Express routes of the public sites, mounted before Next (and before /api
 * for other hosts' root paths):
 * - `/s/<identifier>[/<locale>][/<page>]`, `/s/<identifier>/sitemap.xml`, `/robots.txt`;
 *   `?preview=1` from a signed-in member shows the draft;
 * - the same paths at the root of a published site's own domain (Host header),
 *   except `/api/…` and `/_site-assets/…`, which work there as everywhere;
 * - `/_site-assets/<hash>.js`, the client bundle of interactive sections.
 * Requests for any other host fall through unchanged.
 */
import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { Router } from 'express'

import { couldBeSiteDomain, hostnameOf } from '../domain'
import { clientBundle } from './clientBundle'
import { findPreviewSite } from './preview'
import { createPublicPages, notFoundResponse, type PageResponse } from './publicPages'

const IDENTIFIER = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const PASS_THROUGH = /^\/(?:api|_site-assets|_next|admin|healthz)(?:\/|$)/

const send = (req: Request, res: Response, page: PageResponse) => {
  // An explicit length: writeHead() fixes the headers, and without one Node would fall back to chunked encoding.
  const length = page.status === 304 || !page.body ? {} : { 'Content-Length': String(page.body.length) }
  res.writeHead(page.status, { ...page.headers, ...length })
  res.end(req.method === 'HEAD' || page.status === 304 ? undefined : page.body)
}

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

  const guard =
    (handler: (req: Request, res: Response, next: NextFunction) => Promise<void>) => (req: Request, res: Response, next: NextFunction) =>
      handler(req, res, next).catch(next)

  // A published site's own domain: its pages at the root.
  router.use(
    guard(async (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next()
      const host = hostnameOf(req.headers.host)
      if (host === platformHost || !couldBeSiteDomain(host) || PASS_THROUGH.test(req.path)) return next()
      const identifier = await pages.identifierForDomain(host)
      if (!identifier) return next()
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

  return { router, pages }
}
