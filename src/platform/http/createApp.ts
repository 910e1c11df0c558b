/**
 * The Express app in front of everything: /healthz, Payload's REST and GraphQL
 * API under /api (served by Payload's own handlers, the same ones its Next
 * routes call), the public sites (`/s/<identifier>` and sites' own domains,
 * rendered and cached here, before Next: src/platform/sites/render/router.ts),
 * and Next.js for the admin and the platform's own pages.
 * No global body parser: Payload reads request bodies itself.
 */
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'
import { handleEndpoints } from 'payload'

import { createSiteRouter } from '../sites/render/router'
import { CLIENT_IP_HEADER } from './clientIp'
import { sendFetchResponse, toFetchRequest } from './fetchBridge'
import { checkHealth } from './health'

type NextHandler = (req: ExpressRequest, res: ExpressResponse) => Promise<void>

export const createApp = ({ payload, baseURL, next }: { payload: Payload; baseURL: string; next?: NextHandler }) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(payload)
    res.status(health.status === 'ok' ? 200 : 503).json(health)
  })

  // Before /api and Next: a site's own domain serves its pages at the root (its /api still reaches Payload).
  const sites = createSiteRouter({ payload, platformURL: payload.config.serverURL || baseURL })
  app.use(sites.router)

  const graphql = GRAPHQL_POST(Promise.resolve(payload.config))
  app.post('/api/graphql', async (req, res, fail: NextFunction) => {
    try {
      await sendFetchResponse(await graphql(toFetchRequest(req, baseURL)), res)
    } catch (error) {
      fail(error)
    }
  })

  app.all(['/api', '/api/{*path}'], async (req, res, fail: NextFunction) => {
    try {
      // The client's address as Express resolved it (TRUST_PROXY applied) for rate limits; a value
      // the client sent under this name is replaced, never trusted.
      req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
      const response = await handleEndpoints({ config: Promise.resolve(payload.config), request: toFetchRequest(req, baseURL) })
      await sendFetchResponse(response, res)
    } catch (error) {
      fail(error)
    }
  })

  if (next) app.all('/{*splat}', (req, res) => next(req, res))

  // A public page already rendered and confirmed is written before Express sets up the request:
  // Express's own per-request work costs several times what such a hit needs (the speed target in
  // README "Departures from DESIGN.md"). Anything else goes through Express as usual, `sites.router` included.
  // (`app(req, res)` calls `app.handle`, an Express internal its types leave out.)
  type Handle = (req: IncomingMessage, res: ServerResponse, done?: NextFunction) => void
  const withHandle = app as typeof app & { handle: Handle }
  const expressHandle = withHandle.handle.bind(app)
  withHandle.handle = (req, res, done) => {
    if (!sites.serveCached(req, res)) expressHandle(req, res, done)
  }
  return app
}
