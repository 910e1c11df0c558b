/**
 * `GET /api/domains/search` on a real platform against the fake OVH, over real HTTP: a free name with its price
 * and alternatives, a registered one, an IDN, a name already on the platform, bad input (400, nothing asked at
 * OVH), OVH refusing the platform's keys (a message naming the cause), who may search, the per-user limit under
 * parallel requests, and the dev service `npm run dev` starts.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, session, signIn, startDevServices, startTestPlatform, TEST_PUBLIC_URL } from '@platform/testing'
import { fakeOvhService } from '../dev/fakeOvhService'
import { forgetOvhTimeOffsets } from '../ovh'
import { DEV_OVH_KEYS, startFakeOvh, type FakeOvh } from '../simulator'
import { DOMAIN_ORDERS } from '../slugs'

const OVH_NAMES = ['OVH_ENDPOINT', 'OVH_APPLICATION_KEY', 'OVH_APPLICATION_SECRET', 'OVH_CONSUMER_KEY', 'DOMAINS_SEARCH_PER_HOUR', 'OVH_FAKE_PORT']
const NBSP = '\u00a0'

let platform: TestPlatform
let fake: FakeOvh
let siteA: number
let ownerBId: number
let siteB: number
const as: Record<'ownerA' | 'admin' | 'editor' | 'viewer' | 'ownerB' | 'staff' | 'visitor', Session> = {} as never

const pointAtFake = (target: FakeOvh) => {
  process.env.OVH_ENDPOINT = target.endpoint
  process.env.OVH_APPLICATION_KEY = DEV_OVH_KEYS.applicationKey
  process.env.OVH_APPLICATION_SECRET = DEV_OVH_KEYS.applicationSecret
  process.env.OVH_CONSUMER_KEY = DEV_OVH_KEYS.consumerKey
  forgetOvhTimeOffsets()
}

const member = async (site: number, role: 'admin' | 'editor' | 'viewer') => {
  const user = await createUser(platform.payload)
  await addTeamMember(platform.payload, site, user.id, user.email, role)
  return signIn(platform.baseURL, user.email, PASSWORD)
}

beforeAll(async () => {
  for (const name of OVH_NAMES) delete process.env[name]
  fake = await startFakeOvh({ takenDomains: ['zajeta.pl', 'zajeta.com'] })
  pointAtFake(fake)
  platform = await startTestPlatform({ processJobs: false })
  const [a, b, staff] = await Promise.all([createUser(platform.payload), createUser(platform.payload), createUser(platform.payload, { isStaff: true })])
  ownerBId = b.id
  siteA = (await createSite(platform.payload, a.id)).id
  siteB = (await createSite(platform.payload, b.id)).id
  as.ownerA = await signIn(platform.baseURL, a.email, PASSWORD)
  as.ownerB = await signIn(platform.baseURL, b.email, PASSWORD)
  as.staff = await signIn(platform.baseURL, staff.email, PASSWORD)
  as.admin = await member(siteA, 'admin')
  as.editor = await member(siteA, 'editor')
  as.viewer = await member(siteA, 'viewer')
  as.visitor = session(platform.baseURL)
})

afterAll(async () => {
  await platform?.close()
  await fake?.close()
  for (const name of OVH_NAMES) delete process.env[name]
})

type Result = {
  domain: string
  unicodeName: string
  requested: boolean
  available: boolean
  inUse: boolean
  action: string | null
  pricingMode: string | null
  price: { currency: string; net: number; vat: number; gross: number; netText: string; grossText: string } | null
  message: string
}
type Answer = { status: number; body: { query?: { domain: string; unicodeName: string }; results?: Result[]; errors?: { message: string }[] } }

/** As the admin's Domain view would ask: the session cookie, the admin's language. */
const search = async (who: Session, site: number | string | null, name: string | null, lang = 'pl'): Promise<Answer> => {
  const params = new URLSearchParams()
  if (site !== null) params.set('site', String(site))
  if (name !== null) params.set('name', name)
  const cookie = who.cookie()
  const response = await fetch(`${platform.baseURL}/api/domains/search?${params}`, {
    headers: { 'accept-language': lang, origin: TEST_PUBLIC_URL, ...(cookie ? { cookie } : {}) },
  })
  return { status: response.status, body: await response.json() }
}

const byDomain = (answer: Answer) => Object.fromEntries((answer.body.results ?? []).map((result) => [result.domain, result]))

