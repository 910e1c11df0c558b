/**
 * GET /api/public/sites/:identifier/components/:componentId — the sandboxed
 * document a custom component runs in (see frameDocument.ts for the headers).
 *
 * - Visitors get it only when the site is published, its published snapshot
 *   has a `customComponent` section naming this component, and the component
 *   belongs to that site. Cached publicly for a minute, with ETag/304.
 * - `?preview=1` from a signed-in user who may read the component (read as
 *   that user) serves it whether published or not, never cached.
 * - Anything else is a 404. `?lang=en|pl` is passed to the component as `locale`.
 * - A browser loading it as anything but an iframe (`Sec-Fetch-Dest: document`,
 *   a new tab, a link) gets a 403: see `mayServeFrame`.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import { parseRecordId, relationId } from '../access'
import { t } from '../i18n/labels'
import { say } from '../i18n/requestLocale'
import { findPublishedSite, parseSiteIdentifier } from '../sites/findPublishedSite'
import { usesComponent } from './componentRefs'
import { frameHeaders, frameHtml, frameLang, mayServeFrame, notInFrameHtml, scriptHash } from './frameDocument'

const PUBLIC_CACHE = 'public, max-age=60'
const PREVIEW_CACHE = 'private, no-store'

/** In the visitor's language (Accept-Language). */
const notFound = (req: PayloadRequest) =>
  Response.json(
    { errors: [{ message: say(req, t('This component is not on the site (any more).', 'Tego komponentu nie ma (już) na stronie.')) }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

type Component = { id: number | string; name?: string | null; compiledJs?: string | null; site?: unknown }

// Route parameters arrive decoded already (decoding again would misread `%2541` and throw on `%25E0`).
const param = (req: PayloadRequest, name: string) => {
  const raw = req.routeParams?.[name]
  return typeof raw === 'string' ? raw.trim() : ''
}

/** The component as the signed-in caller may read it, on the site called `identifier`. */
const previewComponent = async (req: PayloadRequest, identifier: string, componentId: string): Promise<Component | undefined> => {
  const found = await req.payload.find({
    collection: 'custom-react-components',
    where: { id: { equals: componentId } },
    select: { name: true, compiledJs: true, site: true },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const component = found.docs[0]
  const siteId = relationId(component?.site)
  if (!component || siteId === undefined) return undefined
  const sites = await req.payload.find({
    collection: 'sites',
    where: { and: [{ id: { equals: siteId } }, { identifier: { equals: identifier } }] },
    select: { identifier: true },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return sites.docs[0] ? component : undefined
}

/** The component when the published site shows it, with the published version's id (part of the ETag). */
const publishedComponent = async (req: PayloadRequest, identifier: string, componentId: string) => {
  const published = await findPublishedSite(req, identifier, { withVersion: true })
  if (!published || !usesComponent(published.version.configSnapshot, componentId)) return undefined
  const found = await req.payload.find({
    collection: 'custom-react-components',
    where: { and: [{ id: { equals: componentId } }, { site: { equals: published.id } }] },
    select: { name: true, compiledJs: true, site: true },
    limit: 1,
    depth: 0,
    overrideAccess: true, // Visitors cannot read components; this serves only one the published snapshot of its own site shows.
    req,
  })
  const component = found.docs[0]
  return component ? { component, versionId: published.version.id } : undefined
}

export const componentFrameEndpoint: Endpoint = {
  path: '/public/sites/:identifier/components/:componentId',
  method: 'get',
  handler: async (req) => {
    if (!mayServeFrame(req.headers.get('sec-fetch-dest'))) {
      return new Response(notInFrameHtml(frameLang(req.searchParams.get('lang'))), {
        status: 403,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
          'Cache-Control': 'no-store',
          Vary: 'Sec-Fetch-Dest',
        },
      })
    }
    const identifier = parseSiteIdentifier(req.routeParams?.identifier)
    const componentId = param(req, 'componentId')
    if (!identifier || !componentId || componentId.length > 64) return notFound(req)
    // Not a storable id (int4 on PostgreSQL, ObjectId on MongoDB): it names no component and must not reach a query.
    if (parseRecordId(componentId) === undefined) return notFound(req)
    const lang = frameLang(req.searchParams.get('lang'))

    if (req.searchParams.get('preview') === '1' && req.user) {
      const component = await previewComponent(req, identifier, componentId)
      if (!component?.compiledJs) return notFound(req)
      const js = component.compiledJs
      return new Response(frameHtml({ js, lang, title: component.name ?? '' }), { headers: frameHeaders(js, PREVIEW_CACHE) })
    }

    const found = await publishedComponent(req, identifier, componentId)
    const js = found?.component.compiledJs
    if (!found || !js) return notFound(req)
    const etag = `"${createHash('sha256')
      .update(`${String(found.versionId)}\n${lang}\n${scriptHash(js)}\n${found.component.name ?? ''}`)
      .digest('base64url')
      .slice(0, 27)}"`
    const headers = { ...frameHeaders(js, PUBLIC_CACHE), ETag: etag }
    const ifNoneMatch = req.headers.get('if-none-match')
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(frameHtml({ js, lang, title: found.component.name ?? '' }), { headers })
  },
}
