/**
 * Sections that load data, over real HTTP, with a plugin of the test's own
 * (definePlatformPlugin + defineSection, as a plugin author writes them):
 * the loaded data is in the server HTML; a change to a collection named in
 * `cache.invalidatedBy` shows on the next request; a `maxAgeSeconds` page is
 * re-rendered after its max-age; a throwing loader still gives a 200 page;
 * and a page without loaders still makes no query on a cache hit.
 */
import { jest } from '@jest/globals'
import { createElement } from 'react'
import { z } from 'zod'

import type { TestPlatform } from '../../src/platform/testing/platform'
import { defineSection, definePlatformPlugin, localizedText, sectionSchema, tx } from '../../src/platform'
import { createClient, createSite, createUser, publishSiteAs } from '../../src/platform/testing/fixtures'
import { startTestPlatform } from '../../src/platform/testing/platform'

let platform: TestPlatform
const calls = { clients: 0, clock: 0, broken: 0 }

const clientCount = defineSection({
  type: 'test/client-count',
  schema: sectionSchema({ heading: localizedText }),
  load: async ({ payload, site }) => {
    calls.clients++
    const found = await payload.count({ collection: 'clients', where: { site: { equals: site.id } }, overrideAccess: true })
    return { count: found.totalDocs }
  },
  cache: { invalidatedBy: ['clients'] },
  Component: ({ section, locale, data }) => createElement('p', null, `${tx(section.heading, locale)}: clients=${data?.count ?? 'unknown'}`),
})

const clock = defineSection({
  type: 'test/clock',
  schema: sectionSchema({ label: z.string() }),
  load: async ({ props }) => `${props.label}-${++calls.clock}`,
  cache: { maxAgeSeconds: 1 },
  Component: ({ data }) => createElement('p', null, `clock=${data}`),
})

const broken = defineSection({
  type: 'test/broken',
  schema: sectionSchema({}),
  load: async (): Promise<{ never: true }> => {
    calls.broken++
    throw new Error('the data service is down')
  },
  cache: { maxAgeSeconds: 600 },
  Component: ({ data }) => createElement('p', null, `broken=${data === undefined ? 'no-data' : 'data'}`),
})

const testDataPlugin = definePlatformPlugin('test-data', () => ({ sections: [clientCount, clock, broken] }))

beforeAll(async () => {
  // No recheck of the site row during these tests: every query seen comes from a render.
  process.env.SITE_CACHE_RECHECK_MS = '600000'
  platform = await startTestPlatform({ processJobs: false, plugins: [testDataPlugin()] })
})

afterAll(async () => {
  await platform?.close()
  delete process.env.SITE_CACHE_RECHECK_MS
})

const text = (pl: string, en: string) => ({ pl, en })

const publishedSite = async (sections: object[]) => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  const templateConfig = {
    pages: [{ slug: 'home', title: text('Start', 'Home'), sections: [{ type: 'hero', heading: text('Witaj', 'Welcome') }, ...sections] }],
  }
  await platform.payload.update({ collection: 'sites', id: site.id, data: { templateConfig }, overrideAccess: true })
  await publishSiteAs(platform.payload, site.id)
  return site
}

const get = async (path: string) => {
  const response = await fetch(`${platform.baseURL}${path}`)
  return { status: response.status, headers: response.headers, body: await response.text() }
}

describe('sections that load data', () => {
  it('renders the loaded data into the HTML, and shows a change to an `invalidatedBy` collection on the next request', async () => {
    const site = await publishedSite([{ type: 'test/client-count', heading: text('Klienci', 'Clients') }])
    await createClient(platform.payload, site.id)
    const url = `/s/${site.identifier}`

    const first = await get(url)
    expect(first.status).toBe(200)
    expect(first.body).toContain('Klienci: clients=1')
    // Browsers and proxies must come back every time (the page may change with its data).
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const loads = calls.clients
    expect((await get(url)).body).toBe(first.body)
    expect(calls.clients).toBe(loads) // served from memory

    // Created, then deleted: each commit drops the site's pages here at once.
    const second = await createClient(platform.payload, site.id)
    expect((await get(url)).body).toContain('Klienci: clients=2')
    await platform.payload.delete({ collection: 'clients', id: second.id, overrideAccess: true })
    expect((await get(url)).body).toContain('Klienci: clients=1')

    // Another site's change does not drop this site's page.
    const other = await publishedSite([])
    const before = calls.clients
    await createClient(platform.payload, other.id)
    expect((await get(url)).body).toContain('Klienci: clients=1')
    expect(calls.clients).toBe(before)
  })

  it('re-renders a page with a `maxAgeSeconds` section once its max-age has passed', async () => {
    const site = await publishedSite([{ type: 'test/clock', label: 'tick' }])
    const url = `/s/${site.identifier}`
    const first = (await get(url)).body.match(/clock=(tick-\d+)/)?.[1]
    expect(first).toBeDefined()
    expect((await get(url)).body).toContain(`clock=${first}`)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const later = (await get(url)).body.match(/clock=(tick-\d+)/)?.[1]
    expect(later).toBeDefined()
    expect(later).not.toBe(first)
  })

  it('still serves the page (200, the section without data) when a loader throws', async () => {
    const site = await publishedSite([{ type: 'test/broken' }, { type: 'test/clock', label: 'beside' }])
    const error = jest.spyOn(platform.payload.logger, 'error').mockImplementation(() => undefined)
    try {
      const page = await get(`/s/${site.identifier}`)
      expect(page.status).toBe(200)
      expect(page.body).toContain('broken=no-data')
      expect(page.body).toContain('Witaj')
      expect(page.body).toMatch(/clock=beside-\d+/)
      expect(error).toHaveBeenCalledWith(expect.objectContaining({ msg: expect.stringContaining('"test/broken" section') }))
    } finally {
      error.mockRestore()
    }
  })

  it('makes no query and runs no loader on a cache hit of a page without loaders', async () => {
    const site = await publishedSite([{ type: 'about', heading: text('O nas', 'About us'), body: text('Treść', 'Body') }])
    const url = `/s/${site.identifier}`
    const first = await get(url)
    expect(first.status).toBe(200)
    const find = jest.spyOn(platform.payload, 'find')
    const findByID = jest.spyOn(platform.payload, 'findByID')
    const count = jest.spyOn(platform.payload, 'count')
    const loads = { ...calls }
    try {
      // Long after any max-age of a data page: this page has none.
      await new Promise((resolve) => setTimeout(resolve, 1100))
      expect((await get(url)).body).toBe(first.body)
      expect(find).not.toHaveBeenCalled()
      expect(findByID).not.toHaveBeenCalled()
      expect(count).not.toHaveBeenCalled()
      expect(calls).toEqual(loads)
    } finally {
      find.mockRestore()
      findByID.mockRestore()
      count.mockRestore()
    }
  })
})
