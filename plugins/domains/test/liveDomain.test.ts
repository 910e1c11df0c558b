/**
 * A bought domain from delivery to live, on a real platform against the fake OVH and a real DNS server on
 * 127.0.0.1 (the fake's published zones): `domains.delivered` → the zone's apex and www records replaced and the
 * zone refreshed → verification through DOMAINS_DNS_RESOLVERS → live → the site answering on `Host: <domain>`,
 * the other form redirecting (both choices), Caddy's `tls-allowed`, CORS and CSRF for the live domain's origin,
 * and the owner told. Then an OVH refusal: the order fails with OVH's words, the owner is told, and
 * `POST …/check` sets it up again.
 */
import { publishEvent } from '@platform'
import type { Session, TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, readMailbox, signIn, startTestPlatform, TEST_PUBLIC_URL, waitFor, waitForEmail } from '@platform/testing'
import { startFakeOvh, type FakeOvh } from '../simulator'
import { ovhZoneRecords, startFakeDns, type FakeDns } from '../simulator/dns'
import { DOMAIN_ORDERS } from '../slugs'
import { DNS_ENV, freshDomain, publishWithHeading, raw, TARGET_V4, TARGET_V6, useFakes } from './helpers'

let platform: TestPlatform
let fake: FakeOvh
let dns: FakeDns

beforeAll(async () => {
  fake = await startFakeOvh()
  dns = await startFakeDns({ source: ovhZoneRecords(fake.store) })
  useFakes({ fake, dnsAddress: dns.address })
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
  await dns?.close()
  await fake?.close()
  for (const name of DNS_ENV) delete process.env[name]
})

type Order = {
  id: number
  status: string
  liveAt?: string | null
  errorMessage?: string | null
  errorCode?: string | null
  steps?: { step: string; state: string; error?: string | null }[]
  dnsConfiguration?: Record<string, unknown>
}

const readOrder = async (id: number) => (await platform.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, overrideAccess: true })) as unknown as Order

const waitForStatus = (id: number, status: string) =>
  waitFor(
    async () => {
      const order = await readOrder(id)
      return order.status === status && order
    },
    { what: `order ${id} to be ${status}`, timeoutMs: 20_000 },
  )

/** An owner with a published site and a bought domain OVH has just delivered (what the ordering part leaves). */
const deliveredDomain = async (heading: string) => {
  const user = await createUser(platform.payload, { locale: 'pl' })
  const site = await createSite(platform.payload, user.id)
  await publishWithHeading(platform.payload, site.id, heading)
  const domain = freshDomain()
  // OVH delivered it: the account now has its zone, with OVH's defaults (parking A, www CNAME).
  fake.store.addZone(domain)
  const order = await platform.payload.create({
    collection: DOMAIN_ORDERS,
    data: {
      site: site.id,
      user: user.id,
      domainName: domain,
      unicodeName: domain,
      kind: 'purchase',
      status: 'registering',
      steps: [{ step: 'delivery', state: 'done', attempts: 1 }],
    },
    overrideAccess: true,
  })
  const client = await signIn(platform.baseURL, user.email, PASSWORD)
  return { user, site, domain, orderId: order.id as number, client }
}

const deliver = ({ orderId, site, domain }: { orderId: number; site: { id: number }; domain: string }) =>
  publishEvent({ payload: platform.payload }, 'domains.delivered', { orderId, siteId: site.id, domainName: domain })

const tlsAllowed = async (domain: string) => (await fetch(`${platform.baseURL}/api/domains/tls-allowed?domain=${encodeURIComponent(domain)}`)).status

