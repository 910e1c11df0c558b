import { jest } from '@jest/globals'

import { cacheLimitBytes, createPageCache, recheckMs } from './pageCache'

const page = (siteId: string, size: number) => ({ siteId, status: 200, headers: {}, notModifiedHeaders: {}, body: Buffer.alloc(size, 'a'), etag: '"x"' })

describe('page cache', () => {
  it('evicts the least recently used entries to stay within its byte limit, and drops a site at once', () => {
    const cache = createPageCache({ maxBytes: 3 * 1300 })
    cache.set('a', page('1', 1000))
    cache.set('b', page('1', 1000))
    cache.set('c', page('2', 1000))
    expect(cache.get('a')).toBeDefined() // now the most recent
    cache.set('d', page('2', 1000))
    expect(cache.get('b')).toBeUndefined()
    expect(['a', 'c', 'd'].map((key) => Boolean(cache.get(key)))).toEqual([true, true, true])
    expect(cache.bytes).toBeLessThanOrEqual(3 * 1300)
    cache.dropSite('2')
    expect(cache.size).toBe(1)
    cache.set('huge', page('3', 10_000))
    expect(cache.get('huge')).toBeUndefined()
  })

  it('forgets a page with loaded data once it expires; pages without a deadline stay', () => {
    jest.useFakeTimers({ now: new Date('2026-03-29T10:00:00Z') })
    try {
      const cache = createPageCache({ maxBytes: 1_000_000 })
      cache.set('data', { ...page('1', 10), expiresAt: Date.now() + 1000 })
      cache.set('plain', page('1', 10))
      jest.advanceTimersByTime(999)
      expect(cache.get('data')).toBeDefined()
      jest.advanceTimersByTime(1)
      expect(cache.get('data')).toBeUndefined()
      expect(cache.size).toBe(1)
      jest.advanceTimersByTime(86_400_000)
      expect(cache.get('plain')).toBeDefined()
    } finally {
      jest.useRealTimers()
    }
  })

  it('reads its limits from the environment', () => {
    expect(cacheLimitBytes({})).toBe(64 * 1024 * 1024)
    expect(cacheLimitBytes({ SITE_PAGE_CACHE_MB: '2' })).toBe(2 * 1024 * 1024)
    expect(recheckMs({})).toBe(1000)
    expect(recheckMs({ SITE_CACHE_RECHECK_MS: '250' })).toBe(250)
  })
})