it('a free name: available, to create, priced per year with and without VAT, with alternatives', async () => {
  const answer = await search(as.ownerA, siteA, 'Kowalska-Coaching.pl')
  expect(answer.status).toBe(200)
  expect(answer.body.query).toEqual({ domain: 'kowalska-coaching.pl', unicodeName: 'kowalska-coaching.pl' })
  expect(answer.body.results!.map((result) => [result.domain, result.requested, result.available])).toEqual([
    ['kowalska-coaching.pl', true, true],
    ['kowalska-coaching.com', false, true],
    ['kowalska-coaching.eu', false, true],
    ['kowalska-coaching.com.pl', false, true],
  ])
  expect(answer.body.results![0]).toEqual({
    domain: 'kowalska-coaching.pl',
    unicodeName: 'kowalska-coaching.pl',
    requested: true,
    available: true,
    inUse: false,
    action: 'create',
    pricingMode: 'create-default',
    orderable: true,
    // The fake's .pl: 39.99 PLN net a year; 23% VAT is 9.20.
    price: { currency: 'PLN', net: 3999, vat: 920, gross: 4919, netText: `39,99${NBSP}zł`, grossText: `49,19${NBSP}zł` },
    message: `Domena kowalska-coaching.pl jest wolna: 49,19${NBSP}zł brutto (39,99${NBSP}zł netto) za rok.`,
  })
  expect(byDomain(answer)['kowalska-coaching.com.pl'].price).toMatchObject({ net: 2499, gross: 3074 })
})

it('a registered name: offered for transfer only, said plainly; in English for an English admin', async () => {
  const answer = await search(as.admin, siteA, 'zajeta.pl', 'en')
  expect(answer.status).toBe(200)
  const results = byDomain(answer)
  expect(results['zajeta.pl']).toMatchObject({ requested: true, available: false, action: 'transfer', pricingMode: 'transfer-default' })
  expect(results['zajeta.pl'].message).toBe('zajeta.pl is already registered. If it is yours, connect it as your own domain.')
  expect(results['zajeta.com'].available).toBe(false)
  expect(results['zajeta.eu']).toMatchObject({ available: true, action: 'create' })
  expect((await search(as.admin, siteA, 'zajeta.pl')).body.results![0].message).toBe(
    'Domena zajeta.pl jest już zajęta. Jeśli należy do Ciebie, podłącz ją jako własną domenę.',
  )
})

it('an IDN is asked for in punycode and shown as written', async () => {
  const before = fake.calls().length
  const answer = await search(as.ownerA, siteA, 'Zażółć.PL')
  expect(answer.status).toBe(200)
  // "zażółć.pl".encode("idna") in Python: xn--za-6ja4f8n1l.pl
  expect(answer.body.query).toEqual({ domain: 'xn--za-6ja4f8n1l.pl', unicodeName: 'zażółć.pl' })
  expect(answer.body.results![0]).toMatchObject({ domain: 'xn--za-6ja4f8n1l.pl', unicodeName: 'zażółć.pl', available: true })
  expect(answer.body.results![0].message).toContain('Domena zażółć.pl jest wolna')
  expect(answer.body.results!.map((result) => result.unicodeName)).toEqual(['zażółć.pl', 'zażółć.com', 'zażółć.eu', 'zażółć.com.pl'])
  // OVH was asked about the punycode names only.
  const asked = fake
    .calls()
    .slice(before)
    .filter((call) => call.path.endsWith('/domain'))
    .map((call) => call.query)
    .sort()
  expect(asked).toEqual(['?domain=xn--za-6ja4f8n1l.com', '?domain=xn--za-6ja4f8n1l.com.pl', '?domain=xn--za-6ja4f8n1l.eu', '?domain=xn--za-6ja4f8n1l.pl'])
})

it('a name already attached to a site on the platform is not offered', async () => {
  await platform.payload.create({
    collection: DOMAIN_ORDERS,
    data: { site: siteB, user: ownerBId, domainName: 'juz-u-nas.pl', kind: 'own', status: 'live' },
    overrideAccess: true,
  })
  const result = byDomain(await search(as.ownerA, siteA, 'juz-u-nas.pl'))['juz-u-nas.pl']
  expect(result).toMatchObject({ inUse: true, available: false, action: 'create' })
  expect(result.message).toBe('Domena juz-u-nas.pl jest już podłączona do strony na naszej platformie.')
})

