/**
 * Bringing your own domain, on a real platform with a real DNS server on 127.0.0.1 standing in for the owner's
 * DNS provider: `POST /api/domains/own` (who may, bad input, a domain on another site, parallel requests for one
 * name, the plan), the records and TXT token the view shows, the check job waiting while records are missing or
 * wrong and going live once they resolve (proxy mode on and off), giving up, and checking again on request.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, session, signIn, startTestPlatform, TEST_PUBLIC_URL, waitFor, waitForEmail } from '@platform/testing'
import { startFakeOvh, type FakeOvh } from '../simulator'
import { startFakeDns, type FakeDns } from '../simulator/dns'
import { DOMAIN_ORDERS } from '../slugs'
import { DNS_ENV, freshDomain, publishWithHeading, raw, TARGET_V4, TARGET_V6, useFakes } from './helpers'

let platform: TestPlatform
let fake: FakeOvh
let dns: FakeDns

beforeAll(async () => {
  fake = await startFakeOvh()
  dns = await startFakeDns()
  useFakes({ fake, dnsAddress: dns.address })
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
  await dns?.close()
  await fake?.close()
  for (const name of DNS_ENV) delete process.env[name]
})

type DnsRecord = { purpose: string; host: string; name: string; type: string; value: string; ok: boolean | null; found: string[]; problem: string | null }
type View = {
  id: number
  domain: string
  status: string
  statusLabel: string
  proxyMode: boolean
  records: DnsRecord[]
  instructions: string
  errorMessage: string | null
}

const readOrder = async (id: number) => platform.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, overrideAccess: true })

const owner = async (heading = 'Gabinet') => {
  const user = await createUser(platform.payload, { locale: 'en' })
  const site = await createSite(platform.payload, user.id)
  await publishWithHeading(platform.payload, site.id, heading)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const connect = (client: Session, body: unknown) => client.request<View & { errors?: { message: string }[] }>('POST', '/api/domains/own', body)

/** Sets at the fake DNS what the view says to set (optionally only some of it). */
const setRecords = (records: DnsRecord[], only?: (record: DnsRecord) => boolean) => {
  const chosen = records.filter(only ?? (() => true))
  const byName = new Map<string, DnsRecord[]>()
  for (const record of chosen) byName.set(`${record.host} ${record.type}`, [...(byName.get(`${record.host} ${record.type}`) ?? []), record])
  for (const [key, group] of byName) {
    const [host, type] = key.split(' ')
    dns.set(
      host,
      type as 'A' | 'AAAA' | 'CNAME' | 'TXT',
      group.map((record) => record.value),
    )
  }
}

const view = async (client: Session, id: number) => (await client.request<View>('GET', `/api/domains/orders/${id}/dns`)).body