describe('a bought domain', () => {
  it('is pointed at the platform, verified, goes live and serves the site on its domain', async () => {
    const { user, site, domain, orderId, client } = await deliveredDomain('Kowalska Coaching')

    // Before: the domain is nobody's site, Caddy gets no certificate for it.
    const before = await raw(platform.baseURL, '/', { host: domain })
    expect(before.status).toBe(404)
    expect(before.body).not.toContain('Kowalska Coaching')
    expect(await tlsAllowed(domain)).toBe(404)

    await deliver({ orderId, site, domain })
    const live = await waitForStatus(orderId, 'live')
    expect(live.liveAt).toEqual(expect.any(String))
    expect(live.steps?.filter((row) => ['dns', 'refresh', 'verification'].includes(row.step)).map((row) => [row.step, row.state])).toEqual([
      ['dns', 'done'],
      ['refresh', 'done'],
      ['verification', 'done'],
    ])

    // The zone: parking A and www CNAME gone, the apex and www at the target, published by a refresh.
    const zone = fake.store.zone(domain)!
    const pointing = (records: typeof zone.published) =>
      records
        .filter((record) => ['A', 'AAAA', 'CNAME'].includes(record.fieldType))
        .map((record) => `${record.subDomain || '@'} ${record.fieldType} ${record.target}`)
        .sort()
    expect(pointing(zone.published)).toEqual([`@ A ${TARGET_V4}`, `@ AAAA ${TARGET_V6}`, `www A ${TARGET_V4}`, `www AAAA ${TARGET_V6}`])
    expect(zone.refreshes).toBe(1)
    expect(zone.published.filter((record) => record.fieldType === 'NS')).toHaveLength(2)
    expect(live.dnsConfiguration).toMatchObject({
      target: { ipv4: [TARGET_V4], ipv6: [TARGET_V6], cname: null },
      zone: {
        kept: 0,
        removed: [
          { fieldType: 'A', subDomain: '' },
          { fieldType: 'CNAME', subDomain: 'www' },
        ],
        created: expect.any(Array),
      },
      checks: { attempts: 1, last: { ok: true } },
    })
    // The verification asked the configured resolver (the fake DNS) about both names.
    expect(dns.queries()).toEqual(expect.arrayContaining([`A ${domain}`, `AAAA ${domain}`, `A www.${domain}`, `AAAA www.${domain}`]))

    // The site answers on its domain, with absolute addresses on it.
    const home = await raw(platform.baseURL, '/', { host: domain })
    expect(home.status).toBe(200)
    expect(home.body).toContain('Kowalska Coaching PL')
    expect(home.body).toContain(`<link rel="canonical" href="https://${domain}/"/>`)
    expect((await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })).domain).toBe(domain)
    // www redirects to the apex (the default choice), path and query kept.
    const fromWww = await raw(platform.baseURL, '/oferta?utm_source=ulotka&x=1', { host: `www.${domain}` })
    expect(fromWww.status).toBe(301)
    expect(fromWww.headers.location).toBe(`https://${domain}/oferta?utm_source=ulotka&x=1`)
    expect((await raw(platform.baseURL, '/en', { host: `www.${domain}` }, 'POST')).status).toBe(308)

    // Caddy may get certificates for both names, and for nothing else.
    expect(await tlsAllowed(domain)).toBe(200)
    expect(await tlsAllowed(`WWW.${domain.toUpperCase()}.`)).toBe(200)
    expect(await tlsAllowed(`blog.${domain}`)).toBe(404)
    expect(await tlsAllowed('')).toBe(404)

    // The owner is told, in their language.
    const email = await waitForEmail(platform.payload, user.email, /działa/)
    expect(email.subject).toBe(`Domena ${domain} działa`)
    expect(email.html).toContain(`https://${domain}`)
    const notes = await platform.payload.find({ collection: 'notifications', where: { user: { equals: user.id } }, overrideAccess: true })
    expect(notes.docs.map((note) => note.message)).toContain(`Domena ${domain} działa: Twoja strona jest pod adresem https://${domain}.`)

    // The owner prefers www: the site moves there and the apex redirects.
    expect((await client.request('PATCH', `/api/${DOMAIN_ORDERS}/${orderId}`, { redirect: 'apex-to-www' })).status).toBe(200)
    expect((await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })).domain).toBe(`www.${domain}`)
    const fromApex = await raw(platform.baseURL, '/oferta?a=1&b=%C5%BC', { host: domain })
    expect(fromApex.status).toBe(301)
    expect(fromApex.headers.location).toBe(`https://www.${domain}/oferta?a=1&b=%C5%BC`)
    const onWww = await raw(platform.baseURL, '/oferta', { host: `www.${domain}` })
    expect(onWww.status).toBe(200)
    expect(onWww.body).toContain(`<link rel="canonical" href="https://www.${domain}/oferta"/>`)
    // /api and /healthz are never redirected (Caddy's ask, load balancers).
    expect((await raw(platform.baseURL, `/api/domains/tls-allowed?domain=${domain}`, { host: domain })).status).toBe(200)
    expect((await raw(platform.baseURL, '/healthz', { host: domain })).status).toBe(200)
    // Back to the apex.
    expect((await client.request('PATCH', `/api/${DOMAIN_ORDERS}/${orderId}`, { redirect: 'www-to-apex' })).status).toBe(200)
    expect((await raw(platform.baseURL, '/', { host: `www.${domain}` })).headers.location).toBe(`https://${domain}/`)
  })

  it("lets the live domain's origin use the API with a session (CORS, CSRF), and no other origin", async () => {
    const { domain, orderId, site, client } = await deliveredDomain('Origins')
    const me = (origin: string) =>
      fetch(`${platform.baseURL}/api/users/me`, { headers: { origin, cookie: client.cookie()! } }).then(async (response) => ({
        allowOrigin: response.headers.get('access-control-allow-origin'),
        user: ((await response.json()) as { user: { id: number } | null }).user?.id ?? null,
      }))
    const self = (await me(TEST_PUBLIC_URL)).user
    expect(self).toEqual(expect.any(Number))
    // Not live yet: refused like any stranger.
    expect(await me(`https://${domain}`)).toEqual({ allowOrigin: null, user: null })

    await deliver({ orderId, site, domain })
    await waitForStatus(orderId, 'live')
    expect(await me(`https://${domain}`)).toEqual({ allowOrigin: `https://${domain}`, user: self })
    expect(await me(`https://www.${domain}`)).toEqual({ allowOrigin: `https://www.${domain}`, user: self })
    for (const stranger of ['https://random-site.pl', `http://${domain}`, `https://${domain}:8443`, `https://evil.${domain}`])
      expect(await me(stranger)).toEqual({ allowOrigin: null, user: null })
    // A preflight from the live domain is answered for it.
    const preflight = await fetch(`${platform.baseURL}/api/users/me`, {
      method: 'OPTIONS',
      headers: { origin: `https://${domain}`, 'access-control-request-method': 'GET' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(`https://${domain}`)
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('fails with OVH’s words when OVH refuses a record, tells the owner, and sets up again on request', async () => {
    const { user, site, domain, orderId, client } = await deliveredDomain('Retry')
    fake.failNext({ method: 'POST', path: '/domain/zone/*/record', status: 403, errorCode: 'NOT_GRANTED_CALL', message: 'This call has not been granted' })
    await deliver({ orderId, site, domain })
    const failed = await waitForStatus(orderId, 'failed')
    expect(failed.errorCode).toBe('NOT_GRANTED_CALL')
    expect(failed.errorMessage).toBe(
      'Klucz konsumenta OVH nie ma uprawnienia do wywołania POST /domain/zone/*/record (NOT_GRANTED_CALL: „This call has not been granted”). Administrator platformy musi utworzyć nowy klucz z uprawnieniami wtyczki (npm run ovh:consumer-key).',
    )
    expect(failed.steps?.find((row) => row.step === 'dns')).toMatchObject({ state: 'failed', error: failed.errorMessage })
    const email = await waitForEmail(platform.payload, user.email, /wymaga uwagi/)
    expect(email.html).toContain('NOT_GRANTED_CALL')
    expect(await tlsAllowed(domain)).toBe(404)

    // The view shows the failure in the reader's language; "check again" sets the zone up again.
    const view = await client.request('GET', `/api/domains/orders/${orderId}/dns`)
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ status: 'failed', statusLabel: 'Failed', kind: 'purchase', errorMessage: failed.errorMessage })
    expect(view.body.steps).toContainEqual({ step: 'dns', state: 'failed', error: failed.errorMessage })
    const retry = await client.request('POST', `/api/domains/orders/${orderId}/check`)
    expect(retry.status).toBe(202)
    expect(retry.body.status).toBe('configuring_dns')
    await waitForStatus(orderId, 'live')
    expect((await raw(platform.baseURL, '/', { host: domain })).body).toContain('Retry PL')
    // A live domain needs no check: asking again changes nothing.
    const again = await client.request('POST', `/api/domains/orders/${orderId}/check`)
    expect([again.status, again.body.status]).toEqual([202, 'live'])
    // The "live" email is queued with the change and sent by its job: wait for it, then there is exactly one.
    await waitForEmail(platform.payload, user.email, /działa/)
    expect((await readMailbox(platform.payload, user.email)).filter((message) => /działa/.test(message.subject ?? ''))).toHaveLength(1)

    // Deleting the order takes the domain off the site: no pages, no certificates, free to attach elsewhere.
    expect((await client.request('DELETE', `/api/${DOMAIN_ORDERS}/${orderId}`)).status).toBe(200)
    expect((await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })).domain).toBeNull()
    expect((await raw(platform.baseURL, '/', { host: domain })).body).not.toContain('Retry PL')
    expect(await tlsAllowed(domain)).toBe(404)
  })

  it('tries again by itself while OVH is down, without bothering the owner', async () => {
    const { user, site, domain, orderId } = await deliveredDomain('Down')
    fake.failNext({ method: 'GET', path: '/domain/zone/*/record', status: 503, message: 'Service Unavailable' })
    await deliver({ orderId, site, domain })
    const live = await waitForStatus(orderId, 'live')
    expect(live.steps?.find((row) => row.step === 'dns')).toMatchObject({ state: 'done', attempts: 2, error: null })
    await waitForEmail(platform.payload, user.email, /działa/)
    expect((await readMailbox(platform.payload, user.email)).filter((message) => /wymaga uwagi/.test(message.subject ?? ''))).toEqual([])
  })
})

