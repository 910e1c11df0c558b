/**
 * Staff, accounts and visitors over real HTTP: staff read everything and
 * build nothing, every staff write lands in the audit log, nobody else makes
 * or promotes staff, accounts are private to their owner (and their site's
 * managers), deactivation locks an account out, visitors see only the terms.
 */
import { lexicalToPlainText, plainTextToLexical } from '../../src/platform/auth/termsContent'
import type { Session } from '../../src/platform/testing/http'
import { addTeamMember, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { ALL_COLLECTIONS, EDITS, errorOf, expectBulkRefused, listIds, makeTenant, stored, unique, type Doc, type Tenant } from './support'

let platform: TestPlatform
let staff: Doc & { email: string }
let asStaff: Session
let a: Tenant
let b: Tenant
/** A's team: an accepted admin and editor, and a member whose access was revoked. */
const team = {} as Record<'admin' | 'editor' | 'revoked', { user: Doc & { id: number; email: string }; session: Session }>
let terms: Doc

const newTerms = () => ({
  version: `v-${unique()}`,
  effectiveDate: new Date().toISOString(),
  contentPl: plainTextToLexical('Regulamin'),
  contentEn: plainTextToLexical('Terms'),
})

const auditEntries = async (where: Record<string, unknown>) =>
  (await platform.payload.find({ collection: 'audit-logs', where: where as never, depth: 0, pagination: false, overrideAccess: true })).docs
const auditCount = async () => (await platform.payload.count({ collection: 'audit-logs', overrideAccess: true })).totalDocs

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  staff = await createUser(platform.payload, { isStaff: true })
  ;[a, b] = await Promise.all([makeTenant(platform), makeTenant(platform)])
  for (const role of ['admin', 'editor', 'revoked'] as const) {
    const user = await createUser(platform.payload)
    const member = await addTeamMember(platform.payload, a.site.id, user.id, user.email, role === 'revoked' ? 'admin' : role)
    if (role === 'revoked') {
      await platform.payload.update({ collection: 'team-members', id: member.id, data: { invitationStatus: 'revoked' }, overrideAccess: true })
    }
    team[role] = { user, session: await signIn(platform.baseURL, user.email, PASSWORD) }
  }
  terms = await platform.payload.create({ collection: 'terms-of-service', data: newTerms(), overrideAccess: true })
  asStaff = await signIn(platform.baseURL, staff.email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

describe('staff', () => {
  it('read every collection, all tenants included', async () => {
    for (const slug of Object.keys(a.docs) as (keyof Tenant['docs'])[]) {
      const ids = await listIds(asStaff, slug)
      expect({ slug, ids }).toEqual({ slug, ids: expect.arrayContaining([a.docs[slug], b.docs[slug]]) })
      expect({ slug, status: (await asStaff.request('GET', `/api/${slug}/${b.docs[slug]}`)).status }).toEqual({ slug, status: 200 })
    }
    expect(await listIds(asStaff, 'users')).toEqual(expect.arrayContaining([a.user.id, b.user.id, staff.id]))
    expect((await asStaff.request('GET', '/api/audit-logs')).status).toBe(200)
  })

  it('build nothing: no site, client, team member, version or note is created, edited or deleted by staff', async () => {
    const auditBefore = await auditCount()
    expect((await asStaff.request('POST', '/api/sites', { name: 'Staff site', identifier: `staff-${unique()}` })).status).toBe(403)
    for (const [slug, body] of [
      ['clients', { site: a.site.id, email: `c-${unique()}@example.test` }],
      ['team-members', { site: a.site.id, email: `m-${unique()}@example.test`, permissionRole: 'viewer' }],
      ['site-versions', { site: a.site.id, configSnapshot: {} }],
    ] as const) {
      expect({ slug, status: (await asStaff.request('POST', `/api/${slug}`, body)).status }).toEqual({ slug, status: 403 })
    }
    for (const slug of ['sites', 'clients', 'team-members', 'site-versions'] as const) {
      const before = await stored(platform.payload, slug, a.docs[slug])
      expect({ slug, status: (await asStaff.request('PATCH', `/api/${slug}/${a.docs[slug]}`, EDITS[slug])).status }).toEqual({ slug, status: 403 })
      expect({ slug, status: (await asStaff.request('DELETE', `/api/${slug}/${a.docs[slug]}`)).status }).toEqual({ slug, status: 403 })
      expect(await stored(platform.payload, slug, a.docs[slug])).toEqual(before)
    }
    // An owner's template and someone's notification are not staff's to change either.
    expect((await asStaff.request('PATCH', `/api/templates/${a.docs.templates}`, EDITS.templates)).status).toBe(403)
    expect((await asStaff.request('PATCH', `/api/notifications/${a.docs.notifications}`, EDITS.notifications)).status).toBe(403)
    expect(await auditCount()).toBe(auditBefore)
  })

  it('deactivating an account is recorded in the audit log', async () => {
    const target = await createUser(platform.payload)
    const response = await asStaff.request('PATCH', `/api/users/${target.id}`, { isActive: false })
    expect(response.status).toBe(200)
    expect((await stored(platform.payload, 'users', target.id))!.isActive).toBe(false)
    const entries = await auditEntries({ and: [{ targetCollection: { equals: 'users' } }, { targetId: { equals: String(target.id) } }] })
    expect(entries).toEqual([expect.objectContaining({ actor: staff.id, operation: 'update', changedFields: expect.arrayContaining(['isActive']) })])
    // Staff read the log over the API too.
    const log = await asStaff.request('GET', `/api/audit-logs?where[targetId][equals]=${target.id}&where[targetCollection][equals]=users`)
    expect(log.body.docs.map((entry: Doc) => entry.id)).toEqual(entries.map((entry) => entry.id))
  })

  it('publishing and withdrawing terms of service is recorded in the audit log', async () => {
    const created = await asStaff.request('POST', '/api/terms-of-service', newTerms())
    expect(created.status).toBe(201)
    const id = String(created.body.doc.id)
    expect((await asStaff.request('DELETE', `/api/terms-of-service/${id}`)).status).toBe(200)
    const entries = await auditEntries({ and: [{ targetCollection: { equals: 'terms-of-service' } }, { targetId: { equals: id } }] })
    expect(entries.map((entry) => [entry.operation, entry.actor]).sort()).toEqual([
      ['create', staff.id],
      ['delete', staff.id],
    ])
  })

  it('make system templates (audited), which every owner then reads but cannot change', async () => {
    const created = await asStaff.request('POST', '/api/templates', { name: 'System', config: { seo: { title: { pl: 'system', en: 'system' } } } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(await stored(platform.payload, 'templates', id)).toMatchObject({ isSystem: true, owner: staff.id })
    expect(await auditEntries({ and: [{ targetCollection: { equals: 'templates' } }, { targetId: { equals: String(id) } }] })).toHaveLength(1)
    expect(await listIds(a.session, 'templates')).toContain(id)
    expect((await a.session.request('PATCH', `/api/templates/${id}`, { name: 'Mine now' })).status).toBe(403)
    expect((await a.session.request('DELETE', `/api/templates/${id}`)).status).toBe(403)
    expect((await stored(platform.payload, 'templates', id))!.name).toBe('System')
  })

  it('may promote a user to staff (audited), and only staff may', async () => {
    const target = await createUser(platform.payload)
    expect((await asStaff.request('PATCH', `/api/users/${target.id}`, { isStaff: true })).status).toBe(200)
    expect((await stored(platform.payload, 'users', target.id))!.isStaff).toBe(true)
    expect(await auditEntries({ and: [{ targetCollection: { equals: 'users' } }, { targetId: { equals: String(target.id) } }] })).toHaveLength(1)
  })

  it('cannot write the audit log itself, nor can anyone else', async () => {
    const [entry] = await auditEntries({})
    expect(entry).toBeDefined()
    const count = await auditCount()
    for (const client of [asStaff, a.session]) {
      expect(
        (await client.request('POST', '/api/audit-logs', { actor: staff.id, operation: 'create', targetCollection: 'x', targetId: '1', summary: 'forged' }))
          .status,
      ).toBe(403)
      expect((await client.request('PATCH', `/api/audit-logs/${entry.id}`, { summary: 'rewritten' })).status).toBe(403)
      expect((await client.request('DELETE', `/api/audit-logs/${entry.id}`)).status).toBe(403)
      expect((await client.request('DELETE', `/api/audit-logs?where[id][exists]=true`)).status).toBe(403)
    }
    expect(await auditCount()).toBe(count)
    expect(await stored(platform.payload, 'audit-logs', entry.id)).toEqual(entry)
  })
})

describe('the audit log is for staff only', () => {
  it('owners and team members cannot read it, list it or count it', async () => {
    const [entry] = await auditEntries({})
    for (const client of [a.session, b.session, team.admin.session]) {
      expect((await client.request('GET', '/api/audit-logs')).status).toBe(403)
      expect((await client.request('GET', '/api/audit-logs/count')).status).toBe(403)
      expect((await client.request('GET', `/api/audit-logs/${entry.id}`)).status).toBe(403)
    }
  })

  it('writes by non-staff are not logged', async () => {
    const count = await auditCount()
    expect((await a.session.request('PATCH', `/api/sites/${a.site.id}`, { name: 'Renamed by owner' })).status).toBe(200)
    expect((await a.session.request('PATCH', `/api/users/${a.user.id}`, { firstName: 'Ala' })).status).toBe(200)
    expect(await auditCount()).toBe(count)
  })
})

describe('no one but staff makes or promotes staff', () => {
  it('a user cannot make themselves staff or (de)activate themselves (403, value unchanged)', async () => {
    for (const edit of [{ isStaff: true }, { isStaff: true, firstName: 'Sneaky' }, { isActive: false }]) {
      const response = await a.session.request('PATCH', `/api/users/${a.user.id}`, edit)
      expect({ edit, status: response.status, error: typeof errorOf(response) }).toEqual({ edit, status: 403, error: 'string' })
    }
    expect(await stored(platform.payload, 'users', a.user.id)).toMatchObject({ isStaff: false, isActive: true })
    expect((await stored(platform.payload, 'users', a.user.id))!.firstName).not.toBe('Sneaky')
  })

  it('nor through a bulk update of themselves', async () => {
    const response = await a.session.request('PATCH', `/api/users?where[id][equals]=${a.user.id}`, { isStaff: true })
    expectBulkRefused(response, /isStaff/)
    expect((await stored(platform.payload, 'users', a.user.id))!.isStaff).toBe(false)
  })

  it("sending one's own current values back (as the account form does) is fine", async () => {
    const response = await a.session.request('PATCH', `/api/users/${a.user.id}`, { isStaff: false, isActive: true, firstName: 'Ala' })
    expect({ status: response.status, error: errorOf(response) }).toEqual({ status: 200, error: undefined })
  })

  it('a user cannot make anyone else staff, not even a member of their own team', async () => {
    for (const target of [b.user, team.admin.user]) {
      const response = await a.session.request('PATCH', `/api/users/${target.id}`, { isStaff: true })
      expect(response.status).toBe(403)
      expect((await stored(platform.payload, 'users', target.id))!.isStaff).toBe(false)
    }
  })

  it('a user cannot create accounts, staff or not', async () => {
    const count = (await platform.payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    for (const extra of [{}, { isStaff: true }]) {
      const response = await a.session.request('POST', '/api/users', { email: `new-${unique()}@example.test`, password: PASSWORD, ...extra })
      expect({ extra, status: response.status }).toEqual({ extra, status: 403 })
    }
    expect(
      (await session(platform.baseURL).request('POST', '/api/users', { email: `anon-${unique()}@example.test`, password: PASSWORD, isStaff: true })).status,
    ).toBe(403)
    expect((await platform.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(count)
  })
})

describe('accounts', () => {
  it("a user edits their own name but nobody else's, not even a team member they can see", async () => {
    expect((await b.session.request('PATCH', `/api/users/${b.user.id}`, { firstName: 'Basia' })).status).toBe(200)
    expect((await stored(platform.payload, 'users', b.user.id))!.firstName).toBe('Basia')
    for (const target of [b.user, team.admin.user]) {
      const before = await stored(platform.payload, 'users', target.id)
      expect((await a.session.request('PATCH', `/api/users/${target.id}`, { firstName: 'Hacked' })).status).toBe(403)
      expect((await a.session.request('DELETE', `/api/users/${target.id}`)).status).toBe(403)
      expect(await stored(platform.payload, 'users', target.id)).toEqual(before)
    }
  })

  it("an owner and a site admin read their accepted team's accounts; an editor only their own; nobody another tenant's", async () => {
    const teamIds = [team.admin.user.id, team.editor.user.id]
    expect((await listIds(a.session, 'users')).sort()).toEqual([a.user.id, ...teamIds].sort())
    expect((await listIds(team.admin.session, 'users')).sort()).toEqual(teamIds.sort())
    expect(await listIds(team.editor.session, 'users')).toEqual([team.editor.user.id])
    expect(await listIds(b.session, 'users')).toEqual([b.user.id])
    expect((await a.session.request('GET', `/api/users/${team.editor.user.id}`)).status).toBe(200)
    for (const [client, other] of [
      [a.session, b.user],
      [b.session, a.user],
      [team.editor.session, a.user],
      [team.admin.session, a.user],
      [a.session, staff],
    ] as const) {
      expect((await client.request('GET', `/api/users/${other.id}`)).status).toBe(404)
      expect((await client.request('GET', `/api/users/count?where[id][equals]=${other.id}`)).body.totalDocs).toBe(0)
    }
  })

  it("a revoked member's account is no longer readable by the site's managers", async () => {
    for (const client of [a.session, team.admin.session]) {
      expect((await client.request('GET', `/api/users/${team.revoked.user.id}`)).status).toBe(404)
    }
  })

  it('a deactivated account cannot sign in (403), and its open sessions end', async () => {
    const user = await createUser(platform.payload)
    const open = await signIn(platform.baseURL, user.email, PASSWORD)
    expect((await open.request('GET', '/api/users/me')).body.user).toMatchObject({ id: user.id })
    expect((await asStaff.request('PATCH', `/api/users/${user.id}`, { isActive: false })).status).toBe(200)
    const login = await session(platform.baseURL).request('POST', '/api/users/login', { email: user.email, password: PASSWORD })
    expect({ status: login.status, error: typeof errorOf(login) }).toEqual({ status: 403, error: 'string' })
    expect((await open.request('GET', '/api/users/me')).body.user).toBeNull()
    expect((await open.request('PATCH', `/api/users/${user.id}`, { firstName: 'Still here' })).status).toBe(403)
    // Reactivated, the account signs in again.
    expect((await asStaff.request('PATCH', `/api/users/${user.id}`, { isActive: true })).status).toBe(200)
    await expect(signIn(platform.baseURL, user.email, PASSWORD)).resolves.toBeDefined()
  })
})

describe('no account lockout (failed sign-ins are throttled per IP instead: test/auth/passwordSignIn.test.ts)', () => {
  it('has nothing to unlock, and nobody may call unlock, staff included', async () => {
    const user = await createUser(platform.payload)
    for (const client of [a.session, team.admin.session, asStaff, session(platform.baseURL)]) {
      expect([401, 403]).toContain((await client.request('POST', '/api/users/unlock', { email: user.email })).status)
    }
    expect(await auditEntries({ targetId: { equals: String(user.id) } })).toEqual([])
  })
})

describe('terms of service', () => {
  it('are readable by anyone, signed in or not', async () => {
    for (const client of [session(platform.baseURL), a.session]) {
      expect(await listIds(client, 'terms-of-service')).toContain(terms.id)
      expect((await client.request('GET', `/api/terms-of-service/${terms.id}`)).status).toBe(200)
    }
  })

  it('are published, changed and withdrawn only by staff', async () => {
    for (const client of [session(platform.baseURL), a.session, team.admin.session]) {
      expect((await client.request('POST', '/api/terms-of-service', newTerms())).status).toBe(403)
      expect((await client.request('PATCH', `/api/terms-of-service/${terms.id}`, { contentEn: 'Changed' })).status).toBe(403)
      expect((await client.request('DELETE', `/api/terms-of-service/${terms.id}`)).status).toBe(403)
    }
    expect(lexicalToPlainText((await stored(platform.payload, 'terms-of-service', terms.id))?.contentEn)).toBe('Terms')
    expect((await asStaff.request('PATCH', `/api/terms-of-service/${terms.id}`, { contentEn: 'Terms, amended' })).status).toBe(200)
    expect(lexicalToPlainText((await stored(platform.payload, 'terms-of-service', terms.id))?.contentEn)).toBe('Terms, amended')
  })
})

describe('visitors (no session)', () => {
  const visitor = () => session(platform.baseURL)

  it.each(ALL_COLLECTIONS.filter((slug) => slug !== 'terms-of-service'))('cannot list, count or read %s', async (slug) => {
    const client = visitor()
    const list = await client.request('GET', `/api/${slug}`)
    expect([401, 403]).toContain(list.status)
    expect([401, 403]).toContain((await client.request('GET', `/api/${slug}/count`)).status)
    const id = slug === 'users' ? a.user.id : slug === 'audit-logs' ? (await auditEntries({}))[0].id : a.docs[slug as keyof Tenant['docs']]
    expect([401, 403]).toContain((await client.request('GET', `/api/${slug}/${id}`)).status)
  })

  it('cannot write to any collection', async () => {
    const client = visitor()
    expect((await client.request('POST', '/api/sites', { name: 'Anon', identifier: `anon-${unique()}` })).status).toBe(403)
    for (const slug of ['sites', 'clients', 'team-members', 'templates', 'notifications'] as const) {
      const id = a.docs[slug]
      const before = await stored(platform.payload, slug, id)
      expect([401, 403]).toContain((await client.request('PATCH', `/api/${slug}/${id}`, EDITS[slug])).status)
      expect([401, 403]).toContain((await client.request('DELETE', `/api/${slug}/${id}`)).status)
      expect(await stored(platform.payload, slug, id)).toEqual(before)
    }
  })
})
