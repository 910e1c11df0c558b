/** Shapes shared by the public renderer's files. */
import type { Payload } from 'payload'
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

/**
 * What a section renderer receives. `Props` is the section's saved config (its schema's type);
 * `Data` is what its `load` returned for this render: undefined when it has no loader, or the loader failed.
 */
export type SectionProps<Props extends object = SectionData, Data = undefined> = {
  section: Props
  locale: SiteLocale
  /** The heading element for the section's own heading (the first section of a page may carry the page's h1). */
  headingLevel: 'h1' | 'h2'
  site: SiteMeta
  preview: boolean
  image: (ref: unknown) => ResolvedImage | undefined
  /** The path of a page of this site in the current language (`''` slug = home). */
  pagePath: (slug: string, locale?: SiteLocale) => string
  data?: Data
}

/** What a section's server-side `load` receives. */
export type SectionLoadArgs<Props extends object = SectionData> = {
  payload: Payload
  site: SiteMeta
  locale: SiteLocale
  /** The section's saved config. */
  props: Props
  /** True in the draft preview (never cached). */
  preview: boolean
}

/**
 * How long the HTML of a page showing loaded data may be reused. A section with `load` gives one or both:
 * - `invalidatedBy`: collection slugs (site-scoped: their docs have a `site`); a change or delete there drops
 *   that site's cached pages in this process as soon as it commits. Other processes cannot hear it, so such
 *   pages are still re-rendered at least every SITE_DATA_MAX_AGE_MS (default 60 s) everywhere;
 * - `maxAgeSeconds`: the page is re-rendered at least this often (data nobody announces: time, other services).
 */
export type SectionCache = { invalidatedBy?: string[]; maxAgeSeconds?: number }

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds every section, each typed by its own props and data
type AnySectionProps = SectionProps<any, any>

export type SectionRenderer = {
  Component: ComponentType<AnySectionProps>
  /** Absolute path of a browser module exporting `mount(element: HTMLElement, props: unknown)`. */
  clientEntry?: string
  /** Server-side data for the section, run before the page renders; its result is the Component's `data`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  load?: (args: SectionLoadArgs<any>) => Promise<unknown>
  cache?: SectionCache
  /** Said instead of the interactive part in the draft preview of a site never published (see PlatformSection). */
  afterPublishing?: { pl: string; en: string }
  /** True when the loaded data leaves nothing to show: the section is left out of the page (no wrapper, no anchor). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  isEmpty?: (data: any) => boolean
}
