/**
 * Payload's own collections over real HTTP, REST and GraphQL, as another
 * tenant and as a visitor. Edit locks used to be open to every signed-in user:
 * owner B could lock owner A's site (A's save then answered 423), remove A's
 * locks, take a lock in someone else's name and list who edits what.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createTenant, createUser, PASSWORD, session, signIn, startTestPlatform } from '@platform/testing'

type ID = number | string
type Tenant = { userId: number; siteId: number; session: Session }

const LOCKS = 'payload-locked-documents'

let platform: TestPlatform
let a: Tenant
let b: Tenant
let aViewer: Session
let staff: Session

const tenant = () => createTenant(platform)

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;[a, b] = await Promise.all([tenant(), tenant()])
  const viewer = await createUser(platform.payload)
  await addTeamMember(platform.payload, a.siteId, viewer.id, viewer.email, 'viewer')
  aViewer = await signIn(platform.baseURL, viewer.email, PASSWORD)
  const staffUser = await createUser(platform.payload, { isStaff: true })
  staff = await signIn(platform.baseURL, staffUser.email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

const visitor = () => session(platform.baseURL)
const lockBody = (siteId: ID, userId: ID) => ({ document: { relationTo: 'sites', value: siteId }, user: { relationTo: 'users', value: userId } })
const allLocks = async () =>
  (await platform.payload.db.find({ collection: LOCKS as 'users', pagination: false, limit: 0 })).docs as unknown as Record<string, any>[]
const locksOn = async (siteId: ID) =>
  (await allLocks()).filter((lock) => lock.document?.relationTo === 'sites' && String(lock.document?.value) === String(siteId))
const clearLocks = () => platform.payload.db.deleteMany({ collection: LOCKS as 'users', where: { id: { exists: true } } })
const refused = (status: number) => [401, 403, 404].includes(status)
const gql = (caller: Session, query: string) => caller.request('POST', '/api/graphql', { query })

/** A's own lock on A's site, taken over the API as the admin's editor would. */
const lockAsA = async (): Promise<ID> => {
  const created = await a.session.request('POST', `/api/${LOCKS}`, lockBody(a.siteId, a.userId))
  expect({ status: created.status, errors: created.body.errors }).toEqual({ status: 201, errors: undefined })
  return created.body.doc.id
}

beforeEach(clearLocks)

