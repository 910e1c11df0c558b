import { jest } from '@jest/globals'

import { createWidgetCache, widgetCacheSeconds, type CachedAnswer } from './cache'

const answer = (siteId: string, body = `body of ${siteId}`): CachedAnswer => ({ siteId, body, etag: `"${body}"`, headers: {} })

/** A load that finishes when told to. */
const deferred = () => {
  let finish!: (value: CachedAnswer | null) => void
  const promise = new Promise<CachedAnswer | null>((resolve) => (finish = resolve))
  return { promise, finish }
}

describe('the widget cache', () => {
  it('loads once and then answers from memory', async () => {
    const cache = createWidgetCache({ ttlSeconds: () => 60 })
    const load = jest.fn(async () => answer('1'))
    expect(await cache.resolve('a', load)).toEqual(answer('1'))
    expect(await cache.resolve('a', load)).toEqual(answer('1'))
    expect(load).toHaveBeenCalledTimes(1)
    expect(cache.stats()).toEqual({ hits: 1, misses: 1, loads: 1, drops: 0 })
  })

  it('shares one load among requests that miss together', async () => {
    const cache = createWidgetCache({ ttlSeconds: () => 60 })
    const pending = deferred()
    const load = jest.fn(() => pending.promise)
    const answers = Promise.all([cache.resolve('a', load), cache.resolve('a', load), cache.resolve('a', load)])
    pending.finish(answer('1'))
    expect(await answers).toEqual([answer('1'), answer('1'), answer('1')])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps nothing for a site that is not there', async () => {
    const cache = createWidgetCache({ ttlSeconds: () => 60 })
    const load = jest.fn(async () => null)
    expect(await cache.resolve('a', load)).toBeNull()
    expect(await cache.resolve('a', load)).toBeNull()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it("drops one site's answers and keeps the others'", async () => {
    const cache = createWidgetCache({ ttlSeconds: () => 60 })
    await cache.resolve('one|pl', async () => answer('1'))
    await cache.resolve('one|en', async () => answer('1'))
    await cache.resolve('two|pl', async () => answer('2'))
    cache.dropSite('1')
    expect(cache.size()).toBe(1)
    const reload = jest.fn(async () => answer('1', 'new'))
    expect((await cache.resolve('one|pl', reload))?.body).toBe('new')
    expect(reload).toHaveBeenCalledTimes(1)
    expect((await cache.resolve('two|pl', reload))?.body).toBe('body of 2')
  })

  it('does not keep an answer loaded while a drop happened (it may hold the rows from before the change)', async () => {
    const cache = createWidgetCache({ ttlSeconds: () => 60 })
    const old = deferred()
    const first = cache.resolve('a', () => old.promise)
    cache.dropSite('1')
    // A request after the drop does not join the load that started before it.
    const fresh = jest.fn(async () => answer('1', 'after the change'))
    const second = cache.resolve('a', fresh)
    old.finish(answer('1', 'before the change'))
    expect((await first)?.body).toBe('before the change')
    expect((await second)?.body).toBe('after the change')
    expect(fresh).toHaveBeenCalledTimes(1)
    // What is kept is the answer loaded after the drop.
    expect((await cache.resolve('a', async () => answer('1', 'unused')))?.body).toBe('after the change')
  })

  it('keeps nothing when the lifetime is 0, and forgets an answer once its lifetime is over', async () => {
    let seconds = 0
    let clock = 1_000
    const cache = createWidgetCache({ ttlSeconds: () => seconds, now: () => clock })
    const load = jest.fn(async () => answer('1'))
    await cache.resolve('a', load)
    await cache.resolve('a', load)
    expect(load).toHaveBeenCalledTimes(2)
    seconds = 1
    await cache.resolve('b', load)
    clock += 999
    await cache.resolve('b', load)
    expect(load).toHaveBeenCalledTimes(3)
    clock += 2
    await cache.resolve('b', load)
    expect(load).toHaveBeenCalledTimes(4)
  })

  it('stays within its memory bound, the least recently used going first', async () => {
    const cache = createWidgetCache({ ttlSeconds: () => 60, maxBytes: 3000 })
    for (const key of ['a', 'b', 'c', 'd']) await cache.resolve(key, async () => answer('1', key.repeat(600)))
    expect(cache.size()).toBe(3)
    const load = jest.fn(async () => answer('1', 'a'))
    await cache.resolve('a', load)
    expect(load).toHaveBeenCalledTimes(1)
  })
})

describe('widgetCacheSeconds', () => {
  it('reads TESTIMONIALS_WIDGET_CACHE_SECONDS, 60 by default or when unreadable', () => {
    expect(widgetCacheSeconds(undefined)).toBe(60)
    expect(widgetCacheSeconds('')).toBe(60)
    expect(widgetCacheSeconds('15')).toBe(15)
    expect(widgetCacheSeconds('0')).toBe(0)
    expect(widgetCacheSeconds('-5')).toBe(60)
    expect(widgetCacheSeconds('soon')).toBe(60)
  })
})
