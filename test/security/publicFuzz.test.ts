/**
 * Malformed requests against every endpoint the running config has (its own
 * endpoints, every collection's and global's, Payload's REST and GraphQL),
 * sent as an anonymous visitor: NUL and control characters in paths, queries
 * and bodies, malformed JSON, the wrong content type, wrong types, huge
 * numbers, deep nesting and traversal in ids. Any 5xx fails, and so does any
 * row written. A new plugin's endpoints are covered without editing this file.
 * Then the cases the attack report named, one by one.
 */
import { randomInt } from 'node:crypto'

import type { Endpoint } from 'payload'

import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, publishSiteAs, signIn, startTestPlatform } from '@platform/testing'

let platform: TestPlatform
let site: { id: number; identifier: string }

type Route = { method: string; path: string }

/** Every endpoint in the running config, with its full path under /api. */
const routesOf = (): Route[] => {
  const { config } = platform.payload
  const api = config.routes.api
  const routes: Route[] = []
  const add = (prefix: string, endpoints: false | Endpoint[] | undefined) => {
    for (const endpoint of endpoints || [])
      routes.push({ method: endpoint.method.toUpperCase(), path: `${api}${prefix}${endpoint.path === '/' ? '' : endpoint.path}` })
  }
  add('', config.endpoints)
  for (const collection of config.collections) add(`/${collection.slug}`, collection.endpoints)
  for (const global of config.globals) add(`/globals/${global.slug}`, global.endpoints)
  routes.push({ method: 'POST', path: `${api}/graphql` })
  return routes
}

const PARAMS = [
  'a%00b',
  '%00',
  'a%0Db%0Ac',
  '..%2F..%2Fetc%2Fpasswd',
  '../../etc/passwd',
  '99999999999999999999999',
  '-1',
  '1e999',
  '%E0%A4%A',
  "1'or'1'='1",
  'x'.repeat(500),
]
const QUERIES = ['', '?x=%00', '?from=9e999&to=-1&tz=..%2F..', '?where[id][equals]=%00', '?limit=99999999999999999999&page=-5&depth=100', '?token=a%00b']
const NUL = 'a\u0000b'
const FIELDS = ['email', 'password', 'token', 'name', 'notes', 'start', 'blockId', 'eventId', 'site', 'locale', 'tz', 'ids', 'title', 'identifier']
const objectOf = (value: unknown) => Object.fromEntries(FIELDS.map((field) => [field, value]))
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

const BODIES: { type: string; body: string }[] = [
  { type: 'application/json', body: '{"email":' },
  { type: 'application/json', body: JSON.stringify(objectOf(NUL)) },
  { type: 'application/json', body: JSON.stringify({ [NUL]: 1, nested: { list: [NUL] } }) },
  { type: 'application/json', body: JSON.stringify(objectOf(['x'])) },
  { type: 'application/json', body: JSON.stringify(objectOf({ $ne: null })) },
  { type: 'application/json', body: JSON.stringify(objectOf(1e308)).replace(/1e\+308/g, '1e999999') },
  { type: 'application/json', body: JSON.stringify(objectOf(0)).replace(/:0/g, ':-99999999999999999999999') },
  { type: 'application/json', body: deep(5000) },
  { type: 'application/json', body: '[1,2,3]' },
  { type: 'text/plain', body: JSON.stringify({ email: 'visitor@example.com', name: 'Ola', start: new Date().toISOString() }) },
  { type: 'application/x-www-form-urlencoded', body: 'email=a%00b&_payload=%7B%7D' },
  { type: 'multipart/form-data; boundary=xyz', body: `--xyz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name":"a\\u0000b"}\r\n--xyz--\r\n` },
]

const fill = (path: string, param: string) => path.replace(/:[A-Za-z]+/g, param)

