/**
 * Tenancy over real HTTP: owner A reaches nothing of owner B's, in every
 * collection that belongs to a site, a user or an owner, by every REST route
 * (by id, list, count, bulk where), and cannot put a record into B's hands.
 */
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import {
  countOf,
  createBody,
  EDITS,
  errorOf,
  expectBulkRefused,
  expectNothingTouched,
  listIds,
  makeSiteDoc,
  makeTenant,
  SITE_OWNED,
  stored,
  unique,
  whereId,
  type Doc,
  type Slug,
  type Tenant,
} from './support'

let platform: TestPlatform
let a: Tenant
let b: Tenant
/** B's documents as they were before A tried anything. */
const before = new Map<string, Doc>()

type Owned = keyof Tenant['docs']
const OWNED: Owned[] = ['sites', 'site-versions', 'team-members', 'clients', 'notifications', 'templates']

/** What a document's tenancy hangs on, and a change that would hand A's document to B. */
const MOVE: Record<Owned, (to: Tenant) => Record<string, unknown>> = {
  sites: (to) => ({ owner: to.user.id }),
  'site-versions': (to) => ({ site: to.site.id }),
  'team-members': (to) => ({ site: to.site.id }),
  clients: (to) => ({ site: to.site.id }),
  notifications: (to) => ({ user: to.user.id }),
  templates: (to) => ({ owner: to.user.id }),
}
const TENANCY_FIELD: Record<Owned, string> = {
  sites: 'owner',
  'site-versions': 'site',
  'team-members': 'site',
  clients: 'site',
  notifications: 'user',
  templates: 'owner',
}

const storedB = (slug: Owned) => stored(platform.payload, slug as Slug, b.docs[slug])
const expectBUnchanged = async (slug: Owned) => expect(await storedB(slug)).toEqual(before.get(slug))

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;[a, b] = await Promise.all([makeTenant(platform), makeTenant(platform)])
  for (const slug of OWNED) before.set(slug, (await storedB(slug))!)
})

afterAll(async () => {
  await platform?.close()
})

describe.each(OWNED)("owner A and B's %s", (slug) => {
  it('cannot read it by id (404), though A reads their own', async () => {
    expect((await a.session.request('GET', `/api/${slug}/${b.docs[slug]}`)).status).toBe(404)
    expect((await a.session.request('GET', `/api/${slug}/${a.docs[slug]}`)).status).toBe(200)
  })

  it("does not see it in the list, which does hold A's own", async () => {
    const ids = await listIds(a.session, slug)
    expect(ids).toContain(a.docs[slug])
    expect(ids).not.toContain(b.docs[slug])
  })

  it('does not count it', async () => {
    expect(await countOf(a.session, slug, b.docs[slug])).toBe(0)
    expect(await countOf(a.session, slug, a.docs[slug])).toBe(1)
    const all = await a.session.request('GET', `/api/${slug}/count`)
    expect(all.body.totalDocs).toBe((await listIds(a.session, slug)).length)
  })

  it('cannot find it by querying its tenancy field', async () => {
    const field = TENANCY_FIELD[slug]
    const target = field === 'site' ? b.site.id : b.user.id
    expect(await listIds(a.session, slug, `&where[${field}][equals]=${target}`)).toEqual([])
  })

  it('cannot update it by id', async () => {
    // Payload answers a write by id outside the caller's scope with 403 (a read by id with 404).
    expect((await a.session.request('PATCH', `/api/${slug}/${b.docs[slug]}`, EDITS[slug])).status).toBe(403)
    await expectBUnchanged(slug)
  })

  it('cannot delete it by id', async () => {
    expect((await a.session.request('DELETE', `/api/${slug}/${b.docs[slug]}`)).status).toBe(403)
    await expectBUnchanged(slug)
  })

  it('cannot update it by a bulk where', async () => {
    const response = await a.session.request('PATCH', `/api/${slug}?${whereId(b.docs[slug])}`, EDITS[slug])
    if (slug === 'site-versions') expect(response.status).toBe(403)
    else expectNothingTouched(response)
    await expectBUnchanged(slug)
  })

  it('cannot delete it by a bulk where', async () => {
    expectNothingTouched(await a.session.request('DELETE', `/api/${slug}?${whereId(b.docs[slug])}`))
    // A wider net: everything of B's by its tenancy field.
    const field = TENANCY_FIELD[slug]
    const target = field === 'site' ? b.site.id : b.user.id
    expectNothingTouched(await a.session.request('DELETE', `/api/${slug}?where[${field}][equals]=${target}`))
    await expectBUnchanged(slug)
  })

  it("cannot move A's own document into B's hands (403), by id or by bulk where", async () => {
    const own = (await stored(platform.payload, slug as Slug, a.docs[slug]))!
    const byId = await a.session.request('PATCH', `/api/${slug}/${a.docs[slug]}`, MOVE[slug](b))
    expect({ status: byId.status, error: typeof errorOf(byId) }).toEqual({ status: 403, error: 'string' })
    const bulk = await a.session.request('PATCH', `/api/${slug}?${whereId(a.docs[slug])}`, MOVE[slug](b))
    if (slug === 'site-versions') expect(bulk.status).toBe(403)
    else expectBulkRefused(bulk, /^You may not/)
    expect(await stored(platform.payload, slug as Slug, a.docs[slug])).toEqual(own)
  })
})