describe('connecting an own domain', () => {
  it('proxy mode: shows the records and token, waits while they are missing, goes live once they resolve', async () => {
    const { user, site, client } = await owner('Moja domena')
    const domain = freshDomain('gabinet')
    const created = await connect(client, { site: site.id, name: `HTTPS://WWW.${domain.toUpperCase()}/o-mnie` })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ domain, status: 'awaiting_dns', statusLabel: 'Waiting for DNS records', proxyMode: true, kind: 'own' })
    const txt = created.body.records.find((record) => record.type === 'TXT')!
    expect(created.body.records.map((record) => `${record.name} ${record.type} ${record.type === 'TXT' ? '' : record.value}`.trim())).toEqual([
      `@ A ${TARGET_V4}`,
      `@ AAAA ${TARGET_V6}`,
      `www A ${TARGET_V4}`,
      `www AAAA ${TARGET_V6}`,
      '_platform-verify TXT',
    ])
    expect(txt).toMatchObject({ host: `_platform-verify.${domain}`, value: expect.stringMatching(/^platform-verify=[A-Za-z0-9_-]{43}$/) })
    // The token itself is never stored: only its hash and seed (which the API never shows).
    const stored = await readOrder(created.body.id)
    const token = txt.value.slice('platform-verify='.length)
    expect(JSON.stringify(stored)).not.toContain(token)
    expect(stored.verificationTokenHash).toMatch(/^[0-9a-f]{64}$/)
    const overApi = await client.request('GET', `/api/${DOMAIN_ORDERS}/${created.body.id}`)
    expect(overApi.body.verificationTokenSeed).toBeUndefined()
    expect(overApi.body.verificationTokenHash).toBeUndefined()
    // The view shows the same token each time (made again from the seed).
    expect((await view(client, created.body.id)).records.find((record) => record.type === 'TXT')!.value).toBe(txt.value)

    // Only the address records are set: checked, still waiting, and the view says what is missing.
    setRecords(created.body.records, (record) => record.type !== 'TXT')
    const waiting = await waitFor(
      async () => {
        const current = await view(client, created.body.id)
        return current.records.find((record) => record.name === '@' && record.type === 'A')?.ok === true && current
      },
      { what: 'a check seeing the address records' },
    )
    expect(waiting.status).toBe('awaiting_dns')
    expect(waiting.records.find((record) => record.type === 'TXT')).toMatchObject({
      ok: false,
      problem: `The TXT record _platform-verify.${domain} was not found yet.`,
    })
    expect(waiting.records.find((record) => record.name === '@' && record.type === 'A')).toMatchObject({ ok: true, found: [TARGET_V4, TARGET_V6] })
    expect((await raw(platform.baseURL, '/', { host: domain })).status).toBe(404)

    setRecords(created.body.records, (record) => record.type === 'TXT')
    await waitFor(async () => (await readOrder(created.body.id)).status === 'live', { what: 'the own domain to go live' })
    expect((await raw(platform.baseURL, '/', { host: domain })).body).toContain('Moja domena PL')
    expect((await fetch(`${platform.baseURL}/api/domains/tls-allowed?domain=www.${domain}`)).status).toBe(200)
    expect((await waitForEmail(platform.payload, user.email, /is live/)).subject).toBe(`${domain} is live`)
  })

  it('proxy mode: a leftover address beside the platform’s keeps it waiting, and the view names it', async () => {
    const { client, site } = await owner()
    const domain = freshDomain('leftover')
    const created = await connect(client, { site: site.id, name: domain })
    setRecords(created.body.records)
    dns.set(`www.${domain}`, 'A', [TARGET_V4, '213.186.33.5'])
    const waiting = await waitFor(
      async () => {
        const current = await view(client, created.body.id)
        // A check that ran after the records were set (the first one, at connect, may have found none yet).
        const www = current.records.find((record) => record.name === 'www' && record.type === 'A')
        return www?.found?.includes('213.186.33.5') && current
      },
      { what: 'a check that saw the leftover address' },
    )
    expect(waiting.records.find((record) => record.name === 'www' && record.type === 'A')!.problem).toBe(
      `www.${domain} points at 213.186.33.5, but should point only at the platform (${TARGET_V4}, ${TARGET_V6}). Remove the other records.`,
    )
    dns.set(`www.${domain}`, 'A', [TARGET_V4])
    await waitFor(async () => (await readOrder(created.body.id)).status === 'live', { what: 'live once the leftover is gone' })
  })

  it('without proxy mode: only the TXT is asked for and checked; the owner’s own DNS stays as it is', async () => {
    const { client, site } = await owner('Bez proxy')
    const domain = freshDomain('own-proxy')
    const created = await connect(client, { site: site.id, name: domain, proxyMode: false })
    expect(created.status).toBe(201)
    expect(created.body.proxyMode).toBe(false)
    expect(created.body.records.map((record) => record.type)).toEqual(['TXT'])
    expect(created.body.instructions).toContain('Your DNS and proxy stay as they are')
    // The names point at the owner's own proxy: not the platform's business.
    dns.set(domain, 'A', ['198.51.100.7'])
    dns.set(`_platform-verify.${domain}`, 'TXT', ['v=spf1 -all'])
    await waitFor(async () => (await view(client, created.body.id)).records[0].ok === false, { what: 'a first check' })
    expect((await readOrder(created.body.id)).status).toBe('awaiting_dns')
    dns.set(`_platform-verify.${domain}`, 'TXT', ['v=spf1 -all', created.body.records[0].value])
    await waitFor(async () => (await readOrder(created.body.id)).status === 'live', { what: 'the verified domain to go live' })
    // Its traffic arrives through the owner's proxy with the domain as Host.
    expect((await raw(platform.baseURL, '/', { host: domain })).body).toContain('Bez proxy PL')
  })

  it('gives up after the configured time, tells the owner, and checks again on request', async () => {
    const { user, client, site } = await owner()
    const domain = freshDomain('late')
    process.env.DOMAINS_CHECK_GIVE_UP_HOURS = String(0.6 / 3600)
    try {
      const created = await connect(client, { site: site.id, name: domain, proxyMode: false })
      await waitFor(async () => (await readOrder(created.body.id)).status === 'failed', { what: 'the checks to give up' })
      const failed = await view(client, created.body.id)
      expect(failed).toMatchObject({ status: 'failed', statusLabel: 'Failed', errorMessage: `The TXT record _platform-verify.${domain} was not found yet.` })
      expect((await waitForEmail(platform.payload, user.email, /needs your attention/)).html).toContain(`_platform-verify.${domain}`)
      process.env.DOMAINS_CHECK_GIVE_UP_HOURS = '72'
      dns.set(`_platform-verify.${domain}`, 'TXT', [created.body.records[0].value])
      const retried = await client.request('POST', `/api/domains/orders/${created.body.id}/check`)
      expect([retried.status, retried.body.status, retried.body.errorMessage]).toEqual([202, 'awaiting_dns', null])
      await waitFor(async () => (await readOrder(created.body.id)).status === 'live', { what: 'live after checking again' })
    } finally {
      process.env.DOMAINS_CHECK_GIVE_UP_HOURS = '72'
    }
  })
})

