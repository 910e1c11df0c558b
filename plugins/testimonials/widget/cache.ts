/**
 * The widget's answers kept in memory (lru-cache): keyed by site identifier and options, each entry knowing its
 * site so a change to the site or its testimonials drops them (hooks.ts). Entries live
 * `TESTIMONIALS_WIDGET_CACHE_SECONDS` (default 60; `0` keeps nothing), which is also how stale another app
 * process can be: only the process that made a change hears of it.
 *
 * Two guards keep a dropped answer from coming back: requests that miss together share one load, and an answer
 * loaded while a drop happened is served to its own requests but not kept (the load may have read the rows
 * from before the change).
 */
import { LRUCache } from 'lru-cache'

/** One ready answer: its body and the headers that depend on the format. */
export type CachedAnswer = { siteId: string; body: string; etag: string; headers: Record<string, string> }

export type WidgetCacheStats = { hits: number; misses: number; loads: number; drops: number }

const DEFAULT_TTL_SECONDS = 60

/** The in-process lifetime of an answer, read on every store (so tests and benchmarks may change it). */
export const widgetCacheSeconds = (value: string | undefined = process.env.TESTIMONIALS_WIDGET_CACHE_SECONDS): number => {
  const seconds = value === undefined || value.trim() === '' ? DEFAULT_TTL_SECONDS : Number(value)
  return Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : DEFAULT_TTL_SECONDS
}

export const createWidgetCache = ({
  maxBytes = 32 * 1024 * 1024,
  ttlSeconds = () => widgetCacheSeconds(),
  now,
}: {
  maxBytes?: number
  ttlSeconds?: () => number
  /** A clock in ms (tests); the default is lru-cache's own (`performance.now()`). */
  now?: () => number
} = {}) => {
  const entries = new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => answer.body.length + key.length + 256,
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  })
  const loading = new Map<string, Promise<CachedAnswer | null>>()
  const stats: WidgetCacheStats = { hits: 0, misses: 0, loads: 0, drops: 0 }
  // Counts drops: an answer is kept only when no drop happened while it was loaded.
  let epoch = 0

  return {
    /** The cached answer for `key`, or the one `load` makes (null: nothing to answer, never kept). */
    async resolve(key: string, load: () => Promise<CachedAnswer | null>): Promise<CachedAnswer | null> {
      const cached = entries.get(key)
      if (cached) {
        stats.hits++
        return cached
      }
      stats.misses++
      const pending = loading.get(key)
      if (pending) return pending
      const started = epoch
      stats.loads++
      const loaded = load()
        .then((answer) => {
          const ttl = ttlSeconds() * 1000
          if (answer && ttl > 0 && epoch === started) entries.set(key, answer, { ttl })
          return answer
        })
        .finally(() => {
          if (loading.get(key) === loaded) loading.delete(key)
        })
      loading.set(key, loaded)
      return loaded
    },
    /** Drops every answer of the site, and lets requests from now on load afresh. */
    dropSite(siteId: string): void {
      epoch++
      stats.drops++
      loading.clear()
      const keys = [...entries.entries()].filter(([, answer]) => answer.siteId === siteId).map(([key]) => key)
      for (const key of keys) entries.delete(key)
    },
    clear(): void {
      epoch++
      loading.clear()
      entries.clear()
    },
    stats: (): WidgetCacheStats => ({ ...stats }),
    size: (): number => entries.size,
  }
}

export type WidgetCache = ReturnType<typeof createWidgetCache>

/** The process's one widget cache (the endpoint reads it, the hooks drop from it). */
export const widgetCache = createWidgetCache()
