/**
 * Request body limits at the edge (src/platform/http/apiBody.ts), over real
 * HTTP: a body over its route's limit gets 413 before the rest is read, with
 * a Content-Length or chunked, many at once without the server's memory
 * growing by their size, and nothing written; uploads get the media limit.
 * And a body a handler does not read leaves the connection usable (keep-alive).
 */
import http from 'node:http'
import sharp from 'sharp'

import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, publishSiteAs, signIn, startTestPlatform } from '@platform/testing'
import { paddedJson, rawRequest } from './http'

let platform: TestPlatform
let site: { id: number; identifier: string }

const MB = 1024 * 1024
const json = { 'content-type': 'application/json' }
const count = async (collection: 'magic-links' | 'media-assets') => (await platform.payload.count({ collection, overrideAccess: true })).totalDocs
/** Rows in every collection (plugins' included), to see that nothing at all was written. */
const everyCount = async () =>
  Object.fromEntries(
    await Promise.all(
      platform.payload.config.collections.map(
        async ({ slug }) => [slug, (await platform.payload.db.count({ collection: slug, where: {} })).totalDocs] as const,
      ),
    ),
  )

beforeAll(async () => {
  process.env.MEDIA_MAX_BYTES = String(3 * MB)
  delete process.env.JSON_BODY_MAX_BYTES
  platform = await startTestPlatform({ processJobs: false })
  const owner = await createUser(platform.payload)
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
})

afterAll(async () => {
  delete process.env.MEDIA_MAX_BYTES
  await platform?.close()
})

describe('bodies over the limit', () => {
  // Core routes, and every visitor POST the config has (plugins' forms included, unnamed here).
  const targets = () => [
    '/api/users/magic-link',
    ...platform.payload.config.endpoints
      .filter((endpoint) => endpoint.method === 'post' && endpoint.path.startsWith('/public/sites/:identifier/'))
      .map((endpoint) => `/api${endpoint.path.replace(':identifier', site.identifier)}`),
    '/api/graphql',
    '/api/users/login',
    '/api/sites',
    '/api/media-assets', // JSON to the upload collection: the JSON limit, not the media one
  ]

  it('answers 413 in the platform error shape from the Content-Length alone, ten 50 MB bodies at once, memory bounded, nothing written', async () => {
    const before = await everyCount()
    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }, 20)
    const paths = targets()
    expect(paths.length).toBeGreaterThan(6)
    const started = Date.now()
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => rawRequest(platform.baseURL, { path: paths[index % paths.length], headers: json, body: { size: 50 * MB } })),
    ).finally(() => clearInterval(sampler))
    const growthMB = (rssPeak - rssBefore) / MB
    console.log(
      `10 × 50 MB bodies: ${Date.now() - started} ms, RSS ${(rssBefore / MB).toFixed(0)} MB → peak ${(rssPeak / MB).toFixed(0)} MB (+${growthMB.toFixed(1)} MB)`,
    )
    for (const answer of answers) {
      expect(answer.status).toBe(413)
      expect(answer.headers.connection).toBe('close')
      expect(JSON.parse(answer.text)).toEqual({ errors: [{ message: expect.stringMatching(/too large.*1048576 bytes/) }] })
    }
    // Reading the bodies would take 500 MB; refusing them takes next to nothing.
    expect(growthMB).toBeLessThan(64)
    expect(await everyCount()).toEqual(before)
  })

  it('counts the bytes of a chunked body (no Content-Length) and stops at the limit', async () => {
    const before = await count('magic-links')
    for (const path of targets()) {
      const answer = await rawRequest(platform.baseURL, { path, headers: json, body: { size: 20 * MB }, chunked: true })
      expect({ path, status: answer.status }).toEqual({ path, status: 413 })
    }
    expect(await count('magic-links')).toBe(before)
  })

  it('still reads a body just under the limit', async () => {
    const answer = await rawRequest(platform.baseURL, { path: '/api/users/magic-link', headers: json, body: paddedJson(MB - 100) })
    expect(answer.status).toBe(400) // read and parsed: no "email" in it
    expect(answer.text).toMatch(/e-?mail/i) // the refusal of a body without an address, in Polish by default
  })

  it('honours JSON_BODY_MAX_BYTES', async () => {
    process.env.JSON_BODY_MAX_BYTES = '1000'
    try {
      const answer = await rawRequest(platform.baseURL, { path: '/api/users/magic-link', headers: json, body: paddedJson(2000) })
      expect(answer.status).toBe(413)
    } finally {
      delete process.env.JSON_BODY_MAX_BYTES
    }
  })
})

