/**
 * The whole built config, not a list: every collection declares its access,
 * and every site-scoped collection (core or any plugin's, found by its `site`
 * field) keeps its documents to its site. A new plugin's collection is covered
 * here without editing anything.
 */
import type { Config, SanitizedCollectionConfig } from 'payload'

import { isSiteScoped } from '@platform'
import type { Session, TestPlatform } from '@platform/testing'
import { createTenant, createUser, PASSWORD, session, signIn, startTestPlatform } from '@platform/testing'
import { INTERNAL_COLLECTIONS, internalAccess, isPayloadInternal, secureInternalCollections } from '../../src/platform/access/internalCollections'
import { missingAccess, requireAccess } from '../../src/platform/plugins/requireAccess'
import { generateData, generateDoc, type Owner } from './generateDoc'

// The config is read from the running platform (importing it here would fix its database before the test picks one).
const all = (): SanitizedCollectionConfig[] => platform.payload.config.collections
/** The platform's own collections; Payload's (added while it sanitizes, `payload-*`) are checked on their own below. */
const ours = (): SanitizedCollectionConfig[] => all().filter((collection) => !isPayloadInternal(collection.slug))
const internal = (): SanitizedCollectionConfig[] => all().filter((collection) => isPayloadInternal(collection.slug))
const siteScopedSlugs = () =>
  ours()
    .filter(isSiteScoped)
    .map((collection) => collection.slug)

type Tenant = Owner & { session: Session }

let platform: TestPlatform
let a: Tenant
let b: Tenant
let staff: Session

const tenant = () => createTenant(platform)

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;[a, b] = await Promise.all([tenant(), tenant()])
  const staffUser = await createUser(platform.payload, { isStaff: true })
  staff = await signIn(platform.baseURL, staffUser.email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

const stored = (slug: string, id: number | string) =>
  platform.payload.db.findOne({ collection: slug as 'clients', where: { id: { equals: id } } }) as Promise<Record<string, unknown> | null>
const countInSite = async (slug: string, siteId: number) =>
  (await platform.payload.db.count({ collection: slug as 'clients', where: { site: { equals: siteId } } })).totalDocs
const refused = (status: number) => [401, 403, 404].includes(status)

describe('every collection declares its access', () => {
  it('each has read, create, update and delete of its own (the raw config is guarded at build time, below)', () => {
    expect(ours().length).toBeGreaterThan(15)
    for (const collection of ours()) expect({ slug: collection.slug, missing: missingAccess(collection) }).toEqual({ slug: collection.slug, missing: [] })
  })

  it("Payload's own collections carry the platform's access, not Payload's defaults (behaviour: internalCollections.test.ts)", () => {
    expect(internal().map((collection) => collection.slug)).toEqual(expect.arrayContaining(['payload-locked-documents', 'payload-preferences']))
    for (const collection of internal()) {
      expect({ slug: collection.slug, known: (INTERNAL_COLLECTIONS as readonly string[]).includes(collection.slug) }).toEqual({
        slug: collection.slug,
        known: true,
      })
      expect({ slug: collection.slug, missing: missingAccess(collection) }).toEqual({ slug: collection.slug, missing: [] })
      const expected = internalAccess(collection, collection.slug)
      for (const operation of ['read', 'create', 'update', 'delete'] as const)
        expect({ slug: collection.slug, operation, set: collection.access[operation] === expected?.[operation] }).toEqual({
          slug: collection.slug,
          operation,
          set: true,
        })
    }
  })

  it('refuses a config in which Payload added a collection whose access the platform has not set', () => {
    const config = { collections: [{ slug: 'payload-something-new', access: {}, hooks: {} }] } as unknown as Parameters<typeof secureInternalCollections>[0]
    expect(() => secureInternalCollections(config)).toThrow('Payload added the collection "payload-something-new"')
  })

  it('refuses to build a config with a collection that leaves access to the default', () => {
    const bare: Config = { collections: [{ slug: 'open-notes', fields: [{ name: 'text', type: 'text' }], access: { read: () => true } }] } as unknown as Config
    expect(() => requireAccess()(bare)).toThrow('Collections without explicit access: open-notes (create, update, delete)')
  })

  it('finds the site-scoped collections of core and of every plugin', () => {
    expect(siteScopedSlugs()).toEqual(expect.arrayContaining(['clients', 'site-versions', 'team-members']))
    expect(siteScopedSlugs().length).toBeGreaterThan(3)
  })
})

describe('every site-scoped collection keeps to its site', () => {
  const docs = new Map<string, { id: number | string; before: Record<string, unknown> | null }>()

  beforeAll(async () => {
    for (const slug of siteScopedSlugs()) {
      const doc = await generateDoc(platform.payload, slug, a)
      docs.set(slug, { id: doc.id, before: await stored(slug, doc.id) })
    }
  })

  it('another owner and a visitor can neither read nor list it', async () => {
    for (const [slug, { id }] of docs) {
      for (const [who, caller] of [
        ['owner B', b.session],
        ['visitor', session(platform.baseURL)],
      ] as const) {
        const read = await caller.request('GET', `/api/${slug}/${id}?depth=0`)
        expect({ slug, who, refused: refused(read.status) }).toEqual({ slug, who, refused: true })
        const list = await caller.request('GET', `/api/${slug}?depth=0&limit=0&where[id][equals]=${id}`)
        expect({ slug, who, docs: list.status === 200 ? list.body.docs : [] }).toEqual({ slug, who, docs: [] })
      }
    }
  })

  it('another owner, staff and a visitor can neither change nor delete it', async () => {
    for (const [slug, { id, before }] of docs) {
      for (const [who, caller] of [
        ['owner B', b.session],
        ['staff', staff],
        ['visitor', session(platform.baseURL)],
      ] as const) {
        const update = await caller.request('PATCH', `/api/${slug}/${id}`, { site: b.siteId })
        expect({ slug, who, refused: refused(update.status) }).toEqual({ slug, who, refused: true })
        const remove = await caller.request('DELETE', `/api/${slug}/${id}`)
        expect({ slug, who, refused: refused(remove.status) }).toEqual({ slug, who, refused: true })
      }
      expect({ slug, stored: await stored(slug, id) }).toEqual({ slug, stored: before })
    }
  })

  it('another owner cannot create one in the site', async () => {
    for (const slug of docs.keys()) {
      const body = await generateData(platform.payload, slug, a)
      const count = await countInSite(slug, a.siteId)
      const created = await b.session.request('POST', `/api/${slug}`, body)
      expect({ slug, status: created.status, refused: [400, 401, 403].includes(created.status) }).toEqual({ slug, status: created.status, refused: true })
      expect({ slug, count: await countInSite(slug, a.siteId) }).toEqual({ slug, count })
    }
  })

  it('its owner reads it, and staff may read it for audit or not at all', async () => {
    for (const [slug, { id }] of docs) {
      // Collections closed even to their owners' reads (the platform's own bookkeeping) answer 403; none may answer anything else.
      expect({ slug, status: [200, 403].includes((await a.session.request('GET', `/api/${slug}/${id}?depth=0`)).status) }).toEqual({ slug, status: true })
      expect({ slug, status: [200, 403].includes((await staff.request('GET', `/api/${slug}/${id}?depth=0`)).status) }).toEqual({ slug, status: true })
    }
  })
})
