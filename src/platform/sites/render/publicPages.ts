/**
 * The public pages of published sites, cached. One instance per app.
 *
 * What is kept in memory:
 * - per identifier, the site's public fields and published version id
 *   (`SiteState`), with the time it was last confirmed against the database,
 *   and (once needed) the published snapshot and its images;
 * - per custom domain, the identifier it belongs to (misses too, briefly);
 * - the rendered responses, in a byte-bounded LRU keyed by
 *   site + version + host kind + path (locale and page are in the path).
 * A cache hit reads no database. In this process a publish, restore, rename or
 * identifier/domain change drops the site's entries at once (siteEvents.ts).
 * A page whose sections load data (sectionData.ts) is rendered after its
 * loaders ran and expires after its max-age; a change to a collection such a
 * section names in `invalidatedBy` drops the site's pages in this process.
 * Other processes notice within `SITE_CACHE_RECHECK_MS`: a request for a
 * state older than that re-reads the site's row by id (one indexed query,
 * shared by concurrent requests) and drops what changed.
 */
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { ID } from '../../access'
import type { SiteBase, ResolvedImage, SiteMeta } from './types'

import { clientBundle } from './clientBundle'
import { readSiteHead, readSnapshot, resolveImages, type SiteHead } from './loadSite'
import { renderNotFoundPage } from './notFoundPage'
import { cacheLimitBytes, createPageCache, recheckMs, type CachedPage } from './pageCache'
import { sectionRenderer } from './registry'
import { hasIslands, isSitemapPath, pageSections, renderSitePage, renderSitePath, sitePageTarget, type RenderResult, type SiteConfig } from './renderPage'
import { dataMaxAgeMs, loadSections, pageMaxAgeMs, type LoadedSections } from './sectionData'
import { loadSitemapPages } from './sitemapPages'
import { onSiteChanged, onSiteDataChanged } from './siteEvents'

type SiteData = { config: SiteConfig; images: Map<string, ResolvedImage> }
type SiteState = { head: SiteHead | undefined; confirmedAt: number; data?: Promise<SiteData | undefined> }

/** A visitor's request for a page: the site, the path below its root, its own domain if served there, the ETag they have. */
export type PageRequest = { identifier: string; segments: string[]; domain?: string; ifNoneMatch?: string }

export type PageResponse = { status: number; headers: Record<string, string>; body?: Buffer }

/** How long a custom domain's owner is remembered (the site's recheck still confirms it) and how long an unknown domain. */
const DOMAIN_HIT_MS = 60_000
const DOMAIN_MISS_MS = 5_000
/** Bound on remembered identifiers and hosts, so made-up names cannot grow memory without end. */
const MAX_REMEMBERED = 10_000

const remember = <V>(map: Map<string, V>, key: string, value: V) => {
  map.delete(key)
  map.set(key, value)
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!)
}

export const PUBLIC_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"

const baseHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  ...(contentType.startsWith('text/html') ? { 'Content-Security-Policy': PUBLIC_CSP } : {}),
})

export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean =>
  Boolean(ifNoneMatch) && ifNoneMatch!.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))

export const notFoundResponse = (): PageResponse => {
  const body = Buffer.from(renderNotFoundPage())
  const headers = { ...baseHeaders('text/html; charset=utf-8'), 'Cache-Control': 'no-cache', 'X-Robots-Tag': 'noindex', 'Content-Length': String(body.length) }
  return { status: 404, headers, body }
}

const toResponse = (result: RenderResult, cacheControl: string, extra: Record<string, string> = {}): PageResponse => {
  const body = Buffer.from(result.body)
  const headers: Record<string, string> = { ...baseHeaders(result.contentType), 'Cache-Control': cacheControl, ...extra, 'Content-Length': String(body.length) }
  if (result.status === 301) headers.Location = result.location
  if (result.status === 404) headers['X-Robots-Tag'] = 'noindex'
  return { status: result.status, headers, body }
}

