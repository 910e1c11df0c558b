/**
 * Sections that load data: their loaders run (in parallel, before the
 * synchronous render) and decide how long the rendered page may be reused.
 *
 * The bound, for README-facing docs: a page without loaders is cached until
 * its site changes (as ever). A page with loaders is re-rendered at least
 * every `maxAgeSeconds` of its strictest section; sections that name
 * `invalidatedBy` collections instead are dropped at once in the process
 * that made the change and, in every other process, re-rendered at least
 * every SITE_DATA_MAX_AGE_MS (default 60 s). A failed loader's page is kept
 * at most FAILED_DATA_MAX_AGE_MS, so a passing failure heals quickly.
 */
import type { Payload } from 'payload'

import type { SiteLocale } from '../templateConfig'
import type { SectionCache, SectionData, SectionRenderer, SiteMeta } from './types'

export const DEFAULT_DATA_MAX_AGE_MS = 60_000
export const FAILED_DATA_MAX_AGE_MS = 5_000
/** A loader slower than this counts as failed: the visitor gets the page without its data. */
export const LOAD_TIMEOUT_MS = 5_000

/** The default reuse bound of a page with loaded data (SITE_DATA_MAX_AGE_MS). */
export const dataMaxAgeMs = (env: Record<string, string | undefined> = process.env): number => {
  const ms = Number(env.SITE_DATA_MAX_AGE_MS ?? DEFAULT_DATA_MAX_AGE_MS)
  return Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_DATA_MAX_AGE_MS
}

/**
 * How long a rendered page may be served from memory: undefined (until the site changes) when none of its
 * sections loads data; otherwise the smallest of its sections' max-ages (`maxAgeSeconds`, else `defaultMs`),
 * and at most `FAILED_DATA_MAX_AGE_MS` when a loader failed.
 */
export const pageMaxAgeMs = ({
  caches,
  failed,
  defaultMs,
}: {
  caches: (SectionCache | undefined)[]
  failed: boolean
  defaultMs: number
}): number | undefined => {
  if (!caches.length) return undefined
  const ages = caches.map((cache) => (cache?.maxAgeSeconds !== undefined ? cache.maxAgeSeconds * 1000 : defaultMs))
  return Math.min(...ages, failed ? FAILED_DATA_MAX_AGE_MS : Infinity)
}

/** Refuses, at config time, a loader with no cache rule and malformed rules. */
export const checkSectionCache = (type: string, { load, cache }: Pick<SectionRenderer, 'load' | 'cache'>): void => {
  const { invalidatedBy, maxAgeSeconds } = cache ?? {}
  if (maxAgeSeconds !== undefined && !(Number.isFinite(maxAgeSeconds) && maxAgeSeconds > 0)) {
    throw new Error(`Section "${type}": cache.maxAgeSeconds must be a positive number of seconds`)
  }
  if (invalidatedBy !== undefined && (!Array.isArray(invalidatedBy) || invalidatedBy.some((slug) => typeof slug !== 'string' || !slug))) {
    throw new Error(`Section "${type}": cache.invalidatedBy must be a list of collection slugs`)
  }
  if (load && !invalidatedBy?.length && maxAgeSeconds === undefined) {
    throw new Error(
      `Section "${type}" loads data but does not say when its cached page goes stale: ` +
        'give cache.invalidatedBy (the collections whose changes show in it) or cache.maxAgeSeconds',
    )
  }
  if (!load && cache) throw new Error(`Section "${type}" has cache rules but no load`)
}

export type LoadedSections = {
  /** Each loaded section's data, by the section object itself (the config the renderer is given). */
  data: Map<SectionData, unknown>
  /** See pageMaxAgeMs. */
  maxAgeMs: number | undefined
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The loader took longer than ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Runs the loaders of `sections` (the visible sections of one page) in parallel. A loader that throws
 * or times out is logged and its section renders with `data: undefined`: one section never breaks a page.
 */
export const loadSections = async ({
  payload,
  site,
  locale,
  preview,
  sections,
  rendererOf,
  defaultMaxAgeMs,
  timeoutMs = LOAD_TIMEOUT_MS,
}: {
  payload: Payload
  site: SiteMeta
  locale: SiteLocale
  preview: boolean
  sections: SectionData[]
  rendererOf: (type: string) => SectionRenderer | undefined
  defaultMaxAgeMs: number
  timeoutMs?: number
}): Promise<LoadedSections> => {
  const data = new Map<SectionData, unknown>()
  const loading = sections.flatMap((section) => {
    const renderer = rendererOf(section.type)
    return renderer?.load ? [{ section, load: renderer.load, cache: renderer.cache }] : []
  })
  if (!loading.length) return { data, maxAgeMs: undefined }
  let failed = false
  await Promise.all(
    loading.map(async ({ section, load }) => {
      try {
        data.set(
          section,
          await withTimeout(
            Promise.resolve().then(() => load({ payload, site, locale, props: section, preview })),
            timeoutMs,
          ),
        )
      } catch (error) {
        failed = true
        payload.logger.error({ err: error, msg: `The "${section.type}" section of site ${site.identifier} could not load its data; rendered without it` })
      }
    }),
  )
  return { data, maxAgeMs: pageMaxAgeMs({ caches: loading.map(({ cache }) => cache), failed, defaultMs: defaultMaxAgeMs }) }
}
