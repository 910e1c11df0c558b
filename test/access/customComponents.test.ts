/**
 * Who may do what with custom React components, over real HTTP: like other
 * site content, every role on the site reads them (staff too, for audit), the
 * content roles (owner, admin, editor) write them, and nobody reaches another
 * owner's components or moves one to another site.
 */
import type { TeamRole } from '../../src/platform/access/roles'
import type { Session } from '../../src/platform/testing/http'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'

const SLUG = 'custom-react-components'
const SOURCE = 'export default function Badge() {\n  return <strong>Hi</strong>\n}\n'
const ACTORS = ['owner', 'admin', 'editor', 'host', 'viewer', 'staff', 'stranger'] as const
type Actor = (typeof ACTORS)[number]

/** Written out by hand from DESIGN.md "Who may do what" (content = owner, admin, editor; read = every role; staff read only). */
const MAY: Record<'read' | 'create' | 'update' | 'delete', Actor[]> = {
  read: ['owner', 'admin', 'editor', 'host', 'viewer', 'staff'],
  create: ['owner', 'admin', 'editor'],
  update: ['owner', 'admin', 'editor'],
  delete: ['owner', 'admin', 'editor'],
}

let platform: TestPlatform
let siteId: number
let otherSiteId: number
const sessions = {} as Record<Actor, Session>

const makeComponent = async (site: number, name = 'Badge') =>
  platform.payload.create({ collection: SLUG, data: { site, name, sourceCode: SOURCE }, overrideAccess: true })

