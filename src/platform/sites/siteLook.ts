/**
 * A published site's look for a page the platform serves outside the site's own pages (a plugin's page
 * reached from an email, say a booking's manage page): its name, its address, the stylesheet of its theme
 * (the same custom properties and base styles as its pages) and the address of the first page holding a
 * section of a given type. A trusted read of public facts only; undefined when the site is not published.
 */
import type { Payload } from 'payload'

import type { SiteLocale } from './templateConfig'

import { relationId } from '../access/ids'
import { fontFaceCss } from './render/fonts'
import { SITE_CSS } from './render/styles'
import { themeCss } from './render/theme'
import { localesOf, pagePath } from './render/urls'

type Snapshot = {
  theme?: { colors?: Record<string, string | undefined>; fonts?: { heading?: string; body?: string } }
  locales?: { default?: unknown; enabled?: unknown }
  pages?: { slug?: string; sections?: { type?: string; id?: string; hidden?: boolean }[] }[]
}

export type SiteLook = {
  name: string
  identifier: string
  /** The site's home in `locale`, absolute (`<serverURL>/s/<identifier>`, with `/en` for a second language). */
  homeUrl: string
  /** The theme's self-hosted `@font-face` rules, `:root{--color-…}` and the public sites' base styles: wrap the page in `<main>` and it looks like the site. */
  css: string
  /** The first page holding a visible section of `type`, absolute, with the section's anchor when it has an id. */
  sectionUrl: (type: string) => string | undefined
}

/** The look of the published site `siteId` names (an id or a populated relationship), for a page in `locale`. */
export const publishedSiteLook = async (payload: Payload, siteId: unknown, locale: SiteLocale = 'pl'): Promise<SiteLook | undefined> => {
  const id = relationId(siteId)
  if (id === undefined) return undefined
  const site = await payload.findByID({
    collection: 'sites',
    id,
    depth: 0,
    select: { name: true, identifier: true, publishedVersion: true },
    disableErrors: true,
    overrideAccess: true, // trusted: a published site's name, address and public theme, for a page about it
  })
  const versionId = relationId(site?.publishedVersion)
  if (!site || versionId === undefined) return undefined
  const version = await payload.findByID({
    collection: 'site-versions',
    id: versionId,
    depth: 0,
    select: { configSnapshot: true },
    disableErrors: true,
    overrideAccess: true, // trusted: only the published snapshot's theme, languages and page list
  })
  const config = (version?.configSnapshot ?? {}) as Snapshot
  const locales = localesOf(config)
  const shown = locales.enabled.includes(locale) ? locale : locales.default
  const origin = (payload.config.serverURL || '').replace(/\/$/, '')
  const base = { pathPrefix: `/s/${encodeURIComponent(site.identifier)}`, origin }
  type Page = NonNullable<Snapshot['pages']>[number] & { slug: string }
  const pages = (config.pages ?? []).filter((page): page is Page => typeof page.slug === 'string')
  const homeSlug = pages[0]?.slug
  const path = (slug: string) => `${origin}${pagePath({ base, locales, locale: shown, slug, homeSlug })}`
  return {
    name: site.name,
    identifier: site.identifier,
    homeUrl: path(homeSlug ?? ''),
    css: `${fontFaceCss(config.theme?.fonts)}${themeCss(config.theme)}${SITE_CSS}`,
    sectionUrl: (type) => {
      for (const page of pages) {
        const section = (page.sections ?? []).find((candidate) => candidate?.type === type && !candidate.hidden)
        if (section) return `${path(page.slug)}${section.id ? `#${encodeURIComponent(section.id)}` : ''}`
      }
      return undefined
    },
  }
}
