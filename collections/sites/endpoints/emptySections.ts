/**
 * POST /api/sites/:id/empty-sections {config?}: which sections of the site's draft a visitor would not see
 * because they have nothing to show (src/platform/sites/render/emptySections.ts), each with the sentence
 * the site editor shows on its card ("Sekcja jest ukryta, bo …"). `config` is the editor's unsaved draft;
 * without it the saved draft is checked. Any role on the site may ask (the editor is read by all of them);
 * another tenant's site is a 404. The sections' loaders run as in the draft preview.
 */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { jsonError, readOptionalJsonBody } from '../../../src/platform/http/json'
import { requestLocale } from '../../../src/platform/i18n/requestLocale'
import { findEmptySections } from '../../../src/platform/sites/render/emptySections'
import { siteForCaller } from './siteAccess'

/** Bounds on what one request may make the loaders look at. */
export const MAX_PAGES = 50
export const MAX_SECTIONS_PER_PAGE = 100

const MESSAGES = {
  shape: {
    pl: `„config” musi być obiektem z listą „pages” (najwyżej ${MAX_PAGES} podstron po ${MAX_SECTIONS_PER_PAGE} sekcji).`,
    en: `"config" must be an object with a "pages" list (at most ${MAX_PAGES} pages of ${MAX_SECTIONS_PER_PAGE} sections).`,
  },
}

const draftSchema = z.object({
  pages: z
    .array(z.object({ sections: z.array(z.unknown()).max(MAX_SECTIONS_PER_PAGE).optional() }).passthrough())
    .max(MAX_PAGES)
    .optional(),
  locales: z
    .object({ default: z.enum(['pl', 'en']).optional() })
    .passthrough()
    .optional(),
})

export const emptySectionsEndpoint: Endpoint = {
  path: '/:id/empty-sections',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'read')
    const body = await readOptionalJsonBody(req)
    const parsed = draftSchema.safeParse(body.config === undefined ? (site.templateConfig ?? {}) : body.config)
    if (!parsed.success) return jsonError(MESSAGES.shape[requestLocale(req)], 400)
    const config = parsed.data
    const sections = await findEmptySections({
      payload: req.payload,
      site: { id: site.id, identifier: site.identifier, name: site.name, domain: null, publishedAt: null },
      config,
      locale: config.locales?.default ?? 'pl',
    })
    return Response.json({ sections }, { headers: { 'cache-control': 'private, no-store' } })
  },
}
