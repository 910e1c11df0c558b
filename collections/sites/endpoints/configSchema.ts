/**
 * GET /api/sites/config-schema: the section types' JSON Schemas, fonts and
 * locales for the admin's site editor. Signed-in users only (401 otherwise).
 * Built on request, so section types that plugins register at start-up are included.
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { buildConfigSchema } from '../../../src/platform/sites/configSchema'

export const configSchemaEndpoint: Endpoint = {
  path: '/config-schema',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in first.', 401)
    return Response.json(buildConfigSchema(), { headers: { 'cache-control': 'private, no-store' } })
  },
}