describe('who may see and retry an order', () => {
  let orderId: number
  const as: Partial<Record<'owner' | 'viewer' | 'stranger' | 'staff', Session>> = {}

  beforeAll(async () => {
    const { site, orderId: id, client } = await deliveredDomain('Access')
    orderId = id
    as.owner = client
    const [viewer, stranger, staff] = await Promise.all([
      createUser(platform.payload),
      createUser(platform.payload),
      createUser(platform.payload, { isStaff: true }),
    ])
    await platform.payload.create({
      collection: 'team-members',
      data: { site: site.id, email: viewer.email, permissionRole: 'viewer', invitationStatus: 'accepted', linkedUser: viewer.id },
      overrideAccess: true,
    })
    await createSite(platform.payload, stranger.id)
    as.viewer = await signIn(platform.baseURL, viewer.email, PASSWORD)
    as.stranger = await signIn(platform.baseURL, stranger.email, PASSWORD)
    as.staff = await signIn(platform.baseURL, staff.email, PASSWORD)
  })

  it('answers the owner, refuses other roles, other owners and staff, and asks visitors to sign in', async () => {
    for (const [method, path] of [
      ['GET', `/api/domains/orders/${orderId}/dns`],
      ['POST', `/api/domains/orders/${orderId}/check`],
    ] as const) {
      for (const who of ['viewer', 'stranger', 'staff'] as const) {
        const answer = await as[who]!.request(method, path)
        expect([who, answer.status, answer.body.errors?.[0]?.message]).toEqual([who, 403, "Only the site's owner or an admin may manage its domains."])
      }
      const visitor = await fetch(`${platform.baseURL}${path}`, { method, headers: { 'accept-language': 'pl' } })
      expect([visitor.status, ((await visitor.json()) as { errors: { message: string }[] }).errors[0].message]).toEqual([
        401,
        'Zaloguj się, aby zarządzać domenami.',
      ])
      expect((await as.owner!.request(method, path.replace(String(orderId), '99999999'))).status).toBe(404)
    }
    // Nothing to check before the DNS stage.
    const early = await as.owner!.request('POST', `/api/domains/orders/${orderId}/check`)
    expect([early.status, early.body.errors[0].message]).toEqual([
      409,
      'There is nothing to check for this domain yet: its order has not reached the DNS stage.',
    ])
    expect((await readOrder(orderId)).status).toBe('registering')
  })
})
