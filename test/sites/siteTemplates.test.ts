/**
 * Site templates over real HTTP: the starter files are loaded at start as
 * system templates (once, however often the platform starts), a new site can be
 * made from a template the caller may read, and an owner can save a site's
 * config as a template of their own.
 */
import { loadTemplateFiles } from '../../src/platform/sites/systemTemplates'
import { syncSystemTemplates } from '../../src/platform/sites/systemTemplates'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

const systemTemplates = () =>
  platform.payload.find({ collection: 'templates', where: { isSystem: { equals: true } }, pagination: false, depth: 0, overrideAccess: true })

const errorOf = (response: { body: any }) => response.body?.errors?.[0]?.message as string | undefined

describe('system site templates', () => {
  it('are loaded from templates/sites at start, once, and visible to every signed-in user', async () => {
    const files = await loadTemplateFiles()
    const loaded = await systemTemplates()
    expect(loaded.docs.map((doc) => doc.sourceFile).sort()).toEqual(files.map((file) => file.sourceFile).sort())
    expect(await syncSystemTemplates(platform.payload)).toEqual({ created: 0, updated: 0, kept: 0 })
    expect((await systemTemplates()).totalDocs).toBe(files.length)

    const user = await createUser(platform.payload)
    const client = await signIn(platform.baseURL, user.email, PASSWORD)
    const listed = await client.request('GET', '/api/templates?depth=0&limit=100')
    expect(listed.body.docs.filter((doc: { isSystem: boolean }) => doc.isSystem)).toHaveLength(files.length)
    expect(listed.body.docs[0].sourceHash).toBeUndefined()
  })

  it('updates a template whose file changed unless staff edited it', async () => {
    const [record] = (await systemTemplates()).docs
    await platform.payload.update({ collection: 'templates', id: record.id, data: { sourceHash: 'stale' }, overrideAccess: true })
    // The record was not edited since that (fake) load, so it is staff-edited now: kept.
    expect(await syncSystemTemplates(platform.payload)).toMatchObject({ kept: 1, updated: 0 })
  })
})

describe('new site from a template', () => {
  it('creates a site of the caller with the template config', async () => {
    const [template] = (await systemTemplates()).docs
    const user = await createUser(platform.payload)
    const client = await signIn(platform.baseURL, user.email, PASSWORD)
    const identifier = `from-tpl-${user.id}`
    const response = await client.request('POST', '/api/sites/from-template', { templateId: template.id, name: 'My studio', identifier })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ name: 'My studio', identifier, owner: user.id })
    expect(response.body.doc.templateConfig).toEqual(template.config)

    expect((await client.request('POST', '/api/sites/from-template', { templateId: template.id, name: 'Again', identifier })).status).toBe(400)
    expect((await client.request('POST', '/api/sites/from-template', { name: 'x', identifier: 'abc-def' })).status).toBe(400)
    expect((await client.request('POST', '/api/sites/from-template', { templateId: 999999, name: 'x', identifier: 'abc-def' })).status).toBe(404)
  })

  it("refuses someone else's own template (404), staff (403) and signed-out callers (401)", async () => {
    const owner = await createUser(platform.payload)
    const site = await createSite(platform.payload, owner.id)
    const ownerClient = await signIn(platform.baseURL, owner.email, PASSWORD)
    const saved = await ownerClient.request('POST', `/api/sites/${site.id}/save-as-template`, { name: 'Private' })
    expect(saved.status).toBe(201)

    const stranger = await createUser(platform.payload)
    const strangerClient = await signIn(platform.baseURL, stranger.email, PASSWORD)
    const refused = await strangerClient.request('POST', '/api/sites/from-template', {
      templateId: saved.body.doc.id,
      name: 'x',
      identifier: `steal-${stranger.id}`,
    })
    expect(refused.status).toBe(404)

    const staff = await createUser(platform.payload, { isStaff: true })
    const staffClient = await signIn(platform.baseURL, staff.email, PASSWORD)
    const [template] = (await systemTemplates()).docs
    expect(
      (await staffClient.request('POST', '/api/sites/from-template', { templateId: template.id, name: 'x', identifier: `staff-${staff.id}` })).status,
    ).toBe(403)

    const signedOut = await fetch(`${platform.baseURL}/api/sites/from-template`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })
    expect(signedOut.status).toBe(401)
  })
})

describe('save a site as a template', () => {
  it("makes the owner's own template from the site config; editors, viewers and other tenants may not", async () => {
    const owner = await createUser(platform.payload)
    const site = await createSite(platform.payload, owner.id)
    const config = {
      pages: [
        {
          slug: 'home',
          title: { pl: 'Start', en: 'Home' },
          sections: [{ type: 'about', heading: { pl: 'O mnie', en: 'About me' }, body: { pl: 'Treść', en: 'Body' } }],
        },
      ],
    }
    await platform.payload.update({ collection: 'sites', id: site.id, data: { templateConfig: config }, overrideAccess: true })
    const ownerClient = await signIn(platform.baseURL, owner.email, PASSWORD)

    const saved = await ownerClient.request('POST', `/api/sites/${site.id}/save-as-template`, { name: 'My layout', description: 'For later' })
    expect(saved.status).toBe(201)
    expect(saved.body.doc).toMatchObject({ name: 'My layout', description: 'For later', owner: owner.id, isSystem: false, config })
    expect((await ownerClient.request('POST', `/api/sites/${site.id}/save-as-template`, {})).status).toBe(400)

    // The owner can start another site from it.
    const second = await ownerClient.request('POST', '/api/sites/from-template', {
      templateId: saved.body.doc.id,
      name: 'Second',
      identifier: `second-${site.id}`,
    })
    expect(second.status).toBe(201)
    expect(second.body.doc.templateConfig).toEqual(config)

    for (const role of ['editor', 'viewer'] as const) {
      const member = await createUser(platform.payload)
      await addTeamMember(platform.payload, site.id, member.id, member.email, role)
      const client = await signIn(platform.baseURL, member.email, PASSWORD)
      const response = await client.request('POST', `/api/sites/${site.id}/save-as-template`, { name: 'Mine' })
      expect({ role, status: response.status }).toEqual({ role, status: 403 })
    }
    const stranger = await createUser(platform.payload)
    const strangerClient = await signIn(platform.baseURL, stranger.email, PASSWORD)
    expect((await strangerClient.request('POST', `/api/sites/${site.id}/save-as-template`, { name: 'Mine' })).status).toBe(404)
  })

  it('rejects an invalid template config on save with the path', async () => {
    const owner = await createUser(platform.payload)
    const client = await signIn(platform.baseURL, owner.email, PASSWORD)
    const response = await client.request('POST', '/api/templates', { name: 'Broken', config: { pages: [{ slug: 'home', title: { pl: 'a' } }] } })
    expect(response.status).toBe(400)
    expect(errorOf(response)).toBe('The changes were not saved: a › Title (EN) is required')
  })
})