it('domain orders: owners and admins read them and choose the redirect; nothing else is written over the API', async () => {
  const order = await platform.payload.create({
    collection: DOMAIN_ORDERS,
    data: { site: siteA, user: ownerBId, domainName: 'kolekcja.pl', status: 'registering' },
    overrideAccess: true,
  })
  expect(order).toMatchObject({ kind: 'purchase', redirect: 'www-to-apex', proxyMode: true })
  // Only the plugin creates orders, and only with a valid name, unique across the platform.
  await expect(
    platform.payload.create({ collection: DOMAIN_ORDERS, data: { site: siteA, user: ownerBId, domainName: 'nie domena' }, overrideAccess: true }),
  ).rejects.toThrow(/domainName/)
  await expect(
    platform.payload.create({ collection: DOMAIN_ORDERS, data: { site: siteB, user: ownerBId, domainName: 'kolekcja.pl' }, overrideAccess: true }),
  ).rejects.toThrow()
  expect((await as.ownerA.request('POST', `/api/${DOMAIN_ORDERS}`, { site: siteA, domainName: 'moja.pl' })).status).toBe(403)

  const changed = await as.admin.request('PATCH', `/api/${DOMAIN_ORDERS}/${order.id}`, {
    redirect: 'apex-to-www',
    status: 'live',
    domainName: 'inna.pl',
    paymentId: 7,
  })
  expect(changed.status).toBe(200)
  const stored = await platform.payload.findByID({ collection: DOMAIN_ORDERS, id: order.id, overrideAccess: true })
  expect([stored.redirect, stored.status, stored.domainName, stored.paymentId]).toEqual(['apex-to-www', 'registering', 'kolekcja.pl', null])

  expect((await as.ownerA.request('GET', `/api/${DOMAIN_ORDERS}/${order.id}`)).body).toMatchObject({ domainName: 'kolekcja.pl' })
  expect((await as.ownerA.request('GET', `/api/${DOMAIN_ORDERS}/${order.id}`)).body.verificationTokenHash).toBeUndefined()
  for (const who of [as.editor, as.viewer, as.ownerB]) expect((await who.request('GET', `/api/${DOMAIN_ORDERS}/${order.id}`)).status).toBe(404)
  expect((await as.viewer.request('PATCH', `/api/${DOMAIN_ORDERS}/${order.id}`, { redirect: 'www-to-apex' })).status).toBe(403)
  expect((await platform.payload.findByID({ collection: DOMAIN_ORDERS, id: order.id, overrideAccess: true })).redirect).toBe('apex-to-www')
})

it('bad input is a clear 400 and nothing is asked at OVH', async () => {
  const before = fake.calls().length
  const cases: [string | null, string][] = [
    ['a b.pl', '„a b.pl” nie jest poprawną nazwą domeny. Użyj liter (także polskich), cyfr i myślników, np. kowalska-coaching.pl.'],
    ['-kowalska.pl', '„-kowalska.pl” nie jest poprawną nazwą domeny. Użyj liter (także polskich), cyfr i myślników, np. kowalska-coaching.pl.'],
    ['blog.kowalska.pl', 'Podaj samą domenę, bez subdomeny: np. kowalska.pl zamiast blog.kowalska.pl.'],
    ['', 'Wpisz nazwę domeny, np. kowalska.pl.'],
    [null, 'Wpisz nazwę domeny, np. kowalska.pl.'],
  ]
  for (const [name, message] of cases) expect(await search(as.ownerA, siteA, name)).toEqual({ status: 400, body: { errors: [{ message }] } })
  expect(await search(as.ownerA, null, 'kowalska.pl')).toEqual({ status: 400, body: { errors: [{ message: 'Wybierz stronę, dla której szukasz domeny.' }] } })
  expect((await search(as.ownerA, siteA, 'x_y.pl', 'en')).body.errors![0].message).toBe(
    '"x_y.pl" is not a valid domain name. Use letters (Polish ones too), digits and hyphens, e.g. kowalska-coaching.pl.',
  )
  expect(fake.calls().length).toBe(before)
})

it('only the site’s owner and admins may search; nobody else reaches OVH', async () => {
  const before = fake.calls().length
  const forbidden = "Only the site's owner or an admin may search for and buy domains for it."
  for (const who of [as.viewer, as.editor, as.ownerB, as.staff])
    expect(await search(who, siteA, 'kowalska.pl', 'en')).toEqual({ status: 403, body: { errors: [{ message: forbidden }] } })
  expect((await search(as.viewer, siteA, 'kowalska.pl')).body.errors![0].message).toBe(
    'Domeny dla tej strony może wyszukiwać i kupować tylko jej właściciel lub administrator.',
  )
  expect(await search(as.visitor, siteA, 'kowalska.pl')).toEqual({ status: 401, body: { errors: [{ message: 'Zaloguj się, aby wyszukać domenę.' }] } })
  // Another owner on their own site may search; owner A may not search for site B.
  expect((await search(as.ownerB, siteB, 'kowalska.pl')).status).toBe(200)
  expect((await search(as.ownerA, siteB, 'kowalska.pl')).status).toBe(403)
  expect(fake.calls().length - before).toBe(5) // owner B's one search: a cart and four offers
})

