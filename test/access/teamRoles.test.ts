/**
 * Team roles over real HTTP: on a site with an accepted member of each role,
 * every role gets exactly the operations "Who may do what" gives it, and a
 * member whose invitation is not accepted gets nothing. Invitations cannot be
 * forged (accepted status, linked account) through the API.
 */
import type { TeamRole } from '../../src/platform/access/roles'
import type { Session } from '../../src/platform/testing/http'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { countOf, createBody, EDITS, errorOf, expectRefused, listIds, makeSiteDoc, SITE_OWNED, stored, unique, type Doc, type SiteOwnedSlug } from './support'

const ROLES: TeamRole[] = ['admin', 'editor', 'host', 'viewer']
/** Everyone who might reach the site: its owner, a member of each role, and two with an admin invitation that is not accepted. */
const ACTORS = ['owner', 'admin', 'editor', 'host', 'viewer', 'pending', 'revoked'] as const
type Actor = (typeof ACTORS)[number]
type Operation = 'read' | 'create' | 'update' | 'delete'
type Collection = 'sites' | SiteOwnedSlug

/**
 * Who may do what, written out by hand from DESIGN.md and the collections
 * (not derived from ROLE_GROUPS, so a change there shows up here).
 */
const MAY: Record<Collection, Record<Operation, Actor[]>> = {
  sites: {
    read: ['owner', 'admin', 'editor', 'host', 'viewer'],
    create: [], // not site-scoped: anyone may start a site of their own (see below)
    update: ['owner', 'admin', 'editor'],
    delete: ['owner', 'admin'],
  },
  'site-versions': {
    read: ['owner', 'admin', 'editor', 'host', 'viewer'],
    create: ['owner', 'admin', 'editor'],
    update: [], // history is never rewritten
    delete: ['owner', 'admin'],
  },
  'team-members': {
    read: ['owner', 'admin', 'editor', 'host', 'viewer'],
    create: ['owner', 'admin'],
    update: ['owner', 'admin'],
    delete: ['owner', 'admin'],
  },
  clients: {
    read: ['owner', 'admin', 'editor', 'host', 'viewer'],
    create: ['owner', 'admin', 'editor', 'host'],
    update: ['owner', 'admin', 'editor', 'host'],
    delete: ['owner', 'admin'],
  },
}

let platform: TestPlatform
const users = {} as Record<Actor, Doc & { id: number; email: string }>
const sessions = {} as Record<Actor, Session>
/** The site everyone works on, and another owner's site nobody here belongs to. */
let site: Doc & { id: number }
let otherSite: Doc & { id: number }
let otherOwner: Doc & { id: number; email: string }

/** Gives every actor their role on a site, as the invitation flow would. */
const joinEveryone = async (siteId: number) => {
  for (const role of ROLES) await addTeamMember(platform.payload, siteId, users[role].id, users[role].email, role)
  for (const status of ['pending', 'revoked'] as const) {
    await platform.payload.create({
      collection: 'team-members',
      data: { site: siteId, email: users[status].email, permissionRole: 'admin', invitationStatus: status, linkedUser: users[status].id },
      overrideAccess: true,
    })
  }
}

const freshSite = async () => {
  const fresh = await createSite(platform.payload, users.owner.id)
  await joinEveryone(fresh.id)
  return fresh
}

/** A document to work on: the shared site for reads and edits, a fresh one when it is to be deleted. */
const target = async (collection: Collection, operation: Operation): Promise<Doc> => {
  if (collection === 'sites') return operation === 'delete' ? freshSite() : site
  return makeSiteDoc(platform.payload, collection, site.id)
}

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  for (const actor of ACTORS) users[actor] = await createUser(platform.payload)
  otherOwner = await createUser(platform.payload)
  site = await createSite(platform.payload, users.owner.id)
  await joinEveryone(site.id)
  otherSite = await createSite(platform.payload, otherOwner.id)
  const signedIn = await Promise.all(ACTORS.map((actor) => signIn(platform.baseURL, users[actor].email, PASSWORD)))
  ACTORS.forEach((actor, index) => (sessions[actor] = signedIn[index]))
})

afterAll(async () => {
  await platform?.close()
})