export const createPublicPages = ({ payload, platformOrigin, env = process.env }: { payload: Payload; platformOrigin: string; env?: NodeJS.ProcessEnv }) => {
  const cache = createPageCache({ maxBytes: cacheLimitBytes(env) })
  const recheck = recheckMs(env)
  const states = new Map<string, SiteState>()
  const pending = new Map<string, Promise<SiteState>>()
  const domains = new Map<string, { identifier: string | undefined; expires: number }>()

  const forgetSite = (siteId: string, identifiers: string[] = [], domainNames: string[] = []) => {
    cache.dropSite(siteId)
    for (const identifier of identifiers) states.delete(identifier)
    for (const [identifier, state] of states) if (state.head && String(state.head.id) === siteId) states.delete(identifier)
    for (const domain of domainNames) domains.delete(domain)
    for (const [domain, entry] of domains) if (entry.identifier && identifiers.includes(entry.identifier)) domains.delete(domain)
  }
  const unsubscribe = onSiteChanged((change) => forgetSite(change.siteId, change.identifiers, change.domains))
  const defaultDataMaxAge = dataMaxAgeMs(env)
  /** Per site, bumped when its data changes: a render whose loaders ran before the change is not cached. */
  const dataGenerations = new Map<string, number>()
  const unsubscribeData = onSiteDataChanged((siteId) => {
    remember(dataGenerations, siteId, (dataGenerations.get(siteId) ?? 0) + 1)
    cache.dropSite(siteId)
  })

  /** The loaded data of the sections on the page at `segments` (none: resolves at once with nothing). */
  const loadPageData = async (config: SiteConfig, segments: string[], site: SiteMeta, preview: boolean): Promise<LoadedSections | undefined> => {
    const target = pageSections(config, segments)
    if (!target) return undefined
    return loadSections({
      payload,
      site,
      locale: target.locale,
      preview,
      sections: target.sections,
      rendererOf: sectionRenderer,
      defaultMaxAgeMs: defaultDataMaxAge,
    })
  }

  const published = (head: SiteHead | undefined) => (head && head.versionId !== undefined ? head : undefined)

  /** Reads (or re-confirms) the state of `identifier`; concurrent callers share one query. */
  const refresh = (identifier: string, previous: SiteState | undefined): Promise<SiteState> => {
    const running = pending.get(identifier)
    if (running) return running
    const work = (async () => {
      const head = published(
        previous?.head
          ? await readSiteHead(payload, { id: { equals: previous.head.id } })
          : await readSiteHead(payload, { and: [{ identifier: { equals: identifier } }, { publishedVersion: { exists: true } }] }),
      )
      const same =
        previous?.head &&
        head &&
        String(head.versionId) === String(previous.head.versionId) &&
        head.identifier === previous.head.identifier &&
        head.name === previous.head.name &&
        head.domain === previous.head.domain &&
        head.publishedAt === previous.head.publishedAt
      if (previous?.head && !same) forgetSite(String(previous.head.id), [identifier])
      if (previous?.head && head && head.identifier !== identifier) {
        // Renamed elsewhere: this identifier no longer names the site.
        const gone: SiteState = { head: undefined, confirmedAt: Date.now() }
        states.set(identifier, gone)
        return gone
      }
      if (same) {
        // Unchanged: keep the same state (and its loaded snapshot), just confirmed now.
        previous!.confirmedAt = Date.now()
        return previous!
      }
      const state: SiteState = { head, confirmedAt: Date.now() }
      remember(states, identifier, state)
      return state
    })().finally(() => pending.delete(identifier))
    pending.set(identifier, work)
    return work
  }

  const stateOf = async (identifier: string): Promise<SiteState> => {
    const state = states.get(identifier)
    if (state && Date.now() - state.confirmedAt < recheck) return state
    return refresh(identifier, state)
  }

  const dataOf = (state: SiteState): Promise<SiteData | undefined> => {
    if (!state.data) {
      const head = state.head!
      state.data = (async () => {
        const config = await readSnapshot(payload, head.id, head.versionId as ID)
        if (!config) return undefined
        return { config: config as SiteConfig, images: await resolveImages(payload, head.id, config) }
      })()
      state.data.catch(() => {
        state.data = undefined
      })
    }
    return state.data
  }

  const scriptFor = async (config: SiteConfig): Promise<string | undefined> => (hasIslands(config) ? (await clientBundle())?.url : undefined)

  /**
   * Renders the path: a plugin's site page (its loader decides between the page and the site's 404) or one of
   * the site's own pages with its sections' data. `maxAgeMs`: how long the result may be reused (see sectionData.ts).
   */
  const renderAt = async ({
    config,
    images,
    site,
    base,
    segments,
    preview,
  }: {
    config: SiteConfig
    images: Map<string, ResolvedImage>
    site: SiteMeta
    base: SiteBase
    segments: string[]
    preview: boolean
  }): Promise<{ result: RenderResult; maxAgeMs: number | undefined }> => {
    const target = sitePageTarget(config, segments)
    if (target) {
      const [data, scriptUrl] = await Promise.all([
        target.page.load({ payload, site, locale: target.locale, params: target.params, preview }),
        target.page.clientEntry ? clientBundle().then((bundle) => bundle?.url) : undefined,
      ])
      const result = renderSitePage({ config, site, base, target, images, preview, scriptUrl, data })
      return { result, maxAgeMs: pageMaxAgeMs({ caches: [target.page.cache], failed: false, defaultMs: defaultDataMaxAge }) }
    }
    if (isSitemapPath(config, segments)) {
      // The plugins' pages inside the site (published events…) follow the site's own; cached by their rules.
      const { extra, maxAgeMs } = await loadSitemapPages({ payload, site, defaultMaxAgeMs: defaultDataMaxAge })
      return { result: renderSitePath({ config, site, base, segments, images, preview, sitemapExtra: extra }), maxAgeMs }
    }
    const [loaded, scriptUrl] = await Promise.all([loadPageData(config, segments, site, preview), scriptFor(config)])
    return { result: renderSitePath({ config, site, base, segments, images, preview, scriptUrl, sectionData: loaded?.data }), maxAgeMs: loaded?.maxAgeMs }
  }

  const platformBase = (identifier: string): SiteBase => ({ pathPrefix: `/s/${identifier}`, origin: platformOrigin })

  const keyOf = (head: SiteHead, domain: string | undefined, segments: string[]) =>
    `${head.id}|${head.versionId}|${domain ?? ''}|${segments.filter(Boolean).join('/')}`

  const respond = (entry: CachedPage, ifNoneMatch: string | undefined): PageResponse =>
    matchesEtag(ifNoneMatch, entry.etag)
      ? { status: 304, headers: entry.notModifiedHeaders }
      : { status: entry.status, headers: entry.headers, body: entry.body }

  return {
    /** The published page at `segments` below the site's root; `domain` when served on the site's own domain. */
    async page({ identifier, segments, domain, ifNoneMatch }: PageRequest): Promise<PageResponse> {
      const state = await stateOf(identifier)
      const head = state.head
      if (!head || (domain && head.domain !== domain)) return notFoundResponse()
      const key = keyOf(head, domain, segments)
      let entry: CachedPage | undefined = cache.get(key)
      if (!entry) {
        const data = await dataOf(state)
        if (!data) return notFoundResponse()
        const base: SiteBase = domain ? { pathPrefix: '', origin: `https://${domain}` } : platformBase(identifier)
        const site: SiteMeta = { id: head.id, identifier: head.identifier, name: head.name, domain: head.domain, publishedAt: head.publishedAt }
        const siteId = String(head.id)
        const generation = dataGenerations.get(siteId)
        const { result, maxAgeMs } = await renderAt({ config: data.config, images: data.images, site, base, segments, preview: false })
        if (result.status !== 200) return toResponse(result, 'no-cache')
        const body = Buffer.from(result.body)
        const etag = etagOf(body)
        // Every reuse revalidates (max-age=0) against this process, whose ETag changes with the data: no browser or
        // proxy keeps a page with loaded data longer than its max-age here, nor any other page longer than its version.
        const notModifiedHeaders = { ...baseHeaders(result.contentType), 'Cache-Control': 'public, max-age=0, must-revalidate', ETag: etag }
        const headers = { ...notModifiedHeaders, 'Content-Length': String(body.length) }
        entry = { siteId, status: 200, headers, notModifiedHeaders, body, etag }
        if (maxAgeMs !== undefined) entry.expiresAt = Date.now() + maxAgeMs
        // Only pages that exist are cached: made-up paths cannot push real pages out. Nor a render that
        // began before its site (or, for its loaders, the site's data) changed.
        if (states.get(identifier) === state && dataGenerations.get(siteId) === generation) cache.set(key, entry)
      }
      return respond(entry, ifNoneMatch)
    },

    /**
     * The page from memory only, or undefined when anything is missing or due for a recheck
     * (then `page()` does the full work). Synchronous, so a hit skips even Express (see createApp).
     */
    cachedPage({ identifier, segments, domain, ifNoneMatch }: PageRequest): PageResponse | undefined {
      const state = states.get(identifier)
      const head = state?.head
      if (!head || Date.now() - state.confirmedAt >= recheck || (domain && head.domain !== domain)) return undefined
      const entry = cache.get(keyOf(head, domain, segments))
      return entry && respond(entry, ifNoneMatch)
    },

    /** The identifier remembered for a domain (undefined: unknown, not yet looked up, or expired). */
    knownDomain(host: string): string | undefined {
      const known = domains.get(host)
      return known && known.expires > Date.now() ? known.identifier : undefined
    },

    /** The DRAFT of a site the caller may read, never cached. */
    async preview({
      site,
      segments,
    }: {
      site: { id: ID; identifier: string; name: string; domain?: string | null; templateConfig?: unknown; publishedAt?: string | null }
      segments: string[]
    }) {
      const config = (site.templateConfig ?? {}) as SiteConfig
      const meta: SiteMeta = { id: site.id, identifier: site.identifier, name: site.name, domain: site.domain, publishedAt: site.publishedAt }
      const images = await resolveImages(payload, site.id, config)
      const { result } = await renderAt({ config, images, site: meta, base: platformBase(site.identifier), segments, preview: true })
      const response = toResponse(result, 'private, no-store', { 'X-Robots-Tag': 'noindex' })
      if (response.headers.Location) response.headers.Location += '?preview=1'
      return response
    },

    /** The identifier of the published site whose domain is `host`, remembered (misses too). */
    async identifierForDomain(host: string): Promise<string | undefined> {
      const known = domains.get(host)
      if (known && known.expires > Date.now()) return known.identifier
      const head = published(await readSiteHead(payload, { and: [{ domain: { equals: host } }, { publishedVersion: { exists: true } }] }))
      remember(domains, host, { identifier: head?.identifier, expires: Date.now() + (head ? DOMAIN_HIT_MS : DOMAIN_MISS_MS) })
      return head?.identifier
    },

    stats: () => ({ entries: cache.size, bytes: cache.bytes, sites: states.size }),
    close: () => {
      unsubscribe()
      unsubscribeData()
      cache.clear()
    },
  }
}

export type PublicPages = ReturnType<typeof createPublicPages>
