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

import { relationId } from '../access'
import { SITE_LOCALES } from './templateConfig'

const CACHE_CONTROL = 'public, max-age=60'
const DEFAULT_LOCALES = { default: 'pl', enabled: [...SITE_LOCALES] }

const notFound = () => Response.json({ errors: [{ message: 'Site not found.' }] }, { status: 404 })

/** The published version of the site called `identifier`, with the site's public fields only; undefined if there is none. */
export const findPublishedSite = async (req: PayloadRequest, identifier: string) => {
  // Visitors have no read access to sites or versions; this reads exactly the published snapshot and
  // the site's public fields (never owner, draft config or version history), so it skips access control.
  const found = await req.payload.find({
    collection: 'sites',
    where: { and: [{ identifier: { equals: identifier } }, { publishedVersion: { exists: true } }] },
    select: { identifier: true, name: true, publishedVersion: true, publishedAt: true },
    limit: 1,
    depth: 0,
    overrideAccess: true, // visitors cannot read sites; this selects only the published site's public fields
    req,
  })
  const site = found.docs[0]
  const versionId = relationId(site?.publishedVersion)
  if (!site || versionId === undefined) return undefined
  const versions = await req.payload.find({
    collection: 'site-versions',
    where: { and: [{ id: { equals: versionId } }, { site: { equals: site.id } }] },
    select: { configSnapshot: true, versionNumber: true },
    limit: 1,
    depth: 0,
    overrideAccess: true, // only the snapshot the site publishes, matched to that site
    req,
  })
  const version = versions.docs[0]
  if (!version) return undefined
  return { site, version }
}

export const publicSiteEndpoint: Endpoint = {
  path: '/public/sites/:identifier',
  method: 'get',
  handler: async (req) => {
    const raw = req.routeParams?.identifier
    const identifier = typeof raw === 'string' ? decodeURIComponent(raw).trim().toLowerCase() : ''
    if (!identifier || identifier.length > 63) return notFound()
    const published = await findPublishedSite(req, identifier)
    if (!published) return notFound()
    const { site, version } = published
    // The version id names the snapshot; the name is the site's own (not versioned), so it is part of the tag too.
    const etag = `"${createHash('sha256').update(`${String(version.id)}\n${site.name}`).digest('base64url').slice(0, 27)}"`
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
