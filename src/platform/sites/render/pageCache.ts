/**
 * An in-memory LRU of rendered responses, bounded by the total size of their
 * bodies (`SITE_PAGE_CACHE_MB`, default 64). Each entry carries the site it
 * belongs to, so a site's entries can be dropped at once. A Map keeps
 * insertion order; reading an entry moves it to the end (most recent).
 */
/**
 * A rendered 200 response; its headers are complete (written as they are on every hit), with and without the body.
 * `expiresAt` (epoch ms) only on pages showing loaded data (sectionData.ts); the others live until their site changes.
 */
export type CachedPage = {
  siteId: string
  status: number
  headers: Record<string, string>
  notModifiedHeaders: Record<string, string>
  body: Buffer
  etag: string
  expiresAt?: number
}

export const createPageCache = ({ maxBytes }: { maxBytes: number }) => {
  const entries = new Map<string, CachedPage & { bytes: number }>()
  let total = 0

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    total -= entry.bytes
  }

  return {
    get(key: string): CachedPage | undefined {
      const entry = entries.get(key)
      if (!entry) return undefined
      // Only pages with loaded data carry a deadline: the others pay one property read, no clock.
      if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
        remove(key)
        return undefined
      }
      entries.delete(key)
      entries.set(key, entry)
      return entry
    },
    set(key: string, page: CachedPage): void {
      remove(key)
      const bytes = page.body.length + key.length + 200
      if (bytes > maxBytes) return
      entries.set(key, { ...page, bytes })
      total += bytes
      for (const oldest of entries.keys()) {
        if (total <= maxBytes) break
        remove(oldest)
      }
    },
    /** Drops every entry of the site. */
    dropSite(siteId: string): void {
      for (const [key, entry] of entries) if (entry.siteId === siteId) remove(key)
    },
    clear(): void {
      entries.clear()
      total = 0
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return total
    },
  }
}

export type PageCache = ReturnType<typeof createPageCache>

export const cacheLimitBytes = (env: Record<string, string | undefined> = process.env): number => {
  const mb = Number(env.SITE_PAGE_CACHE_MB ?? 64)
  return Math.max(0, Number.isFinite(mb) ? mb : 64) * 1024 * 1024
}

export const recheckMs = (env: Record<string, string | undefined> = process.env): number => {
  const ms = Number(env.SITE_CACHE_RECHECK_MS ?? 1000)
  return Number.isFinite(ms) && ms >= 0 ? ms : 1000
}