it('OVH refusing the platform’s keys: 502 naming the cause (INVALID_SIGNATURE, NOT_GRANTED_CALL)', async () => {
  process.env.OVH_APPLICATION_SECRET = 'not-the-secret'
  try {
    const pl = await search(as.ownerA, siteA, 'kowalska.pl')
    expect(pl.status).toBe(502)
    expect(pl.body.errors![0].message).toBe(
      'OVH odrzuciło podpis zapytania (INVALID_SIGNATURE: „Invalid signature”): sekret aplikacji (OVH_APPLICATION_SECRET) nie pasuje do klucza aplikacji lub klucza konsumenta. Administrator platformy musi poprawić konfigurację OVH.',
    )
    expect((await search(as.ownerA, siteA, 'kowalska.pl', 'en')).body.errors![0].message).toContain(
      'OVH rejected the request signature (INVALID_SIGNATURE: "Invalid signature")',
    )
  } finally {
    pointAtFake(fake)
  }
  fake.failNext({ method: 'GET', path: '/order/cart/*/domain', status: 403, errorCode: 'NOT_GRANTED_CALL', message: 'This call has not been granted' })
  const answer = await search(as.ownerA, siteA, 'kowalska.pl', 'en')
  expect(answer.status).toBe(502)
  expect(answer.body.errors![0].message).toContain('not allowed to call GET /order/cart/*/domain (NOT_GRANTED_CALL: "This call has not been granted")')
})

it('without OVH keys: 503, said plainly', async () => {
  for (const name of ['OVH_APPLICATION_KEY', 'OVH_APPLICATION_SECRET', 'OVH_CONSUMER_KEY']) delete process.env[name]
  try {
    expect(await search(as.ownerA, siteA, 'kowalska.pl')).toEqual({
      status: 503,
      body: { errors: [{ message: 'Zakup domen nie jest jeszcze dostępny: platforma nie ma skonfigurowanego dostępu do OVH.' }] },
    })
  } finally {
    pointAtFake(fake)
  }
})

it('limits searches per user, exactly, under parallel requests', async () => {
  const owner = await createUser(platform.payload)
  const site = (await createSite(platform.payload, owner.id)).id
  const signedIn = await signIn(platform.baseURL, owner.email, PASSWORD)
  process.env.DOMAINS_SEARCH_PER_HOUR = '3'
  try {
    const answers = await Promise.all(Array.from({ length: 8 }, () => search(signedIn, site, 'rownolegle.pl')))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 429, 429, 429, 429, 429])
    expect(answers.find((answer) => answer.status === 429)!.body.errors![0].message).toBe('Zbyt wiele wyszukiwań. Spróbuj ponownie za chwilę.')
  } finally {
    delete process.env.DOMAINS_SEARCH_PER_HOUR
  }
})

describe('the dev service (npm run dev without OVH keys)', () => {
  it('starts the fake OVH with a key of the plugin’s rules and points the app at it', async () => {
    for (const name of OVH_NAMES) delete process.env[name]
    // What `npm run dev` does with the config's dev services (P24 credentials set, so only the fake OVH starts).
    const target: Record<string, string | undefined> = { OVH_FAKE_PORT: '0', P24_SIMULATOR_URL: 'http://127.0.0.1:9' }
    const services = await startDevServices(platform.payload.config, { publicURL: platform.baseURL, target, log: () => {} })
    try {
      expect(services.started).toEqual(['Fake OVH'])
      expect(target).toMatchObject({
        OVH_ENDPOINT: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/1\.0$/),
        OVH_APPLICATION_KEY: DEV_OVH_KEYS.applicationKey,
        OVH_APPLICATION_SECRET: DEV_OVH_KEYS.applicationSecret,
        OVH_CONSUMER_KEY: DEV_OVH_KEYS.consumerKey,
        // Orders are looked at as often as the fake moves them (every 3 s by default).
        DOMAINS_ORDER_POLL_MS: '3000',
        DOMAINS_ORDER_POLL_MAX_MS: '6000',
        // The fake's DNS answers once a zone is refreshed: checked at the same pace.
        DOMAINS_CHECK_FIRST_MS: '3000',
      })
      for (const name of OVH_NAMES) if (target[name]) process.env[name] = target[name]
      forgetOvhTimeOffsets()
      const answer = await search(as.ownerA, siteA, 'nowa-strona.pl')
      expect(answer.status).toBe(200)
      expect(byDomain(answer)['nowa-strona.pl'].available).toBe(true)
      // Its default registered names answer "taken".
      expect(byDomain(await search(as.ownerA, siteA, 'onet.pl'))['onet.pl'].action).toBe('transfer')
    } finally {
      await services.close()
      pointAtFake(fake)
    }
  })

  it('starts nothing when any OVH setting is there', async () => {
    for (const env of [{ OVH_CONSUMER_KEY: 'real' }, { OVH_ENDPOINT: 'ovh-eu' }, { OVH_APPLICATION_KEY: ' ak ' }])
      expect(await fakeOvhService.start({ env, publicURL: platform.baseURL })).toBeNull()
  })
})