const rows = (Object.keys(MAY) as Collection[]).flatMap((collection) =>
  (['read', 'create', 'update', 'delete'] as Operation[])
    .filter((operation) => !(collection === 'sites' && operation === 'create'))
    .flatMap((operation) => ACTORS.map((actor) => [collection, operation, actor, MAY[collection][operation].includes(actor)] as const)),
)

describe('on a site with a member of each role', () => {
  it.each(rows)('%s: %s by %s allowed = %s', async (collection, operation, actor, allowed) => {
    const client = sessions[actor]
    switch (operation) {
      case 'read': {
        const doc = await target(collection, operation)
        const byId = await client.request('GET', `/api/${collection}/${doc.id}`)
        if (allowed) expect(byId.status).toBe(200)
        else expectRefused(byId)
        expect(await listIds(client, collection)).toEqual(allowed ? expect.arrayContaining([doc.id]) : expect.not.arrayContaining([doc.id]))
        expect(await countOf(client, collection, doc.id)).toBe(allowed ? 1 : 0)
        return
      }
      case 'create': {
        const slug = collection as SiteOwnedSlug
        const count = async () => (await platform.payload.count({ collection: slug, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs
        const countBefore = await count()
        const response = await client.request('POST', `/api/${slug}`, createBody(slug, site.id))
        if (allowed) {
          expect({ status: response.status, error: errorOf(response) }).toEqual({ status: 201, error: undefined })
          expect((await stored(platform.payload, slug, response.body.doc.id))!.site).toBe(site.id)
        } else {
          expect(response.status).toBe(403)
          expect(await count()).toBe(countBefore)
        }
        return
      }
      case 'update': {
        const doc = await target(collection, operation)
        const before = await stored(platform.payload, collection, doc.id)
        const edit = collection === 'sites' ? { templateConfig: { seo: { title: { pl: `by-${actor}-${unique()}`, en: 'edited' } } } } : EDITS[collection]
        const response = await client.request('PATCH', `/api/${collection}/${doc.id}`, edit)
        if (allowed) {
          expect({ status: response.status, error: errorOf(response) }).toEqual({ status: 200, error: undefined })
          expect(await stored(platform.payload, collection, doc.id)).toMatchObject(edit)
        } else {
          expect(response.status).toBe(403)
          expect(await stored(platform.payload, collection, doc.id)).toEqual(before)
        }
        return
      }
      case 'delete': {
        const doc = await target(collection, operation)
        const response = await client.request('DELETE', `/api/${collection}/${doc.id}`)
        if (allowed) {
          expect({ status: response.status, error: errorOf(response) }).toEqual({ status: 200, error: undefined })
          expect(await stored(platform.payload, collection, doc.id)).toBeNull()
        } else {
          expect(response.status).toBe(403)
          expect(await stored(platform.payload, collection, doc.id)).not.toBeNull()
        }
        return
      }
    }
  })

  it('deleting a site takes everything of it along (the admin may, as "everything on that site")', async () => {
    const doomed = await freshSite()
    const docs = await Promise.all(SITE_OWNED.map((slug) => makeSiteDoc(platform.payload, slug, doomed.id)))
    // A notification only refers to the site (its `site` is optional): it stays, without the reference.
    const notice = await platform.payload.create({
      collection: 'notifications',
      data: { user: users.admin.id, site: doomed.id, message: 'About the site', notificationType: 'test.hello' },
      overrideAccess: true,
    })
    expect((await sessions.admin.request('DELETE', `/api/sites/${doomed.id}`)).status).toBe(200)
    for (const [index, slug] of SITE_OWNED.entries()) expect(await stored(platform.payload, slug, docs[index].id)).toBeNull()
    expect(await stored(platform.payload, 'notifications', notice.id)).toMatchObject({ id: notice.id, site: null })
  })

  it('a pending or revoked invitee sees only their own invitation, nothing else of the site', async () => {
    for (const actor of ['pending', 'revoked'] as const) {
      const own = await platform.payload.find({ collection: 'team-members', where: { linkedUser: { equals: users[actor].id } }, overrideAccess: true })
      expect(await listIds(sessions[actor], 'team-members')).toEqual(expect.arrayContaining(own.docs.map((doc) => doc.id)))
      expect((await listIds(sessions[actor], 'team-members')).length).toBe(own.totalDocs)
      for (const collection of ['sites', 'site-versions', 'clients'] as const) {
        expect({ actor, collection, ids: await listIds(sessions[actor], collection) }).toEqual({ actor, collection, ids: [] })
      }
    }
  })

  it("a member reaches nothing on another owner's site", async () => {
    const theirs = await Promise.all(SITE_OWNED.map((slug) => makeSiteDoc(platform.payload, slug, otherSite.id)))
    for (const actor of ['admin', 'editor', 'host', 'viewer'] as const) {
      const client = sessions[actor]
      const docs: [Collection, Doc][] = [['sites', otherSite], ...SITE_OWNED.map((slug, index) => [slug, theirs[index]] as [Collection, Doc])]
      for (const [collection, doc] of docs) {
        const what = `${actor} on ${collection}`
        const before = await stored(platform.payload, collection, doc.id)
        expect({ what, status: (await client.request('GET', `/api/${collection}/${doc.id}`)).status }).toEqual({ what, status: 404 })
        expect(await listIds(client, collection)).not.toContain(doc.id)
        expect(await countOf(client, collection, doc.id)).toBe(0)
        expect({ what, status: (await client.request('PATCH', `/api/${collection}/${doc.id}`, EDITS[collection])).status }).toEqual({ what, status: 403 })
        expect({ what, status: (await client.request('DELETE', `/api/${collection}/${doc.id}`)).status }).toEqual({ what, status: 403 })
        expect(await stored(platform.payload, collection, doc.id)).toEqual(before)
        if (collection !== 'sites') {
          expect({ what, status: (await client.request('POST', `/api/${collection}`, createBody(collection, otherSite.id))).status }).toEqual({
            what,
            status: 403,
          })
        }
      }
    }
  })

  it("a member cannot move a record of this site into another owner's site", async () => {
    for (const actor of ['owner', 'admin', 'editor', 'host'] as const) {
      const client = await makeSiteDoc(platform.payload, 'clients', site.id)
      const response = await sessions[actor].request('PATCH', `/api/clients/${client.id}`, { site: otherSite.id })
      expect({ actor, status: response.status }).toEqual({ actor, status: 403 })
      expect((await stored(platform.payload, 'clients', client.id))!.site).toBe(site.id)
    }
  })

  it('revoking a member takes their access away at once', async () => {
    const leaving = await createUser(platform.payload)
    const membership = await addTeamMember(platform.payload, site.id, leaving.id, leaving.email, 'admin')
    const client = await signIn(platform.baseURL, leaving.email, PASSWORD)
    expect((await client.request('GET', `/api/sites/${site.id}`)).status).toBe(200)
    const revoke = await sessions.admin.request('POST', `/api/team-members/${membership.id}/revoke`)
    expect(revoke.status).toBe(200)
    expect((await client.request('GET', `/api/sites/${site.id}`)).status).toBe(404)
    expect((await client.request('PATCH', `/api/sites/${site.id}`, EDITS.sites)).status).toBe(403)
  })

  it('anyone signed in may start a site, which is then their own', async () => {
    for (const actor of ['editor', 'viewer', 'pending'] as const) {
      const response = await sessions[actor].request('POST', '/api/sites', { name: `${actor}'s own`, identifier: `own-${unique()}` })
      expect({ actor, status: response.status }).toEqual({ actor, status: 201 })
      expect((await stored(platform.payload, 'sites', response.body.doc.id))!.owner).toBe(users[actor].id)
    }
  })
})

describe('invitations cannot be forged through the API', () => {
  const invite = (extra: Record<string, unknown> = {}) => ({ site: site.id, email: `invitee-${unique()}@example.test`, permissionRole: 'admin', ...extra })
  const teamSize = async () =>
    (await platform.payload.count({ collection: 'team-members', where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs

  it('a manager invites as pending, and gets no linked account', async () => {
    for (const actor of ['owner', 'admin'] as const) {
      const response = await sessions[actor].request('POST', '/api/team-members', invite())
      expect(response.status).toBe(201)
      expect(await stored(platform.payload, 'team-members', response.body.doc.id)).toMatchObject({ invitationStatus: 'pending', linkedUser: null })
    }
  })

  it.each(['accepted', 'declined', 'expired', 'revoked'])('creating a member with invitationStatus %s is refused (403)', async (status) => {
    const size = await teamSize()
    const response = await sessions.owner.request('POST', '/api/team-members', invite({ invitationStatus: status }))
    expect({ status: response.status, error: typeof errorOf(response) }).toEqual({ status: 403, error: 'string' })
    expect(await teamSize()).toBe(size)
  })

  it('creating a member linked to an account is refused (403), with or without accepted status', async () => {
    const victim = await createUser(platform.payload)
    for (const extra of [{ linkedUser: victim.id }, { linkedUser: victim.id, invitationStatus: 'accepted' }, { linkedUser: { id: victim.id } }]) {
      const size = await teamSize()
      const response = await sessions.owner.request('POST', '/api/team-members', invite(extra))
      expect({ extra, status: response.status }).toEqual({ extra, status: 403 })
      expect(await teamSize()).toBe(size)
    }
    // The forged link would have let the owner read the victim's account; it still cannot.
    expect((await sessions.owner.request('GET', `/api/users/${victim.id}`)).status).toBe(404)
    // And the victim gained no role on the site.
    const asVictim = await signIn(platform.baseURL, victim.email, PASSWORD)
    expect((await asVictim.request('GET', `/api/sites/${site.id}`)).status).toBe(404)
  })

  it('an empty linked account (as the admin form sends it) is not an attempt', async () => {
    const response = await sessions.owner.request('POST', '/api/team-members', invite({ linkedUser: null }))
    expect(response.status).toBe(201)
  })

  it('a pending invitation cannot be accepted, or linked, by a manager', async () => {
    const member = await makeSiteDoc(platform.payload, 'team-members', site.id)
    const victim = await createUser(platform.payload)
    for (const edit of [{ invitationStatus: 'accepted' }, { linkedUser: victim.id }, { invitationStatus: 'declined' }]) {
      const response = await sessions.admin.request('PATCH', `/api/team-members/${member.id}`, edit)
      expect({ edit, status: response.status }).toEqual({ edit, status: 403 })
    }
    expect(await stored(platform.payload, 'team-members', member.id)).toMatchObject({ invitationStatus: 'pending', linkedUser: null })
  })

  it('a revoked membership cannot be brought back to accepted or pending', async () => {
    const comeback = await createUser(platform.payload)
    const membership = await addTeamMember(platform.payload, site.id, comeback.id, comeback.email, 'editor')
    expect((await sessions.owner.request('POST', `/api/team-members/${membership.id}/revoke`)).status).toBe(200)
    for (const status of ['accepted', 'pending']) {
      const response = await sessions.owner.request('PATCH', `/api/team-members/${membership.id}`, { invitationStatus: status })
      expect({ status, code: response.status }).toEqual({ status, code: 403 })
    }
    expect((await stored(platform.payload, 'team-members', membership.id))!.invitationStatus).toBe('revoked')
  })

  it('an invitee cannot accept their own pending invitation', async () => {
    const own = await platform.payload.find({ collection: 'team-members', where: { linkedUser: { equals: users.pending.id } }, overrideAccess: true })
    const response = await sessions.pending.request('PATCH', `/api/team-members/${own.docs[0].id}`, { invitationStatus: 'accepted' })
    expect(response.status).toBe(403)
    expect((await stored(platform.payload, 'team-members', own.docs[0].id))!.invitationStatus).toBe('pending')
  })

  it('a member below admin cannot promote themselves', async () => {
    for (const role of ['editor', 'host', 'viewer'] as const) {
      const own = await platform.payload.find({
        collection: 'team-members',
        where: { and: [{ linkedUser: { equals: users[role].id } }, { site: { equals: site.id } }] },
        overrideAccess: true,
      })
      const response = await sessions[role].request('PATCH', `/api/team-members/${own.docs[0].id}`, { permissionRole: 'admin' })
      expect({ role, status: response.status }).toEqual({ role, status: 403 })
      expect((await stored(platform.payload, 'team-members', own.docs[0].id))!.permissionRole).toBe(role)
    }
  })
})
