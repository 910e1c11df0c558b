/**
 * Who may see and change subscribers, over real HTTP as signed-in users: an owner only their own sites'
 * subscribers, editors manage them, viewers read, hosts (their own bookings only) do not, staff read for audit,
 * visitors nothing. Deleting a subscriber deletes their delivery records (GDPR).
 */
import type { CastMember, Session, TestPlatform } from '@platform/testing'
import { createAccessCast, createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { ANALYTICS, CAMPAIGNS, SUBSCRIPTIONS } from '../slugs'

let platform: TestPlatform
let siteA: number
let siteB: number
let as: Record<CastMember, Session>
let counter = 0
const address = () => `access-${Date.now().toString(36)}-${++counter}@example.test`

/** A subscriber (and its deliveries) as a seed or the sign-up endpoint would store it. */
const subscriber = async (site: number, deliveries = 0) => {
  const doc = await platform.payload.create({
    collection: SUBSCRIPTIONS,
    data: { site, email: address(), frequency: 'each', locale: 'pl' },
    overrideAccess: true,
  })
  for (let i = 0; i < deliveries; i++)
    await platform.payload.create({ collection: ANALYTICS, data: { site, subscription: doc.id, sentAt: new Date().toISOString() }, overrideAccess: true })
  return doc
}

const ids = (body: { docs?: { id: number }[] }) => (body.docs ?? []).map((doc) => doc.id).sort((a, b) => a - b)

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;({ siteA, siteB, as } = await createAccessCast(platform))
})

afterAll(async () => {
  await platform?.close()
})

describe('reading subscribers', () => {
  it('an owner, editor and viewer see their site only; a host and a visitor see none; staff see all', async () => {
    const a = [await subscriber(siteA), await subscriber(siteA)].map((doc) => doc.id)
    const b = [(await subscriber(siteB)).id]
    const list = (who: Session) => who.request('GET', `/api/${SUBSCRIPTIONS}?limit=0&depth=0&where[id][in]=${[...a, ...b].join(',')}`)
    for (const who of ['ownerA', 'editor', 'viewer'] as const) expect({ who, ids: ids((await list(as[who])).body) }).toEqual({ who, ids: a })
    expect(ids((await list(as.ownerB)).body)).toEqual(b)
    expect(ids((await list(as.staff)).body)).toEqual([...a, ...b].sort((x, y) => x - y))
    const host = await list(as.host)
    expect([200, 403]).toContain(host.status)
    expect(ids(host.body)).toEqual([])
    expect([401, 403]).toContain((await list(as.visitor)).status)
    expect([403, 404]).toContain((await as.host.request('GET', `/api/${SUBSCRIPTIONS}/${a[0]}`)).status)
    expect([403, 404]).toContain((await as.ownerB.request('GET', `/api/${SUBSCRIPTIONS}/${a[0]}`)).status)
  })

  it('never shows token hashes or seeds, to anyone', async () => {
    const { id } = await subscriber(siteA)
    for (const who of ['ownerA', 'editor', 'staff'] as const) {
      const read = await as[who].request('GET', `/api/${SUBSCRIPTIONS}/${id}?depth=0`)
      expect(read.status).toBe(200)
      for (const field of ['confirmationToken', 'confirmationTokenSeed', 'unsubscribeToken', 'unsubscribeTokenSeed'])
        expect(read.body).not.toHaveProperty(field)
    }
  })
})

