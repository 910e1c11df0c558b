/**
 * GET /api/public/sites/:identifier — the PUBLISHED configuration of a
 * published site, for client widgets (no sign-in):
 * `{ identifier, name, locales, publishedAt, versionNumber, config }`, where
 * `config` is the snapshot of the site's `publishedVersion`. The draft config
 * is never exposed. Unknown or never-published sites are a 404.
 * Cached publicly for a minute, with an ETag (changes on every publish) and
 * 304 on a matching `If-None-Match`.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import { MESSAGES } from '../i18n/messages'
import { say } from '../i18n/requestLocale'
import { findPublishedSite } from './findPublishedSite'
import { SITE_LOCALES } from './templateConfig'

const CACHE_CONTROL = 'public, max-age=60'
const DEFAULT_LOCALES = { default: 'pl', enabled: [...SITE_LOCALES] }

/** In the visitor's language (Accept-Language). */
const notFound = (req: PayloadRequest) => Response.json({ errors: [{ message: say(req, MESSAGES.siteNotFound) }] }, { status: 404 })

export const publicSiteEndpoint: Endpoint = {
  path: '/public/sites/:identifier',
  method: 'get',
  handler: async (req) => {
    const site = await findPublishedSite(req, req.routeParams?.identifier, { withVersion: true })
    if (!site) return notFound(req)
    const { version } = site
    // The version id names the snapshot; the name is the site's own (not versioned), so it is part of the tag too.
    const etag = `"${createHash('sha256')
      .update(`${String(version.id)}\n${site.name}`)
      .digest('base64url')
      .slice(0, 27)}"`
    const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag }
    const ifNoneMatch = req.headers.get('if-none-match')
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))) {
      return new Response(null, { status: 304, headers })
    }
    const config = (version.configSnapshot ?? {}) as { locales?: unknown }
    return Response.json(
      {
        identifier: site.identifier,
        name: site.name,
        locales: config.locales ?? DEFAULT_LOCALES,
        publishedAt: site.publishedAt ?? null,
        versionNumber: version.versionNumber ?? null,
        config,
      },
      { headers },
    )
  },
}
