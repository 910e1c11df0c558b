/**
 * Pages a plugin adds INSIDE every published site (the contract's `sitePages`): `events/:slug` is served at
 * `/s/<identifier>/events/<slug>`, `/s/<identifier>/en/events/<slug>` and on the site's own domain, rendered in
 * the site's look (theme, header, navigation, language switch, footer) and cached like the site's pages.
 * A path has two or more segments and starts with a literal one, so it never shadows a page of the owner's
 * (those are one segment: `/<slug>`). `load` gives the page's data, or undefined for the site's 404.
 */
import type { Payload } from 'payload'
import type { ComponentType } from 'react'

import type { SiteLocale } from '../templateConfig'
import type { SectionCache, SiteMeta } from './types'

export type SitePageLoadArgs = {
  payload: Payload
  site: SiteMeta
  locale: SiteLocale
  /** The `:name` parts of the path, decoded once. */
  params: Record<string, string>
  /** True in the draft preview (`?preview=1` by a signed-in member; never cached). */
  preview: boolean
}

export type SitePageProps<Data> = {
  data: Data
  params: Record<string, string>
  locale: SiteLocale
  site: SiteMeta
  preview: boolean
  /** The path of a page of this site (`''` home, `'oferta'`, or another plugin page's `'events/x'`) in a language (default: this page's). */
  pagePath: (slug: string, locale?: SiteLocale) => string
  /** This page's absolute URL (its canonical address). */
  url: string
  /** Where the site is served: `https://platforma.pl` or `https://<own domain>`. */
  origin: string
}

/** What the page puts into its `<head>`; the site's own title, LocalBusiness markup and theme are added around it. */
export type SitePageHead = {
  title: string
  description?: string
  /** An absolute image URL for Open Graph. */
  image?: string
  /** schema.org objects, each in its own `<script type="application/ld+json">` (escaped by the platform). */
  jsonLd?: Record<string, unknown>[]
}

/** One address of a site page in the site's sitemap.xml: its `:name` parts and when it last changed. */
export type SitePageSitemapEntry = { params: Record<string, string>; lastmod?: string | null }

export type SitePageSitemapArgs = { payload: Payload; site: SiteMeta; now: Date }

export type SitePage<Data = unknown> = {
  /** Below the site's root, after the language prefix: `events/:slug` (literal first segment, 2+ segments). */
  path: string
  /** The page's data; undefined answers the site's own 404 page (a draft, an unknown slug). Runs on cache misses only. */
  load: (args: SitePageLoadArgs) => Promise<Data | undefined>
  /** When the rendered page goes stale, as a section's (`invalidatedBy` collections, `maxAgeSeconds`). Required. */
  cache: SectionCache
  head: (props: SitePageProps<Data>) => SitePageHead
  /** The page's content inside `<main>`, rendered on the server (no hydration). */
  Component: ComponentType<SitePageProps<Data>>
  /** An absolute path of a browser module exporting `mount(element, props)`: the page's content is then an island. */
  clientEntry?: string
  /**
   * The addresses of this page that belong in the site's sitemap.xml (e.g. published, upcoming events), each as
   * its params; listed in every enabled language. Optional: without it the page is in no sitemap. Runs when the
   * sitemap is rendered (cached like the page, by the same `cache` rules).
   */
  sitemap?: (args: SitePageSitemapArgs) => Promise<SitePageSitemapEntry[]>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page types its own data (defineSitePage)
export type AnySitePage = SitePage<any>

/** Declares a site page with its data type inferred from `load`. */
export const defineSitePage = <Data>(page: SitePage<Data>): SitePage<Data> => page

/** The island name of a site page with a client entry (its content's `data-island`). */
export const sitePageIsland = (path: string): string => `site-page:${path}`

const pages = new Map<string, AnySitePage & { owner: string }>()
let version = 0

const shape = (path: string) =>
  path
    .split('/')
    .map((part) => (part.startsWith(':') ? ':' : part))
    .join('/')

/** Refuses, at config time, a path that could shadow the owner's pages or another plugin's page, and missing cache rules. */
export const checkSitePage = (page: AnySitePage, owner: string): void => {
  const parts = page.path.split('/')
  const literal = /^[a-z0-9][a-z0-9-]*$/
  const param = /^:[A-Za-z][A-Za-z0-9]*$/
  if (parts.length < 2 || !literal.test(parts[0]) || parts.some((part) => !literal.test(part) && !param.test(part)) || ['pl', 'en'].includes(parts[0]))
    throw new Error(
      `Plugin "${owner}": the site page "${page.path}" must be two or more segments (lowercase literals or :params), starting with a literal other than a language`,
    )
  const { invalidatedBy, maxAgeSeconds } = page.cache ?? {}
  if (!invalidatedBy?.length && maxAgeSeconds === undefined)
    throw new Error(`Plugin "${owner}": the site page "${page.path}" must say when its cached HTML goes stale (cache.invalidatedBy or cache.maxAgeSeconds)`)
  if (maxAgeSeconds !== undefined && !(Number.isFinite(maxAgeSeconds) && maxAgeSeconds > 0))
    throw new Error(`Plugin "${owner}": the site page "${page.path}": cache.maxAgeSeconds must be a positive number of seconds`)
  if (page.clientEntry !== undefined && !page.clientEntry.startsWith('/'))
    throw new Error(`Plugin "${owner}": the clientEntry of the site page "${page.path}" must be an absolute path`)
  for (const [path, other] of pages)
    if (shape(path) === shape(page.path) && other.owner !== owner)
      throw new Error(`Plugin "${owner}" adds the site page "${page.path}", which the plugin "${other.owner}" serves already`)
}

/** Registers a plugin's site page (the same owner may register it again: a plugin applied twice). */
export const registerSitePage = (page: AnySitePage, { owner }: { owner: string }): void => {
  checkSitePage(page, owner)
  pages.set(page.path, { ...page, owner })
  version++
}

/** The site page the segments below the language prefix name, with its params; undefined when none does. */
export const matchSitePage = (rest: string[]): { page: AnySitePage; params: Record<string, string> } | undefined => {
  if (rest.length < 2) return undefined
  for (const page of pages.values()) {
    const pattern = page.path.split('/')
    if (pattern.length !== rest.length) continue
    const params: Record<string, string> = {}
    const matches = pattern.every((part, index) => {
      if (!part.startsWith(':')) return part === rest[index]
      params[part.slice(1)] = rest[index]
      return Boolean(rest[index])
    })
    if (matches) return { page, params }
  }
  return undefined
}

/** The path below the site's root that `params` fill in (`events/:slug` → `events/joga`); undefined when one is missing or not a plain segment. */
export const fillSitePagePath = (path: string, params: Record<string, string>): string | undefined => {
  const parts = path.split('/').map((part) => {
    if (!part.startsWith(':')) return part
    const value = params[part.slice(1)]
    return typeof value === 'string' && value && !value.includes('/') ? encodeURIComponent(value) : undefined
  })
  return parts.every((part) => part !== undefined) ? parts.join('/') : undefined
}

/** The site pages that list addresses in the sitemap. */
export const sitemapSitePages = (): AnySitePage[] => [...pages.values()].filter((page) => typeof page.sitemap === 'function')

/** `[island, module]` for every site page with a client entry (bundled with the sections' islands). */
export const sitePageClientEntries = (): [string, string][] =>
  [...pages.values()].filter((page) => page.clientEntry).map((page): [string, string] => [sitePageIsland(page.path), page.clientEntry!])

/** Bumped whenever the site pages change, so the client bundle is rebuilt when needed. */
export const sitePagesVersion = (): number => version