describe('changing subscribers', () => {
  it("an editor may stop a subscription but never start it again: that is the subscriber's own choice", async () => {
    const { id } = await subscriber(siteA)
    expect((await as.editor.request('PATCH', `/api/${SUBSCRIPTIONS}/${id}`, { isActive: false })).status).toBe(200)
    for (const who of ['editor', 'ownerA'] as const) {
      const again = await as[who].request('PATCH', `/api/${SUBSCRIPTIONS}/${id}`, { isActive: true })
      expect({ who, status: again.status }).toEqual({ who, status: 403 })
      expect(again.body.errors[0].message).toMatch(/^This person cannot be subscribed again here/)
    }
    const stored = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id, depth: 0, overrideAccess: true })
    expect(stored.isActive).toBe(false)
  })

  it('an editor adds one (unconfirmed, whatever they send), changes its frequency, but not its address', async () => {
    const email = address()
    const created = await as.editor.request('POST', `/api/${SUBSCRIPTIONS}`, { site: siteA, email, frequency: 'monthly', isConfirmed: true, emailsSent: 99 })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ email, frequency: 'monthly', isConfirmed: false, emailsSent: 0, isActive: true })
    const id = created.body.doc.id
    const stored = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id, overrideAccess: true })
    expect(stored.unsubscribeToken).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.confirmationToken).toMatch(/^[0-9a-f]{64}$/)
    // The address is unique per site, case-insensitively.
    expect((await as.editor.request('POST', `/api/${SUBSCRIPTIONS}`, { site: siteA, email: email.toUpperCase() })).status).toBe(400)
    expect((await as.editor.request('PATCH', `/api/${SUBSCRIPTIONS}/${id}`, { frequency: 'weekly' })).status).toBe(200)
    expect((await as.editor.request('PATCH', `/api/${SUBSCRIPTIONS}/${id}`, { email: address() })).status).toBe(403)
    expect((await platform.payload.findByID({ collection: SUBSCRIPTIONS, id, overrideAccess: true })).email).toBe(email)
  })

  it('the same address may subscribe to two sites', async () => {
    const email = address()
    expect((await as.ownerA.request('POST', `/api/${SUBSCRIPTIONS}`, { site: siteA, email })).status).toBe(201)
    expect((await as.ownerB.request('POST', `/api/${SUBSCRIPTIONS}`, { site: siteB, email })).status).toBe(201)
  })

  it('a host, a viewer, staff, another owner and a visitor can neither add, change nor delete', async () => {
    const { id } = await subscriber(siteA)
    for (const who of ['host', 'viewer', 'staff', 'ownerB', 'visitor'] as const) {
      const created = await as[who].request('POST', `/api/${SUBSCRIPTIONS}`, { site: siteA, email: address() })
      expect({ who, refused: [400, 401, 403].includes(created.status) }).toEqual({ who, refused: true })
      const changed = await as[who].request('PATCH', `/api/${SUBSCRIPTIONS}/${id}`, { frequency: 'monthly' })
      expect({ who, refused: [401, 403, 404].includes(changed.status) }).toEqual({ who, refused: true })
      const removed = await as[who].request('DELETE', `/api/${SUBSCRIPTIONS}/${id}`)
      expect({ who, refused: [401, 403, 404].includes(removed.status) }).toEqual({ who, refused: true })
    }
    expect((await platform.payload.findByID({ collection: SUBSCRIPTIONS, id, overrideAccess: true })).frequency).toBe('each')
  })

  it('campaigns: editors write them, hosts and viewers do not', async () => {
    const body = { site: siteA, subjectPl: 'Nowości', subjectEn: 'News' }
    const created = await as.editor.request('POST', `/api/${CAMPAIGNS}`, body)
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'draft', sentCount: 0 })
    for (const who of ['host', 'viewer'] as const) expect([401, 403]).toContain((await as[who].request('POST', `/api/${CAMPAIGNS}`, body)).status)
    expect((await as.viewer.request('GET', `/api/${CAMPAIGNS}/${created.body.doc.id}`)).status).toBe(200)
  })
})

describe('deleting a subscriber (GDPR)', () => {
  it('deletes their delivery records with them, and nobody writes delivery records over the API', async () => {
    const gone = await subscriber(siteA, 3)
    const kept = await subscriber(siteA, 2)
    const deliveries = async (subscription: number) =>
      (await platform.payload.count({ collection: ANALYTICS, where: { subscription: { equals: subscription } }, overrideAccess: true })).totalDocs
    expect(await deliveries(gone.id)).toBe(3)
    const viewerSees = await as.viewer.request('GET', `/api/${ANALYTICS}?limit=0&where[subscription][equals]=${gone.id}`)
    expect(viewerSees.body.docs).toHaveLength(3)
    expect(viewerSees.body.docs[0]).not.toHaveProperty('trackingToken')
    expect((await as.ownerA.request('POST', `/api/${ANALYTICS}`, { site: siteA, subscription: kept.id })).status).toBe(403)

    expect((await as.editor.request('DELETE', `/api/${SUBSCRIPTIONS}/${gone.id}`)).status).toBe(200)
    expect(await deliveries(gone.id)).toBe(0)
    expect(await deliveries(kept.id)).toBe(2)
  })
})

describe('deleting a site', () => {
  it('takes its subscribers, deliveries and campaigns with it', async () => {
    const owner = await createUser(platform.payload)
    const site = (await createSite(platform.payload, owner.id)).id
    const sub = await subscriber(site, 2)
    await platform.payload.create({ collection: CAMPAIGNS, data: { site, subjectPl: 'Temat', status: 'draft' }, overrideAccess: true })
    const ownerSession = await signIn(platform.baseURL, owner.email, PASSWORD)
    expect((await ownerSession.request('DELETE', `/api/sites/${site}`)).status).toBe(200)
    for (const collection of [SUBSCRIPTIONS, ANALYTICS, CAMPAIGNS] as const)
      expect({ collection, left: (await platform.payload.count({ collection, where: { site: { equals: site } }, overrideAccess: true })).totalDocs }).toEqual({
        collection,
        left: 0,
      })
    expect((await platform.payload.count({ collection: ANALYTICS, where: { subscription: { equals: sub.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
