/**
 * The Express app in front of everything: /healthz, Payload's REST and GraphQL
 * API under /api (served by Payload's own handlers, the same ones its Next
 * routes call), the public sites (`/s/<identifier>` and sites' own domains,
 * rendered and cached here, before Next: src/platform/sites/render/router.ts),
 * and Next.js for the admin and the platform's own pages.
 * No global body parser: Payload reads request bodies itself.
 */
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
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
  app.use(createSiteRouter({ payload, platformURL: payload.config.serverURL || baseURL }).router)

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
  return app
}
