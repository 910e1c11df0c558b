/**
 * The platform's request listener: the Express app (createApp.ts) with the plain-node hot
 * path for cached public pages in front of it (publicFastPath.ts). The server and the
 * tests' platform both listen with this, so the tests exercise what production runs.
 */
import type { RequestListener } from 'node:http'

import type { PublicPages } from '../sites/render/publicPages'

import { createApp } from './createApp'
import { withPublicFastPath } from './publicFastPath'

export const createHandler = (options: Parameters<typeof createApp>[0]): RequestListener => {
  const app = createApp(options)
  const platformURL = options.payload.config.serverURL || options.baseURL
  return withPublicFastPath({ app, pages: app.locals.publicPages as PublicPages, platformHost: new URL(platformURL).hostname })
}
