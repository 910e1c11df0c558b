/** Shapes shared by the public renderer's files. */
import type { ComponentType } from 'react'

import type { SiteLocale } from '../templateConfig'

export type Localized = { pl?: string; en?: string }

/** A media asset's public file URLs (paths on the site's own origin), for `<img src srcset>`. */
export type ResolvedImage = {
  src: string
  width?: number
  height?: number
  /** Variants, narrowest first. */
  variants: { url: string; width: number; height?: number }[]
}

/** The site's public fields as the renderer needs them. */
export type SiteMeta = { id: number | string; identifier: string; name: string; domain?: string | null; publishedAt?: string | null }

/** Where the site is served: under the platform (`/s/<identifier>`) or at the root of its own domain. */
export type SiteBase = {
  /** Path prefix of the site on this host: `/s/<identifier>` or `''` on a custom domain. */
  pathPrefix: string
  /** Absolute origin for canonical/OG/sitemap URLs: the platform's public URL or `https://<domain>`. */
  origin: string
}

export type SectionData = { type: string; id?: string; hidden?: boolean } & Record<string, unknown>

/** What a section renderer receives. */
export type SectionProps = {
  section: SectionData
  locale: SiteLocale
  /** The heading element for the section's own heading (the first section of a page may carry the page's h1). */
  headingLevel: 'h1' | 'h2'
  site: SiteMeta
  preview: boolean
  image: (ref: unknown) => ResolvedImage | undefined
  /** The path of a page of this site in the current language (`''` slug = home). */
  pagePath: (slug: string, locale?: SiteLocale) => string
}

export type SectionRenderer = {
  Component: ComponentType<SectionProps>
  /** Absolute path of a browser module exporting `mount(element: HTMLElement, props: unknown)`. */
  clientEntry?: string
}
