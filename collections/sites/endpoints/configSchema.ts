/**
 * GET /api/sites/config-schema: the section types' JSON Schemas, fonts and
 * locales for the admin's site editor. Signed-in users only (401 otherwise).
 * Built on request, so section types that plugins register at start-up are included.
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { MESSAGES } from '../../../src/platform/i18n/messages'
import { requestLocale, say } from '../../../src/platform/i18n/requestLocale'
import { readJsonBody } from '../../../src/platform/http/json'
import { buildConfigSchema } from '../../../src/platform/sites/configSchema'
import { validateTemplateConfig } from '../../../src/platform/sites/templateConfig'

export const configSchemaEndpoint: Endpoint = {
  path: '/config-schema',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, MESSAGES.signIn), 401)
    return Response.json(buildConfigSchema(), { headers: { 'cache-control': 'private, no-store' } })
  },
}

/**
 * POST /api/sites/check-config {config}: what saving that configuration would refuse, each problem with its
 * config path (the editor marks that input) and its sentence in the caller's language. Reads nothing stored;
 * signed-in users only.
 */
export const checkConfigEndpoint: Endpoint = {
  path: '/check-config',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, MESSAGES.signIn), 401)
    const body = await readJsonBody(req)
    const result = validateTemplateConfig(body.config, { lang: requestLocale(req) })
    return Response.json(result.ok ? { ok: true, issues: [] } : { ok: false, issues: result.issues }, { headers: { 'cache-control': 'private, no-store' } })
  },
}