describe('uploads', () => {
  // Noise does not compress: about 2 MB of real PNG.
  const noisyPng = () =>
    sharp({ create: { width: 820, height: 820, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png()
      .toBuffer()
  const upload = async (cookie: string, data: Buffer, name = 'big.png') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ site: site.id, alt: 'x' }))
    const response = await fetch(`${platform.baseURL}/api/media-assets`, { method: 'POST', body: form, headers: { cookie, origin: 'http://localhost:3999' } })
    return { status: response.status, body: await response.json().catch(() => undefined) }
  }

  it('take files above the JSON limit up to the media limit, and refuse larger ones with 413 before reading them, storing nothing', async () => {
    const owner = await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })
    const user = await platform.payload.findByID({ collection: 'users', id: owner.owner as number, overrideAccess: true })
    const client = await signIn(platform.baseURL, user.email, PASSWORD)
    const cookie = client.cookie()!
    const before = await count('media-assets')
    const picture = await noisyPng()
    expect(picture.length).toBeGreaterThan(MB + 1)
    expect(picture.length).toBeLessThan(3 * MB)
    // Over the JSON limit but under MEDIA_MAX_BYTES: stored.
    const fits = await upload(cookie, picture)
    expect(fits.status).toBe(201)
    const declared = await rawRequest(platform.baseURL, {
      path: '/api/media-assets',
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie, origin: 'http://localhost:3999' },
      body: { size: 40 * MB },
    })
    expect(declared.status).toBe(413)
    expect(declared.text).toMatch(/too large/)
    const chunked = await rawRequest(platform.baseURL, {
      path: '/api/media-assets',
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie, origin: 'http://localhost:3999' },
      body: { size: 40 * MB },
      chunked: true,
    })
    expect(chunked.status).toBe(413)
    expect(await count('media-assets')).toBe(before + 1)
  })
})

/** The path of a visitor POST of the config (a plugin's form), e.g. `/public/sites/:identifier/...`. */
const visitorPost = () => {
  const found = platform.payload.config.endpoints.find((endpoint) => endpoint.method === 'post' && endpoint.path.startsWith('/public/sites/:identifier/'))
  if (!found) throw new Error('No visitor POST endpoint in the config')
  return found.path
}

describe('keep-alive with a body the handler does not read', () => {
  const cancel = (agent: http.Agent, body: Buffer) =>
    // A visitor POST the platform answers (404: no such site) without reading the body.
    rawRequest(platform.baseURL, { path: `/api${visitorPost().replace(':identifier', 'no-such-site')}`, headers: json, body, agent })
  const health = (agent: http.Agent) => rawRequest(platform.baseURL, { method: 'GET', path: '/healthz', agent })

  it('serves the next request on the same socket after an unread body under the limit', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const first = await cancel(agent, paddedJson(900 * 1024))
      expect(first.status).toBe(404)
      const next = await health(agent)
      expect(next.status).toBe(200)
      expect(next.socket).toBe(first.socket)
    } finally {
      agent.destroy()
    }
  })

  it('after an unread 2 MB body (over the limit: 413, Connection: close) the next request on the agent succeeds', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const first = await cancel(agent, paddedJson(2 * MB))
      const next = await health(agent).then(
        (answer) => answer.status,
        (error: Error) => error.message,
      )
      expect({ first: first.status, connection: first.headers.connection, next }).toEqual({ first: 413, connection: 'close', next: 200 })
    } finally {
      agent.destroy()
    }
  })

  it('drains an unread upload body under the media limit (streamed, not buffered) and keeps the socket', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      // Anonymous: the upload endpoint answers 401 without reading the 2 MB.
      const first = await rawRequest(platform.baseURL, {
        path: '/api/media-assets',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: { size: 2 * MB },
        agent,
      })
      const next = await health(agent).then(
        (answer) => ({ status: answer.status, sameSocket: answer.socket === first.socket }),
        (error: Error) => error.message,
      )
      expect({ first: first.status, next }).toEqual({ first: 401, next: { status: 200, sameSocket: true } })
    } finally {
      agent.destroy()
    }
  })
})