describe('who may connect which domain', () => {
  it('refuses visitors, other roles and other owners; says what is wrong with the input', async () => {
    const { site, client } = await owner()
    const domain = freshDomain('access')
    const [editor, viewer] = [await createUser(platform.payload), await createUser(platform.payload)]
    await addTeamMember(platform.payload, site.id, editor.id, editor.email, 'editor')
    await addTeamMember(platform.payload, site.id, viewer.id, viewer.email, 'viewer')
    const stranger = await owner()
    for (const who of [await signIn(platform.baseURL, editor.email, PASSWORD), await signIn(platform.baseURL, viewer.email, PASSWORD), stranger.client]) {
      const refused = await connect(who, { site: site.id, name: domain })
      expect([refused.status, refused.body.errors?.[0].message]).toEqual([403, "Only the site's owner or an admin may manage its domains."])
    }
    expect((await connect(session(platform.baseURL), { site: site.id, name: domain })).status).toBe(401)

    const polish = await fetch(`${platform.baseURL}/api/domains/own`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'pl', origin: TEST_PUBLIC_URL, cookie: client.cookie()! },
      body: JSON.stringify({ site: site.id, name: 'nie domena!' }),
    })
    expect([polish.status, ((await polish.json()) as { errors: { message: string }[] }).errors[0].message]).toEqual([
      400,
      '„nie domena!” nie jest poprawną nazwą domeny. Użyj liter (także polskich), cyfr i myślników, np. kowalska-coaching.pl.',
    ])
    for (const body of [
      { site: site.id },
      { name: domain },
      { site: site.id, name: domain, proxyMode: 'yes' },
      { site: site.id, name: domain, extra: 1 },
      'text',
    ]) {
      const bad = await connect(client, body)
      expect([bad.status, bad.body.errors?.[0].message]).toEqual([400, 'Give the site, the domain name (name) and optionally proxyMode (true or false).'])
    }
    const sub = await connect(client, { site: site.id, name: `blog.${domain}` })
    expect([sub.status, sub.body.errors?.[0].message]).toEqual([
      400,
      `Give the domain itself, without a subdomain: e.g. kowalska.pl rather than blog.${domain}.`,
    ])
    expect(await platform.payload.count({ collection: DOMAIN_ORDERS, where: { site: { equals: site.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('never attaches a domain to two sites: 409 for a name on any site, and only one of parallel requests wins', async () => {
    const a = await owner()
    const b = await owner()
    const domain = freshDomain('twice')
    const results = await Promise.all([
      connect(a.client, { site: a.site.id, name: domain }),
      connect(b.client, { site: b.site.id, name: domain }),
      connect(a.client, { site: a.site.id, name: `www.${domain}` }),
      connect(b.client, { site: b.site.id, name: domain.toUpperCase() }),
    ])
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409, 409])
    for (const refused of results.filter((result) => result.status === 409))
      expect(refused.body.errors?.[0].message).toBe('This domain is already attached to a site on our platform: a domain is never attached to two sites.')
    expect((await platform.payload.count({ collection: DOMAIN_ORDERS, where: { domainName: { equals: domain } }, overrideAccess: true })).totalDocs).toBe(1)

    // A site whose own domain was set by hand holds the name too (either form).
    const handSet = freshDomain('by-hand')
    await platform.payload.update({ collection: 'sites', id: b.site.id, data: { domain: `www.${handSet}` }, overrideAccess: true })
    expect((await connect(a.client, { site: a.site.id, name: handSet })).status).toBe(409)
    // …but its own site may connect it.
    expect((await connect(b.client, { site: b.site.id, name: handSet, proxyMode: false })).status).toBe(201)
  })

  it('asks the plan: an owner whose plan has no own domain is refused with the plan’s words', async () => {
    const { client, site } = await owner()
    // The payments plugin's free plan, without own domains (the last test here: plans then exist for good).
    const free = await platform.payload.create({
      collection: 'plans',
      data: {
        namePl: 'Darmowy',
        nameEn: 'Free',
        slug: 'free',
        monthlyPrice: 0,
        yearlyPrice: 0,
        isFree: true,
        isActive: true,
        limits: { maxSites: 5, customDomain: false },
      },
      overrideAccess: true,
    })
    const refused = await connect(client, { site: site.id, name: freshDomain('plan') })
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0].message).toMatch(/Free/)
    expect(await platform.payload.count({ collection: DOMAIN_ORDERS, where: { site: { equals: site.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
    await platform.payload.update({ collection: 'plans', id: free.id, data: { limits: { maxSites: 5, customDomain: true } }, overrideAccess: true })
    expect((await connect(client, { site: site.id, name: freshDomain('plan') })).status).toBe(201)
  })
})
