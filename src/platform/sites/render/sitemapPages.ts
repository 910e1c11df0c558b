/**
 * The plugins' pages inside a site that belong in its sitemap.xml (`sitePages` entries with `sitemap`): their
 * addresses are asked for when the sitemap is rendered, in parallel. One failing page is logged and left out
 * (the sitemap of the site's own pages still answers), and the sitemap is then kept only briefly.
 */
import type { Payload } from 'payload'

import type { SiteMeta } from './types'

import { pageMaxAgeMs } from './sectionData'
import { fillSitePagePath, sitemapSitePages, type AnySitePage } from './sitePages'

export type SitemapExtra = { extra: { slug: string; lastmod?: string | null }[]; maxAgeMs: number | undefined }

export const loadSitemapPages = async ({
  payload,
  site,
  defaultMaxAgeMs,
  now = new Date(),
  pages = sitemapSitePages(),
}: {
  payload: Payload
  site: SiteMeta
  defaultMaxAgeMs: number
  now?: Date
  pages?: AnySitePage[]
}): Promise<SitemapExtra> => {
  if (!pages.length) return { extra: [], maxAgeMs: undefined }
  let failed = false
  const lists = await Promise.all(
    pages.map(async (page) => {
      try {
        const entries = (await page.sitemap!({ payload, site, now })) ?? []
        return entries.flatMap((entry) => {
          const slug = fillSitePagePath(page.path, entry.params ?? {})
          return slug ? [{ slug, lastmod: entry.lastmod }] : []
        })
      } catch (error) {
        failed = true
        payload.logger.error({ err: error, msg: `The site page "${page.path}" could not list its addresses for the sitemap of ${site.identifier}` })
        return []
      }
    }),
  )
  return { extra: lists.flat(), maxAgeMs: pageMaxAgeMs({ caches: pages.map((page) => page.cache), failed, defaultMs: defaultMaxAgeMs }) }
}
