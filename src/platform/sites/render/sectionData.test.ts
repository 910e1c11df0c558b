import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import type { SectionRenderer } from './types'
import { checkSectionCache, dataMaxAgeMs, FAILED_DATA_MAX_AGE_MS, loadSections, pageMaxAgeMs } from './sectionData'

const Component = () => null

describe('how long a page with loaded data is reused', () => {
  it('is unbounded without loaders, else the smallest max-age of its sections (the default for invalidatedBy-only ones)', () => {
    expect(pageMaxAgeMs({ caches: [], failed: false, defaultMs: 60_000 })).toBeUndefined()
    expect(pageMaxAgeMs({ caches: [{ invalidatedBy: ['events'] }], failed: false, defaultMs: 60_000 })).toBe(60_000)
    expect(pageMaxAgeMs({ caches: [{ invalidatedBy: ['events'] }, { maxAgeSeconds: 30 }], failed: false, defaultMs: 60_000 })).toBe(30_000)
    expect(pageMaxAgeMs({ caches: [{ invalidatedBy: ['events'], maxAgeSeconds: 300 }], failed: false, defaultMs: 60_000 })).toBe(300_000)
  })

  it('is short after a failed loader', () => {
    expect(pageMaxAgeMs({ caches: [{ maxAgeSeconds: 600 }], failed: true, defaultMs: 60_000 })).toBe(FAILED_DATA_MAX_AGE_MS)
    expect(pageMaxAgeMs({ caches: [{ maxAgeSeconds: 1 }], failed: true, defaultMs: 60_000 })).toBe(1000)
  })

  it('defaults to SITE_DATA_MAX_AGE_MS', () => {
    expect(dataMaxAgeMs({})).toBe(60_000)
    expect(dataMaxAgeMs({ SITE_DATA_MAX_AGE_MS: '5000' })).toBe(5000)
    expect(dataMaxAgeMs({ SITE_DATA_MAX_AGE_MS: 'soon' })).toBe(60_000)
  })
})

describe('section cache rules', () => {
  const load = async () => 1
  it('refuse a loader that says nothing about staleness, and malformed rules', () => {
    expect(() => checkSectionCache('x/y', { load })).toThrow(/"x\/y" loads data but does not say when its cached page goes stale/)
    expect(() => checkSectionCache('x/y', { load, cache: {} })).toThrow(/cache.invalidatedBy .* or cache.maxAgeSeconds/)
    expect(() => checkSectionCache('x/y', { load, cache: { invalidatedBy: [] } })).toThrow(/goes stale/)
    expect(() => checkSectionCache('x/y', { load, cache: { maxAgeSeconds: 0 } })).toThrow(/positive number/)
    expect(() => checkSectionCache('x/y', { load, cache: { invalidatedBy: [''] } })).toThrow(/collection slugs/)
    expect(() => checkSectionCache('x/y', { cache: { maxAgeSeconds: 5 } })).toThrow(/no load/)
  })

  it('accept either rule, and no rule without a loader', () => {
    expect(() => checkSectionCache('x/y', { load, cache: { invalidatedBy: ['events'] } })).not.toThrow()
    expect(() => checkSectionCache('x/y', { load, cache: { maxAgeSeconds: 0.5 } })).not.toThrow()
    expect(() => checkSectionCache('x/y', {})).not.toThrow()
  })
})

describe('loadSections', () => {
  const site = { id: 1, identifier: 'anna', name: 'Anna' }
  const logger = { error: jest.fn() }
  const payload = { logger } as unknown as Payload
  const renderers: Record<string, SectionRenderer> = {
    plain: { Component },
    quotes: { Component, load: async ({ props, locale }) => `${props.type}:${locale}`, cache: { invalidatedBy: ['quotes'] } },
    clock: { Component, load: async () => 'tick', cache: { maxAgeSeconds: 10 } },
    broken: {
      Component,
      load: async () => {
        throw new Error('down')
      },
      cache: { maxAgeSeconds: 600 },
    },
    slow: { Component, load: () => new Promise(() => undefined), cache: { maxAgeSeconds: 600 } },
  }
  const run = (types: string[], timeoutMs?: number) => {
    const sections = types.map((type) => ({ type }))
    const result = loadSections({
      payload,
      site,
      locale: 'en',
      preview: false,
      sections,
      rendererOf: (type) => renderers[type],
      defaultMaxAgeMs: 60_000,
      timeoutMs,
    })
    return { sections, result }
  }

  it('loads nothing (and sets no max-age) for a page without loaders', async () => {
    const { result } = run(['plain'])
    expect(await result).toEqual({ data: new Map(), maxAgeMs: undefined })
  })

  it("gives each section its loader's data, and the page the smallest max-age", async () => {
    const { sections, result } = run(['plain', 'quotes', 'clock'])
    const loaded = await result
    expect(loaded.data.get(sections[1])).toBe('quotes:en')
    expect(loaded.data.get(sections[2])).toBe('tick')
    expect(loaded.data.has(sections[0])).toBe(false)
    expect(loaded.maxAgeMs).toBe(10_000)
  })

  it('logs a loader that throws or hangs, leaves its data out and keeps the page briefly', async () => {
    const { sections, result } = run(['broken', 'slow', 'clock'], 20)
    const loaded = await result
    expect(loaded.data.has(sections[0])).toBe(false)
    expect(loaded.data.has(sections[1])).toBe(false)
    expect(loaded.data.get(sections[2])).toBe('tick')
    expect(loaded.maxAgeMs).toBe(FAILED_DATA_MAX_AGE_MS)
    expect(logger.error).toHaveBeenCalledTimes(2)
  })
})