const counts = async () => {
  const entries = await Promise.all(
    platform.payload.config.collections.map(
      async ({ slug }) => [slug, (await platform.payload.count({ collection: slug as never, overrideAccess: true })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(entries)
}

const send = async (method: string, path: string, { type, body }: { type?: string; body?: string } = {}) => {
  const hasBody = body !== undefined && !['GET', 'HEAD'].includes(method)
  const response = await fetch(`${platform.baseURL}${path}`, {
    method,
    // A fresh client address per request (documentation range; the test app trusts X-Forwarded-For), so per-IP limits never answer for the handler.
    headers: {
      'accept-language': 'en',
      'x-forwarded-for': `2001:db8::${randomInt(65536).toString(16)}:${randomInt(65536).toString(16)}`,
      ...(hasBody && type ? { 'content-type': type } : {}),
    },
    body: hasBody ? body : undefined,
    redirect: 'manual',
  })
  const text = await response.text()
  return { status: response.status, text }
}

beforeAll(async () => {
  // Rate limits would answer 429 before the handlers this is meant to reach.
  // Every request comes from its own address (see send), so no per-IP limit turns the fuzz into 429s; per-address ones are raised.
  for (const name of ['MAGIC_LINK_RATE_PER_EMAIL']) process.env[name] = '100000'
  platform = await startTestPlatform({ processJobs: false })
  const owner = await createUser(platform.payload)
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
})

afterAll(async () => {
  await platform?.close()
})

it('no malformed request to any endpoint gets a 5xx or writes a row', async () => {
  const routes = routesOf()
  expect(routes.length).toBeGreaterThan(50)
  expect(routes).toEqual(expect.arrayContaining([{ method: 'POST', path: '/api/users/login' }]))
  // Plugins' visitor forms are in the list without being named here.
  expect(routes.some((route) => route.method === 'POST' && route.path.startsWith('/api/public/sites/:identifier/'))).toBe(true)
  const before = await counts()
  const failures: string[] = []
  let sent = 0
  const check = async (method: string, path: string, body?: { type: string; body: string }) => {
    const answer = await send(method, path, body)
    sent += 1
    if (answer.status >= 500)
      failures.push(`${method} ${path} ${body ? `${body.type} ${body.body.slice(0, 60)}` : ''} → ${answer.status} ${answer.text.slice(0, 200)}`)
  }
  for (const { method, path } of routes) {
    const requests: Promise<void>[] = []
    for (const param of PARAMS) for (const query of QUERIES.slice(0, 2)) requests.push(check(method, fill(path, param) + query))
    for (const query of QUERIES) requests.push(check(method, fill(path, site.identifier) + query))
    if (!['GET', 'HEAD'].includes(method)) {
      for (const body of BODIES) {
        requests.push(check(method, fill(path, site.identifier), body))
        requests.push(check(method, fill(path, '1'), body))
      }
    }
    await Promise.all(requests)
  }
  console.log(`${sent} malformed requests to ${routes.length} endpoints`)
  expect(failures).toEqual([])
  expect(await counts()).toEqual(before)
})

describe('the NUL cases of the attack report are 400s', () => {
  it('in the email, password or token of login, forgot-password and reset-password', async () => {
    for (const [path, body] of [
      ['/api/users/login', { email: NUL, password: 'x' }],
      ['/api/users/login', { email: 'a@example.com', password: NUL }],
      ['/api/users/forgot-password', { email: NUL }],
      ['/api/users/reset-password', { token: NUL, password: 'long enough password' }],
      ['/api/users/magic-link', { email: `a${NUL}@example.com` }],
    ] as const) {
      const answer = await send('POST', path, { type: 'application/json', body: JSON.stringify(body) })
      expect({ path, status: answer.status, body: JSON.parse(answer.text) }).toEqual({
        path,
        status: 400,
        body: { errors: [{ message: expect.stringMatching(/NUL/) }] },
      })
    }
  })

  it('in the address of a public site, its slots and components, and a media file', async () => {
    for (const path of [
      '/api/public/sites/a%00b',
      '/api/public/sites/a%00b/slots',
      '/api/public/sites/a%00b/components/1',
      `/api/public/sites/${site.identifier}/components/1%00`,
      '/api/media-assets/file/a%00b',
      `/api/public/sites/${site.identifier}/slots?tz=Europe%2FWarsaw%00`,
      '/s/a%00b',
    ]) {
      const answer = await send('GET', path)
      expect({ path, status: answer.status, body: JSON.parse(answer.text) }).toEqual({ path, status: 400, body: { errors: [{ message: expect.any(String) }] } })
    }
  })

  it('in the name of an uploaded file, storing nothing', async () => {
    const user = await createUser(platform.payload)
    const own = await createSite(platform.payload, user.id)
    const client = await signIn(platform.baseURL, user.email, PASSWORD)
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const before = (await platform.payload.count({ collection: 'media-assets', overrideAccess: true })).totalDocs
    for (const [name, payload] of [
      ['nul\u0000byte.png', { site: own.id }],
      ['fine.png', { site: own.id, alt: NUL }],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([png], { type: 'image/png' }), name)
      form.append('_payload', JSON.stringify(payload))
      const response = await fetch(`${platform.baseURL}/api/media-assets`, {
        method: 'POST',
        body: form,
        headers: { cookie: client.cookie()!, origin: 'http://localhost:3999' },
      })
      expect({ name, status: response.status }).toEqual({ name, status: 400 })
    }
    expect((await platform.payload.count({ collection: 'media-assets', overrideAccess: true })).totalDocs).toBe(before)
  })
})
