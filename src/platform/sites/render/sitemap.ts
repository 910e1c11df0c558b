/**
 * sitemap.xml of a site: every page in every enabled language, each with its language alternates, then the
 * plugins' pages inside the site (`extra`: `events/<slug>` with its own lastmod).
 */
import type { SiteLocale } from '../templateConfig'
import type { SiteLocales } from './urls'

import { escapeHtml as escapeXml } from '../../http/escapeHtml'

export const renderSitemap = ({
  pages,
  locales,
  url,
  lastmod,
  extra = [],
}: {
  pages: { slug: string }[]
  extra?: { slug: string; lastmod?: string | null }[]
  locales: SiteLocales
  url: (slug: string, locale: SiteLocale) => string
  lastmod?: string | null
}): string => {
  const dateOf = (value: string | null | undefined) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined)
  const siteDate = dateOf(lastmod)
  const listed = [
    ...(pages.length ? pages.map((page) => page.slug) : ['']).map((slug) => ({ slug, date: siteDate })),
    ...extra.map((page) => ({ slug: page.slug, date: dateOf(page.lastmod) })),
  ]
  const entries = listed.flatMap(({ slug, date }) =>
    locales.enabled.map((locale) => {
      const alternates =
        locales.enabled.length > 1
          ? locales.enabled.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(url(slug, other))}"/>`).join('')
          : ''
      return `<url><loc>${escapeXml(url(slug, locale))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}${alternates}</url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join('')}</urlset>\n`
}
