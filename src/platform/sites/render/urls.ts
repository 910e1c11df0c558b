/**
 * Public URLs of a site's pages. The home page (the first page) is the site's
 * root, other pages `/<slug>`; the default language has no prefix, the other
 * enabled language is a prefix: `/en`, `/en/<slug>`. Under the platform the
 * root is `/s/<identifier>`; on the site's own domain it is `/`.
 */
import { SITE_LOCALES, type SiteLocale } from '../templateConfig'
import type { SiteBase } from './types'

export type SiteLocales = { default: SiteLocale; enabled: SiteLocale[] }
type PageLike = { slug: string }

const isLocale = (value: unknown): value is SiteLocale => (SITE_LOCALES as readonly unknown[]).includes(value)

/** The config's locales, or both languages with Polish first when the config has none. */
export const localesOf = (config: { locales?: { default?: unknown; enabled?: unknown } } | undefined): SiteLocales => {
  const enabled = Array.isArray(config?.locales?.enabled) ? config.locales.enabled.filter(isLocale) : []
  const fallback = isLocale(config?.locales?.default) ? config.locales.default : 'pl'
  return enabled.length ? { default: enabled.includes(fallback) ? fallback : enabled[0], enabled } : { default: 'pl', enabled: ['pl', 'en'] }
}

/** The path of a page: `homeSlug` (the first page) is the root. */
export const pagePath = ({
  base,
  locales,
  locale,
  slug,
  homeSlug,
}: {
  base: SiteBase
  locales: SiteLocales
  locale: SiteLocale
  slug: string
  homeSlug?: string
}) => {
  const parts = [base.pathPrefix]
  if (locale !== locales.default) parts.push(`/${locale}`)
  if (slug && slug !== homeSlug) parts.push(`/${slug}`)
  return parts.join('') || '/'
}

export type ParsedSitePath<Page extends PageLike> =
  | { kind: 'page'; locale: SiteLocale; page: Page | undefined }
  | { kind: 'sitemap' }
  | { kind: 'robots' }
  | { kind: 'redirect'; locale: SiteLocale; page: Page }
  | { kind: 'notFound'; locale: SiteLocale }

/**
 * What the path segments after the site's root name. A site without pages still has its home (page
 * undefined). The home page under its own slug redirects to the root.
 */
export const parseSitePath = <Page extends PageLike>(segments: string[], locales: SiteLocales, pages: Page[]): ParsedSitePath<Page> => {
  const rest = segments.filter(Boolean)
  if (rest.length === 1 && rest[0] === 'sitemap.xml') return { kind: 'sitemap' }
  if (rest.length === 1 && rest[0] === 'robots.txt') return { kind: 'robots' }
  let locale = locales.default
  if (isLocale(rest[0])) {
    if (rest[0] === locales.default || !locales.enabled.includes(rest[0])) return { kind: 'notFound', locale }
    locale = rest.shift() as SiteLocale
  }
  if (rest.length === 0) return { kind: 'page', locale, page: pages[0] }
  if (rest.length > 1) return { kind: 'notFound', locale }
  const index = pages.findIndex((page) => page.slug === rest[0])
  if (index < 0) return { kind: 'notFound', locale }
  if (index === 0) return { kind: 'redirect', locale, page: pages[0] }
  return { kind: 'page', locale, page: pages[index] }
}