describe.each(SITE_OWNED)('owner A creating %s', (slug) => {
  const shapes: [string, (t: Tenant) => unknown][] = [
    ['a numeric id', (t) => t.site.id],
    ['a string id', (t) => String(t.site.id)],
    ['a populated document', (t) => ({ id: t.site.id })],
    // Shapes the access check cannot read must be refused, not left to the database to reject.
    ['an array', (t) => [t.site.id]],
    ["an array with A's own site first", (t) => [a.site.id, t.site.id]],
    ['a polymorphic value', (t) => ({ relationTo: 'sites', value: t.site.id })],
  ]

  it.each(shapes)("in B's site is refused with 403 (site given as %s)", async (_shape, siteOf) => {
    const countBefore = (await platform.payload.count({ collection: slug, where: { site: { equals: b.site.id } }, overrideAccess: true })).totalDocs
    const response = await a.session.request('POST', `/api/${slug}`, createBody(slug, siteOf(b)))
    expect({ status: response.status, error: typeof errorOf(response) }).toEqual({ status: 403, error: 'string' })
    const countAfter = (await platform.payload.count({ collection: slug, where: { site: { equals: b.site.id } }, overrideAccess: true })).totalDocs
    expect(countAfter).toBe(countBefore)
  })

  it.each(shapes.slice(1))("moving A's own record into B's site is refused with 403 (site given as %s)", async (_shape, siteOf) => {
    const own = await makeSiteDoc(platform.payload, slug, a.site.id)
    const response = await a.session.request('PATCH', `/api/${slug}/${own.id}`, { site: siteOf(b) })
    expect(response.status).toBe(403)
    expect((await stored(platform.payload, slug, own.id))!.site).toBe(a.site.id)
  })

  it("in A's own site works (so the refusal above is about the site)", async () => {
    const response = await a.session.request('POST', `/api/${slug}`, createBody(slug, a.site.id))
    expect({ status: response.status, error: errorOf(response) }).toEqual({ status: 201, error: undefined })
    expect(response.body.doc.site).toMatchObject({ id: a.site.id })
  })
})

describe("creating records in another owner's name", () => {
  it("a site is always A's own, whatever owner the body names", async () => {
    const response = await a.session.request('POST', '/api/sites', { name: 'Mine', identifier: `mine-${unique()}`, owner: b.user.id })
    expect(response.status).toBe(201)
    expect((await stored(platform.payload, 'sites', response.body.doc.id))!.owner).toBe(a.user.id)
  })

  it("a template is always A's own and never a system template", async () => {
    const response = await a.session.request('POST', '/api/templates', { name: 'Mine', config: {}, owner: b.user.id, isSystem: true })
    expect(response.status).toBe(201)
    expect(await stored(platform.payload, 'templates', response.body.doc.id)).toMatchObject({ owner: a.user.id, isSystem: false })
  })

  it('a notification cannot be created over the API at all, not even for oneself', async () => {
    for (const user of [a.user.id, b.user.id]) {
      const response = await a.session.request('POST', '/api/notifications', { user, message: 'Hi', notificationType: 'test.forged' })
      expect(response.status).toBe(403)
    }
    expect(
      (await platform.payload.count({ collection: 'notifications', where: { notificationType: { equals: 'test.forged' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it("a notification of A's cannot be pointed at B's site either", async () => {
    const response = await a.session.request('PATCH', `/api/notifications/${a.docs.notifications}`, { site: b.site.id })
    expect(response.status).toBe(403)
    expect((await stored(platform.payload, 'notifications', a.docs.notifications))!.site).toBe(a.site.id)
  })
})

describe('the same over GraphQL (same access functions, another door)', () => {
  const GRAPHQL_LISTS: Record<Owned, string> = {
    sites: 'Sites',
    'site-versions': 'SiteVersions',
    'team-members': 'TeamMembers',
    clients: 'Clients',
    notifications: 'Notifications',
    templates: 'Templates',
  }
  const graphql = (query: string) => a.session.request('POST', '/api/graphql', { query })

  it("lists hold A's documents and none of B's", async () => {
    const query = `{ ${OWNED.map((slug) => `${GRAPHQL_LISTS[slug]}(limit: 0) { docs { id } }`).join(' ')} }`
    const response = await graphql(query)
    expect({ status: response.status, errors: response.body.errors }).toEqual({ status: 200, errors: undefined })
    for (const slug of OWNED) {
      const ids = response.body.data[GRAPHQL_LISTS[slug]].docs.map((doc: Doc) => doc.id)
      expect({ slug, hasA: ids.includes(a.docs[slug]), hasB: ids.includes(b.docs[slug]) }).toEqual({ slug, hasA: true, hasB: false })
    }
  })

  it("mutations on B's documents or into B's site are refused", async () => {
    const update = await graphql(`mutation { updateClient(id: ${b.docs.clients}, data: { firstName: "Changed" }) { id } }`)
    expect(update.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const remove = await graphql(`mutation { deleteClient(id: ${b.docs.clients}) { id } }`)
    expect(remove.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const create = await graphql(`mutation { createClient(data: { site: ${b.site.id}, email: "gql-${unique()}@example.test" }) { id } }`)
    expect(create.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const move = await graphql(`mutation { updateClient(id: ${a.docs.clients}, data: { site: ${b.site.id} }) { id } }`)
    expect(move.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    await expectBUnchanged('clients')
    expect((await stored(platform.payload, 'clients', a.docs.clients))!.site).toBe(a.site.id)
  })
})

describe('afterwards', () => {
  it('B still has every document, exactly as before', async () => {
    for (const slug of OWNED) await expectBUnchanged(slug)
    // And B still reaches all of it.
    for (const slug of OWNED) expect(await listIds(b.session, slug)).toContain(b.docs[slug])
  })
})
