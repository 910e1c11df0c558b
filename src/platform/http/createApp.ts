/**
 * The Express app in front of everything: /healthz, Payload's REST and GraphQL
 * API under /api (served by Payload's own handlers, the same ones its Next
 * routes call), the public sites (`/s/<identifier>` and sites' own domains,
 * rendered and cached here, before Next: src/platform/sites/render/router.ts),
 * Monaco for the admin's code editor (monacoAssets.ts), the sites' fonts
 * (siteFontAssets.ts), and Next.js for the
 * admin and the platform's own pages.
 * No global body parser: Payload reads request bodies itself, after the
 * edge's limits and checks (apiBody.ts). Every response carries the
 * security headers (securityHeaders.ts); a request target with a control
 * character in it is refused before any route sees it.
 */
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'
import { handleEndpoints } from 'payload'

import { createSiteRouter } from '../sites/render/router'
import { allowedOriginsFor } from './allowedOrigins'
import { readApiBody } from './apiBody'
import { CLIENT_IP_HEADER } from './clientIp'
import { type CollectionRoutes, hasBadPaging, hasControlCharacters, namesNoRecord } from './edgeRules'
import { sendFetchResponse, toFetchRequest } from './fetchBridge'
import { checkHealth } from './health'
import { MONACO_VS_PATH, monacoAssets } from './monacoAssets'
import { sendError } from './requestBody'
import { applySecurityHeaders, hstsEnabled, securityHeaders } from './securityHeaders'
import { siteFontAssets } from './siteFontAssets'
import { SITE_FONTS_PATH } from '../sites/render/fonts'

type NextHandler = (req: ExpressRequest, res: ExpressResponse) => Promise<void>

export const createApp = ({ payload, baseURL, next }: { payload: Payload; baseURL: string; next?: NextHandler }) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(payload)
    res.status(health.status === 'ok' ? 200 : 503).json(health)
  })

  // The admin's code editor (Payload's json/code fields), from npm instead of a CDN (monacoAssets.ts);
  // before the sites' router, so the admin's editor works on a site's own domain as on the platform's.
  app.use(MONACO_VS_PATH, monacoAssets())

  // The public sites' fonts, from the Fontsource packages on npm (fonts.ts); on every host, sites' own domains included.
  app.use(SITE_FONTS_PATH, siteFontAssets())

  // Before /api and Next: a site's own domain serves its pages at the root (its /api still reaches Payload).
  const sites = createSiteRouter({ payload, platformURL: payload.config.serverURL || baseURL })
  app.use(sites.router)

  // Uploads may be as large as the media limit; every other body is small (edgeRules.ts).
  const api = payload.config.routes.api
  const uploadPaths = payload.config.collections.filter((collection) => collection.upload).map((collection) => `${api}/${collection.slug}`)
  // What the edge needs to know of each collection's routes to refuse ids no record can have (edgeRules.ts `namesNoRecord`).
  const collections: CollectionRoutes[] = payload.config.collections.map((collection) => {
    const firstSegments = (collection.endpoints || []).map((endpoint) => endpoint.path.split('/')[1] ?? '')
    return {
      slug: collection.slug,
      literals: new Set(firstSegments.filter((segment) => segment && !segment.startsWith(':'))),
      verifies: Boolean(collection.auth?.verify),
      versioned: Boolean(collection.versions),
      // A collection with text ids of its own (site-versions' UUIDs) takes any id.
      idOnly: payload.collections[collection.slug]?.customIDType !== 'text' && firstSegments.every((segment) => !segment.startsWith(':') || segment === ':id'),
    }
  })
  // CORS and CSRF allow-lists: PUBLIC_URL, plus what plugins allow per request (allowedOrigins.ts).
  const origins = allowedOriginsFor(payload)
  const serveApi = (handle: (request: Request) => Promise<Response>) => async (req: ExpressRequest, res: ExpressResponse, fail: NextFunction) => {
    if (namesNoRecord({ path: req.path, api, collections })) return sendError(res, 404, 'Not Found')
    if (hasBadPaging(new URL(req.url, baseURL).searchParams)) return sendError(res, 400, '"limit", "page" and "depth" must be whole numbers.')
    try {
      // The client's address as Express resolved it (TRUST_PROXY applied) for rate limits; a value
      // the client sent under this name is replaced, never trusted.
      req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
      const body = await readApiBody(req, res, { uploadPaths })
      if (!body) return
      // A site's own domain (or another origin a plugin allows) joins the CORS and CSRF lists for this request.
      const response = await origins.run(req.headers.origin, () => handle(toFetchRequest(req, baseURL, body.body)))
      body.beforeRespond(res)
      await sendFetchResponse(response, res)
    } catch (error) {
      // The edge answered already (a 413 while the handler read the body): nothing left to say.
      if (res.headersSent) return
      fail(error)
    }
  }

  const graphql = GRAPHQL_POST(Promise.resolve(payload.config))
  app.post(`${api}/graphql`, serveApi(graphql))

  app.all(
    [api, `${api}/{*path}`],
    serveApi((request) => handleEndpoints({ config: Promise.resolve(payload.config), request })),
  )

  if (next) app.all('/{*splat}', (req, res) => next(req, res))

  // A public page already rendered and confirmed is written before Express sets up the request:
  // Express's own per-request work costs several times what such a hit needs (the speed target in
  // README "Departures from DESIGN.md"). Anything else goes through Express as usual, `sites.router` included.
  // (`app(req, res)` calls `app.handle`, an Express internal its types leave out.)
  type Handle = (req: IncomingMessage, res: ServerResponse, done?: NextFunction) => void
  const withHandle = app as typeof app & { handle: Handle }
  const expressHandle = withHandle.handle.bind(app)
  const headers = securityHeaders({ hsts: hstsEnabled() })
  withHandle.handle = (req, res, done) => {
    // A NUL or other control character in the path or query names nothing here; handlers would pass it to PostgreSQL (a 500).
    const bad = hasControlCharacters(req.url ?? '')
    // A cache hit writes the security headers with its own in one call (the hot path); everything else gets them first.
    if (!bad && sites.serveCached(req, res, headers)) return
    applySecurityHeaders(res, headers)
    if (bad) return sendError(res, 400, 'The address may not contain control characters.')
    expressHandle(req, res, done)
  }
  return app
}
