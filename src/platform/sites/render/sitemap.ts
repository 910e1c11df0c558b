/** sitemap.xml of a site: every page in every enabled language, each with its language alternates. */
import type { SiteLocale } from '../templateConfig'
import type { SiteLocales } from './urls'

import { escapeHtml as escapeXml } from '../../http/escapeHtml'

export const renderSitemap = ({
  pages,
  locales,
  url,
  lastmod,
}: {
  pages: { slug: string }[]
  locales: SiteLocales
  url: (slug: string, locale: SiteLocale) => string
  lastmod?: string | null
}): string => {
  const slugs = pages.length ? pages.map((page) => page.slug) : ['']
  const date = lastmod && !Number.isNaN(Date.parse(lastmod)) ? new Date(lastmod).toISOString() : undefined
  const entries = slugs.flatMap((slug) =>
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