const stored = (id: number) => platform.payload.findByID({ collection: SLUG, id, depth: 0, overrideAccess: true, disableErrors: true })

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const users = {} as Record<Actor, { id: number; email: string }>
  for (const actor of ACTORS) users[actor] = await createUser(platform.payload, { isStaff: actor === 'staff' })
  siteId = (await createSite(platform.payload, users.owner.id)).id
  otherSiteId = (await createSite(platform.payload, users.stranger.id)).id
  for (const role of ['admin', 'editor', 'host', 'viewer'] as TeamRole[]) await addTeamMember(platform.payload, siteId, users[role].id, users[role].email, role)
  for (const actor of ACTORS) sessions[actor] = await signIn(platform.baseURL, users[actor].email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

describe('custom React components: access by role', () => {
  it.each(ACTORS.map((actor) => [actor, MAY.read.includes(actor)] as const))('read by %s allowed = %s', async (actor, allowed) => {
    const doc = await makeComponent(siteId)
    const byId = await sessions[actor].request('GET', `/api/${SLUG}/${doc.id}?depth=0`)
    expect(byId.status).toBe(allowed ? 200 : 404)
    const list = await sessions[actor].request('GET', `/api/${SLUG}?depth=0&limit=0&pagination=false`)
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((item: { id: number }) => item.id)
    expect(ids.includes(doc.id)).toBe(allowed)
  })

  it.each(ACTORS.map((actor) => [actor, MAY.create.includes(actor)] as const))('create by %s allowed = %s', async (actor, allowed) => {
    const count = async () => (await platform.payload.count({ collection: SLUG, where: { site: { equals: siteId } }, overrideAccess: true })).totalDocs
    const before = await count()
    const response = await sessions[actor].request('POST', `/api/${SLUG}?depth=0`, { site: siteId, name: `By ${actor}`, sourceCode: SOURCE })
    if (allowed) {
      expect({ status: response.status, errors: response.body?.errors }).toEqual({ status: 201, errors: undefined })
      expect(response.body.doc.site).toBe(siteId)
    } else {
      expect(response.status).toBe(403)
      expect(await count()).toBe(before)
    }
  })

  it.each(ACTORS.map((actor) => [actor, MAY.update.includes(actor)] as const))('update by %s allowed = %s', async (actor, allowed) => {
    const doc = await makeComponent(siteId)
    const response = await sessions[actor].request('PATCH', `/api/${SLUG}/${doc.id}?depth=0`, {
      name: `Renamed by ${actor}`,
      sourceCode: SOURCE.replace('Hi', actor),
    })
    const after = await stored(doc.id)
    if (allowed) {
      expect({ status: response.status, errors: response.body?.errors }).toEqual({ status: 200, errors: undefined })
      expect(after?.name).toBe(`Renamed by ${actor}`)
      expect(after?.compiledJs).toContain(actor)
    } else {
      expect(response.status).toBe(403)
      expect({ name: after?.name, sourceCode: after?.sourceCode, compiledJs: after?.compiledJs }).toEqual({
        name: doc.name,
        sourceCode: doc.sourceCode,
        compiledJs: doc.compiledJs,
      })
    }
  })

  it.each(ACTORS.map((actor) => [actor, MAY.delete.includes(actor)] as const))('delete by %s allowed = %s', async (actor, allowed) => {
    const doc = await makeComponent(siteId)
    const response = await sessions[actor].request('DELETE', `/api/${SLUG}/${doc.id}`)
    if (allowed) {
      expect(response.status).toBe(200)
      expect(await stored(doc.id)).toBeNull()
    } else {
      expect(response.status).toBe(403)
      expect(await stored(doc.id)).not.toBeNull()
    }
  })

  it('visitors without a session reach nothing', async () => {
    const doc = await makeComponent(siteId)
    const anonymous = session(platform.baseURL, { origin: null })
    expect((await anonymous.request('GET', `/api/${SLUG}/${doc.id}`)).status).toBe(403)
    expect((await anonymous.request('POST', `/api/${SLUG}`, { site: siteId, name: 'x', sourceCode: SOURCE })).status).toBe(403)
    expect((await anonymous.request('PATCH', `/api/${SLUG}/${doc.id}`, { name: 'x' })).status).toBe(403)
    expect((await anonymous.request('DELETE', `/api/${SLUG}/${doc.id}`)).status).toBe(403)
    expect(await stored(doc.id)).toMatchObject({ name: doc.name })
  })

  it('a member of this site reaches nothing of another owner’s site, and cannot create there', async () => {
    const theirs = await makeComponent(otherSiteId, 'Theirs')
    for (const actor of ['owner', 'admin', 'editor', 'viewer'] as const) {
      const client = sessions[actor]
      expect({ actor, status: (await client.request('GET', `/api/${SLUG}/${theirs.id}`)).status }).toEqual({ actor, status: 404 })
      expect({ actor, status: (await client.request('PATCH', `/api/${SLUG}/${theirs.id}`, { name: 'x' })).status }).toEqual({ actor, status: 403 })
      expect({ actor, status: (await client.request('DELETE', `/api/${SLUG}/${theirs.id}`)).status }).toEqual({ actor, status: 403 })
      const created = await client.request('POST', `/api/${SLUG}`, { site: otherSiteId, name: 'Forged', sourceCode: SOURCE })
      expect({ actor, status: created.status }).toEqual({ actor, status: 403 })
    }
    expect(await stored(theirs.id)).toMatchObject({ name: 'Theirs', site: otherSiteId })
    expect((await platform.payload.count({ collection: SLUG, where: { site: { equals: otherSiteId } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('a component cannot be moved to another site, not even one of the same owner', async () => {
    const doc = await makeComponent(siteId)
    const ownSecondSite = await sessions.owner.request('POST', '/api/sites', { name: 'Second', identifier: `second-${doc.id}` })
    expect(ownSecondSite.status).toBe(201)
    for (const target of [otherSiteId, ownSecondSite.body.doc.id]) {
      const response = await sessions.owner.request('PATCH', `/api/${SLUG}/${doc.id}`, { site: target })
      expect({ target, status: response.status }).toEqual({ target, status: 403 })
    }
    expect((await stored(doc.id))?.site).toBe(siteId)
  })

  it('staff may read for audit but never write', async () => {
    const doc = await makeComponent(siteId)
    expect((await sessions.staff.request('GET', `/api/${SLUG}/${doc.id}`)).status).toBe(200)
    expect((await sessions.staff.request('PATCH', `/api/${SLUG}/${doc.id}`, { name: 'Staff edit' })).status).toBe(403)
    expect((await sessions.staff.request('POST', `/api/${SLUG}`, { site: siteId, name: 'Staff', sourceCode: SOURCE })).status).toBe(403)
    expect(await stored(doc.id)).toMatchObject({ name: doc.name })
  })
})
