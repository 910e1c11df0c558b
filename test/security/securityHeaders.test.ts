/**
 * The headers every response carries (src/platform/http/securityHeaders.ts)
 * on the Express app: API JSON, errors the edge writes, media files, public
 * pages, the health check; the component frame framable by the platform's own
 * pages only, and only into a frame (Sec-Fetch-Dest). Pages served by Next are
 * checked against the production build: test/e2e/securityHeaders.e2e.ts.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Session, TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform, TEST_PUBLIC_URL } from '@platform/testing'
import { createApp } from '../../src/platform/http/createApp'

let platform: TestPlatform
let identifier: string
let componentId: number
let fileUrl: string
let cookie: string

const GOOD = `export default function Hello() {
  return <p id="hello">Hello</p>
}
`

const get = (path: string, headers: Record<string, string> = {}, baseURL = platform.baseURL) => fetch(`${baseURL}${path}`, { headers, redirect: 'manual' })

const expectDefaults = (response: Response, path: string) => {
  const headers = Object.fromEntries(response.headers)
  expect({ path, nosniff: headers['x-content-type-options'], poweredBy: headers['x-powered-by'], referrer: headers['referrer-policy'] }).toEqual({
    path,
    nosniff: 'nosniff',
    poweredBy: undefined,
    referrer: expect.stringMatching(/^(strict-origin-when-cross-origin|no-referrer)$/),
  })
  expect(headers['strict-transport-security']).toBeUndefined()
}

const refusesOtherFramers = (response: Response) => {
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors '(self|none)'/)
}

beforeAll(async () => {
  delete process.env.HSTS
  platform = await startTestPlatform({ processJobs: false })
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  identifier = site.identifier
  const client: Session = await signIn(platform.baseURL, user.email, PASSWORD)
  cookie = client.cookie()!
  const component = await client.request('POST', '/api/custom-react-components?depth=0', { site: site.id, name: 'Hello', sourceCode: GOOD })
  expect(component.status).toBe(201)
  componentId = component.body.doc.id
  const config = { pages: [{ slug: 'home', title: { pl: 'Start', en: 'Home' }, sections: [{ type: 'customComponent', componentId }] }] }
  expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: config })).status).toBe(200)
  expect((await client.request('POST', `/api/sites/${site.id}/publish`, {})).status).toBe(201)

  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'dot.png')
  form.append('_payload', JSON.stringify({ site: site.id }))
  const uploaded = await fetch(`${platform.baseURL}/api/media-assets`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie()!, origin: TEST_PUBLIC_URL },
  })
  expect(uploaded.status).toBe(201)
  fileUrl = new URL((await uploaded.json()).doc.url, TEST_PUBLIC_URL).pathname
})

afterAll(async () => {
  await platform?.close()
})

it('sends nosniff, a referrer policy and anti-framing on API JSON, edge errors, media files, public pages and /healthz; never X-Powered-By or HSTS', async () => {
  const paths = [
    '/api/users/me',
    '/api/public/sites/no-such-site',
    `/api/public/sites/${identifier}`,
    '/api/public/sites/a%00b',
    fileUrl,
    `/s/${identifier}`,
    `/s/${identifier}`, // a cache hit, written before Express
    '/s/no-such-site',
    '/healthz',
  ]
  for (const path of paths) {
    const response = await get(path)
    expect({ path, status: response.status }).toEqual({ path, status: expect.any(Number) })
    expectDefaults(response, path)
    refusesOtherFramers(response)
    if (!path.startsWith('/s/')) expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  }
  // The file itself, as its owner sees it (draft media is private).
  const file = await get(fileUrl, { cookie, origin: TEST_PUBLIC_URL })
  expect(file.status).toBe(200)
  expectDefaults(file, fileUrl)
  expect(file.headers.get('content-type')).toBe('image/png')
})

it('keeps a stricter Referrer-Policy a route sets', async () => {
  const frame = await get(`/api/public/sites/${identifier}/components/${componentId}`, { 'sec-fetch-dest': 'iframe' })
  expect(frame.headers.get('referrer-policy')).toBe('no-referrer')
})

it('sends HSTS only when HSTS=true', async () => {
  process.env.HSTS = 'true'
  let server: Server | undefined
  try {
    const app = createApp({ payload: platform.payload, baseURL: TEST_PUBLIC_URL })
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    for (const path of ['/healthz', '/api/users/me', `/s/${identifier}`]) {
      expect((await get(path, {}, baseURL)).headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
    }
  } finally {
    delete process.env.HSTS
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }
})

describe('the component frame', () => {
  const framePath = () => `/api/public/sites/${identifier}/components/${componentId}`

  it('is served into an iframe, sandboxed, framable by the platform only (no X-Frame-Options to contradict it)', async () => {
    const response = await get(framePath(), { 'sec-fetch-dest': 'iframe' })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<div id="root">')
    const csp = response.headers.get('content-security-policy')
    expect(csp).toMatch(/^sandbox allow-scripts;/)
    expect(csp).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('vary')).toMatch(/Sec-Fetch-Dest/i)
    expectDefaults(response, framePath())
  })

  it('is refused (403) when a browser opens it as a page, in a new tab or anything but an iframe', async () => {
    for (const dest of ['document', 'frame', 'empty', 'script', 'object']) {
      const response = await get(`${framePath()}?lang=en`, { 'sec-fetch-dest': dest, 'sec-fetch-mode': 'navigate' })
      const body = await response.text()
      expect({ dest, status: response.status }).toEqual({ dest, status: 403 })
      expect(body).toContain('only inside the page')
      expect(body).not.toContain('<script')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
    const polish = await get(framePath(), { 'sec-fetch-dest': 'document' })
    expect(await polish.text()).toContain('tylko na stronie')
  })

  it('is served to a client that sends no Sec-Fetch-Dest (not a browser a visitor could be sent to)', async () => {
    expect((await get(framePath())).status).toBe(200)
  })
})