describe('edit locks follow the locked document', () => {
  it("owner B cannot lock A's site, so A's own save is never refused with 423", async () => {
    const attempt = await b.session.request('POST', `/api/${LOCKS}`, lockBody(a.siteId, b.userId))
    expect(attempt.status).toBe(403)
    expect(await locksOn(a.siteId)).toEqual([])
    expect((await a.session.request('PATCH', `/api/sites/${a.siteId}`, { name: 'Still mine' })).status).toBe(200)
  })

  it("nobody takes a lock in someone else's name, not even on their own site", async () => {
    const forged = await a.session.request('POST', `/api/${LOCKS}`, lockBody(a.siteId, b.userId))
    expect(forged.status).toBe(403)
    expect(await locksOn(a.siteId)).toEqual([])
  })

  it('a team viewer may read the site but not lock it; staff read everything but lock nothing of a tenant', async () => {
    expect((await aViewer.request('POST', `/api/${LOCKS}`, lockBody(a.siteId, (await aViewer.request('GET', '/api/users/me')).body.user.id))).status).toBe(403)
    expect((await staff.request('POST', `/api/${LOCKS}`, lockBody(a.siteId, (await staff.request('GET', '/api/users/me')).body.user.id))).status).toBe(403)
    expect(await locksOn(a.siteId)).toEqual([])
  })

  it('visitors can do nothing with locks', async () => {
    const lockId = await lockAsA()
    const anonymous = visitor()
    expect(refused((await anonymous.request('POST', `/api/${LOCKS}`, lockBody(a.siteId, a.userId))).status)).toBe(true)
    expect(refused((await anonymous.request('GET', `/api/${LOCKS}`)).status)).toBe(true)
    expect(refused((await anonymous.request('GET', `/api/${LOCKS}/${lockId}`)).status)).toBe(true)
    expect(refused((await anonymous.request('PATCH', `/api/${LOCKS}/${lockId}`, { user: { relationTo: 'users', value: b.userId } })).status)).toBe(true)
    expect(refused((await anonymous.request('DELETE', `/api/${LOCKS}/${lockId}`)).status)).toBe(true)
    expect((await locksOn(a.siteId)).map((lock) => lock.id)).toEqual([lockId])
  })

  it('only those who may read the document see its lock', async () => {
    const lockId = await lockAsA()
    const listed = async (caller: Session) =>
      ((await caller.request('GET', `/api/${LOCKS}?limit=0&depth=0`)).body.docs ?? []).map((lock: { id: ID }) => lock.id)
    expect(await listed(b.session)).toEqual([])
    expect(refused((await b.session.request('GET', `/api/${LOCKS}/${lockId}`)).status)).toBe(true)
    expect((await b.session.request('GET', `/api/${LOCKS}/count`)).body.totalDocs).toBe(0)
    expect(await listed(a.session)).toEqual([lockId])
    expect(await listed(aViewer)).toEqual([lockId])
    expect(await listed(staff)).toEqual([lockId])
  })

  it("owner B can neither delete nor take over A's lock, one by one or in bulk", async () => {
    const lockId = await lockAsA()
    expect(refused((await b.session.request('DELETE', `/api/${LOCKS}/${lockId}`)).status)).toBe(true)
    expect(refused((await b.session.request('PATCH', `/api/${LOCKS}/${lockId}`, { user: { relationTo: 'users', value: b.userId } })).status)).toBe(true)
    const bulkDelete = await b.session.request('DELETE', `/api/${LOCKS}?where[id][exists]=true`)
    expect(bulkDelete.body.docs ?? []).toEqual([])
    const bulkPatch = await b.session.request('PATCH', `/api/${LOCKS}?where[id][exists]=true`, { globalSlug: 'x' })
    expect(bulkPatch.body.docs ?? []).toEqual([])
    const [lock] = await locksOn(a.siteId)
    expect({ id: lock?.id, user: String(lock?.user?.value) }).toEqual({ id: lockId, user: String(a.userId) })
  })

  it("A may not move a lock onto B's site or hand it to B", async () => {
    const lockId = await lockAsA()
    expect((await a.session.request('PATCH', `/api/${LOCKS}/${lockId}`, { document: { relationTo: 'sites', value: b.siteId } })).status).toBe(403)
    expect((await a.session.request('PATCH', `/api/${LOCKS}/${lockId}`, { user: { relationTo: 'users', value: b.userId } })).status).toBe(403)
    expect(await locksOn(b.siteId)).toEqual([])
    expect(String((await locksOn(a.siteId))[0]?.user?.value)).toBe(String(a.userId))
  })

  it('the owner locks, renews and removes their own lock', async () => {
    const lockId = await lockAsA()
    expect((await a.session.request('PATCH', `/api/${LOCKS}/${lockId}`, { user: { relationTo: 'users', value: a.userId } })).status).toBe(200)
    expect((await a.session.request('DELETE', `/api/${LOCKS}/${lockId}`)).status).toBe(200)
    expect(await locksOn(a.siteId)).toEqual([])
  })

  it('GraphQL holds the same rules', async () => {
    const lockId = await lockAsA()
    const create = await gql(
      b.session,
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: sites, value: ${a.siteId} }, user: { relationTo: users, value: ${b.userId} } }) { id } }`,
    )
    expect(create.body.data?.createPayloadLockedDocument ?? null).toBeNull()
    expect(create.body.errors?.length).toBeGreaterThan(0)
    const list = await gql(b.session, '{ PayloadLockedDocuments(limit: 0) { docs { id } } }')
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data.PayloadLockedDocuments.docs).toEqual([])
    const remove = await gql(b.session, `mutation { deletePayloadLockedDocument(id: ${lockId}) { id } }`)
    expect(remove.body.data?.deletePayloadLockedDocument ?? null).toBeNull()
    const anonymous = await gql(visitor(), '{ PayloadLockedDocuments(limit: 0) { docs { id } } }')
    expect(anonymous.body.data?.PayloadLockedDocuments ?? null).toBeNull()
    expect((await locksOn(a.siteId)).map((lock) => lock.id)).toEqual([lockId])
  })
})

describe('preferences stay with their user', () => {
  it('another tenant and a visitor can neither read, write over nor delete them', async () => {
    expect((await a.session.request('POST', '/api/payload-preferences/nav', { value: { open: true } })).status).toBe(200)
    const [pref] = (
      await platform.payload.db.find({ collection: 'payload-preferences' as 'users', where: { key: { equals: 'nav' } }, pagination: false, limit: 0 })
    ).docs as unknown as Record<string, any>[]
    expect(String(pref.user.value)).toBe(String(a.userId))
    const listed = await b.session.request('GET', '/api/payload-preferences?limit=0')
    expect((listed.body.docs ?? []).map((doc: { id: ID }) => doc.id)).not.toContain(pref.id)
    // GET/POST/DELETE /api/payload-preferences/:key are by key, for the caller's own preferences.
    expect((await b.session.request('GET', '/api/payload-preferences/nav')).body?.value ?? null).toBeNull()
    expect((await b.session.request('DELETE', `/api/payload-preferences?where[id][equals]=${pref.id}`)).body.docs ?? []).toEqual([])
    expect((await b.session.request('PATCH', `/api/payload-preferences?where[id][equals]=${pref.id}`, { value: { open: false } })).body.docs ?? []).toEqual([])
    // A create naming A is written in B's own name.
    const forged = await b.session.request('POST', '/api/payload-preferences', {
      key: 'nav',
      user: { relationTo: 'users', value: a.userId },
      value: { open: false },
    })
    expect(forged.status).toBe(201)
    const forgedUser = forged.body.doc.user.value
    expect(String(forgedUser?.id ?? forgedUser)).toBe(String(b.userId))
    const anonymous = visitor()
    expect(refused((await anonymous.request('POST', '/api/payload-preferences', { key: 'x', value: {} })).status)).toBe(true)
    expect(refused((await anonymous.request('POST', '/api/payload-preferences/x', { value: {} })).status)).toBe(true)
    expect(refused((await anonymous.request('GET', '/api/payload-preferences')).status)).toBe(true)
    const gqlList = await gql(b.session, '{ PayloadPreferences(limit: 0) { docs { id } } }')
    expect((gqlList.body.data?.PayloadPreferences?.docs ?? []).map((doc: { id: ID }) => String(doc.id))).not.toContain(String(pref.id))
    const stored = await platform.payload.db.findOne({ collection: 'payload-preferences' as 'users', where: { id: { equals: pref.id } } })
    expect((stored as unknown as Record<string, any>).value).toEqual({ open: true })
  })
})

describe('migrations and the key-value store are closed', () => {
  it('answer nothing over REST or GraphQL, to a tenant or a visitor', async () => {
    for (const caller of [b.session, visitor()]) {
      for (const slug of ['payload-migrations', 'payload-kv']) {
        for (const [method, path, body] of [
          ['GET', `/api/${slug}`, undefined],
          ['POST', `/api/${slug}`, { name: 'x', batch: 1, key: 'x', data: {} }],
          ['DELETE', `/api/${slug}?where[id][exists]=true`, undefined],
        ] as const) {
          const response = await caller.request(method, path, body)
          expect({ slug, method, ok: response.status < 300 }).toEqual({ slug, method, ok: false })
        }
      }
      // Migrations have no GraphQL at all; the key-value store has Payload's generated queries, all refused.
      const schema = await gql(caller, '{ __schema { queryType { fields { name } } } }')
      const names: string[] = (schema.body.data?.__schema.queryType.fields ?? []).map((field: { name: string }) => field.name)
      expect(names.filter((name) => /migration/i.test(name))).toEqual([])
      const kv = await gql(caller, '{ PayloadKvs(limit: 0) { docs { id } } countPayloadKvs { totalDocs } }')
      expect({ data: kv.body.data?.PayloadKvs ?? null, refused: kv.body.errors?.length > 0 }).toEqual({ data: null, refused: true })
      const write = await gql(caller, 'mutation { createPayloadKv(data: { key: "x", data: {} }) { id } }')
      expect({ data: write.body.data?.createPayloadKv ?? null, refused: write.body.errors?.length > 0 }).toEqual({ data: null, refused: true })
    }
  })
})
