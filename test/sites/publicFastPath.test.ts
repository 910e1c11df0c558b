/**
 * The plain-node hot path for public pages (src/platform/http/publicFastPath.ts) answers
 * exactly what the Express site router answers: same status, headers and bytes, 304 on a
 * matching ETag, HEAD without a body; and it leaves previews and other hosts to Express.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createApp } from '../../src/platform/http/createApp'
import { createSite, createUser, PASSWORD } from '../helpers/fixtures'
import { signIn } from '../helpers/http'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../helpers/platform'

let platform: TestPlatform
let expressOnly: Server
let expressURL: string
let identifier: string

const text = (pl: string, en: string) => ({ pl, en })

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  // The same platform behind Express alone, for comparison.
  expressOnly = await new Promise<Server>((resolve) => {
    const listening = createApp({ payload: platform.payload, baseURL: TEST_PUBLIC_URL }).listen(0, '127.0.0.1', () => resolve(listening))
  })
  expressURL = `http://127.0.0.1:${(expressOnly.address() as AddressInfo).port}`
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  identifier = site.identifier
  const client = await signIn(platform.baseURL, user.email, PASSWORD)
  const templateConfig = {
    locales: { default: 'pl', enabled: ['pl', 'en'] },
    pages: [{ slug: 'home', title: text('Start', 'Home'), sections: [{ type: 'hero', heading: text('Szybka ścieżka', 'Fast path') }] }],
  }
  expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig })).status).toBe(200)
  expect((await client.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)
})

afterAll(async () => {
  await new Promise<void>((resolve) => {
    expressOnly?.close(() => resolve())
    expressOnly?.closeAllConnections()
  })
  await platform?.close()
})

const answer = async (base: string, path: string, init: RequestInit = {}) => {
  const response = await fetch(`${base}${path}`, { redirect: 'manual', ...init })
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'keep-alive', 'connection'].includes(name)))
  return { status: response.status, headers, body: await response.text() }
}

describe('the public-page fast path', () => {
  it('answers pages, other languages, redirects and 404s exactly like the Express router', async () => {
    for (const path of [`/s/${identifier}`, `/s/${identifier}/en`, `/s/${identifier}/en/home`, `/s/${identifier}/nie-ma`, `/s/${identifier}/sitemap.xml`, '/s/no-such-site']) {
      const fast = await answer(platform.baseURL, path)
      const viaExpress = await answer(expressURL, path)
      expect({ path, ...fast }).toEqual({ path, ...viaExpress })
    }
    const home = await answer(platform.baseURL, `/s/${identifier}`)
    expect(home.status).toBe(200)
    expect(home.body).toContain('Szybka ścieżka')
    expect(home.headers['content-length']).toBe(String(Buffer.byteLength(home.body)))
  })

  it('answers 304 to a matching ETag and HEAD without a body', async () => {
    const home = await answer(platform.baseURL, `/s/${identifier}`)
    const again = await answer(platform.baseURL, `/s/${identifier}`, { headers: { 'if-none-match': home.headers.etag } })
    expect(again).toMatchObject({ status: 304, body: '' })
    const head = await answer(platform.baseURL, `/s/${identifier}`, { method: 'HEAD' })
    expect(head).toMatchObject({ status: 200, body: '', headers: { etag: home.headers.etag, 'content-length': home.headers['content-length'] } })
  })

  it('leaves a preview and the rest of the platform to Express', async () => {
    // A visitor's preview request (no session) gets the published page, as from the Express router.
    expect(await answer(platform.baseURL, `/s/${identifier}?preview=1`)).toEqual(await answer(expressURL, `/s/${identifier}?preview=1`))
    expect((await answer(platform.baseURL, '/healthz')).status).toBe(200)
    expect((await answer(platform.baseURL, `/api/public/sites/${identifier}`)).status).toBe(200)
  })
})
