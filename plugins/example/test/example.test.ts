/** The example plugin, end to end: each kind of contribution does its job on a real platform. */
import { getRegistry } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, session, signIn, startTestPlatform, waitFor } from '@platform/testing'
import fs from 'node:fs/promises'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
})

const notesOf = (siteId: number) => platform.payload.find({ collection: 'example-notes', where: { site: { equals: siteId } }, overrideAccess: true })

describe('example plugin', () => {
  it('hooks into sites: a site created over the API starts with a welcome note', async () => {
    const owner = await createUser(platform.payload)
    const client = await signIn(platform.baseURL, owner.email, PASSWORD)
    const created = await client.request('POST', '/api/sites', { name: 'Joga z Olą', identifier: `joga-${Date.now()}` })
    expect(created.status).toBe(201)
    const notes = await notesOf(created.body.doc.id)
    expect(notes.docs.map((note) => note.text)).toEqual(['Welcome to Joga z Olą!'])
  })

  it('listens to site.created in a job and renders its email template in the owner language', async () => {
    const polish = await createUser(platform.payload, { locale: 'pl' })
    const english = await createUser(platform.payload, { locale: 'en' })
    for (const [user, name] of [
      [polish, 'Pracownia Basi'],
      [english, 'Basia Studio'],
    ] as const) {
      const client = await signIn(platform.baseURL, user.email, PASSWORD)
      expect((await client.request('POST', '/api/sites', { name, identifier: `s-${user.id}-${Date.now()}` })).status).toBe(201)
    }
    const messageFor = (userId: number) =>
      waitFor(
        async () => {
          const found = await platform.payload.find({ collection: 'notifications', where: { user: { equals: userId } }, overrideAccess: true })
          return found.docs[0]?.message
        },
        { what: 'the welcome notification' },
      )
    expect(await messageFor(polish.id)).toMatch(/^Twoja strona „Pracownia Basi” jest gotowa\n\nCześć /)
    expect(await messageFor(english.id)).toMatch(/^Your site "Basia Studio" is ready\n\nHello /)
  })

  it('serves its endpoint only to those who reach the site', async () => {
    const owner = await createUser(platform.payload)
    const stranger = await createUser(platform.payload)
    const viewer = await createUser(platform.payload)
    const site = await createSite(platform.payload, owner.id)
    await addTeamMember(platform.payload, site.id, viewer.id, viewer.email, 'viewer')
    const path = `/api/example/sites/${site.id}/notes-count`

    const asOwner = await (await signIn(platform.baseURL, owner.email, PASSWORD)).request('GET', path)
    expect(asOwner).toMatchObject({ status: 200, body: { site: String(site.id), notes: 1 } })
    const asViewer = await (await signIn(platform.baseURL, viewer.email, PASSWORD)).request('GET', path)
    expect(asViewer).toMatchObject({ status: 200, body: { notes: 1 } })
    const asStranger = await (await signIn(platform.baseURL, stranger.email, PASSWORD)).request('GET', path)
    expect(asStranger.status).toBe(404)
    expect((await session(platform.baseURL).request('GET', path)).status).toBe(401)
    const bad = await (await signIn(platform.baseURL, owner.email, PASSWORD)).request('GET', '/api/example/sites/1;drop/notes-count')
    expect(bad.status).toBe(400)
  })

  it('runs its job on demand and declares its schedule', async () => {
    const owner = await createUser(platform.payload)
    const site = await createSite(platform.payload, owner.id)
    expect((await notesOf(site.id)).docs[0].isStale).toBe(false)
    const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()
    await platform.jobs.enqueue('example.mark-stale-notes', { now: inAYear })
    await waitFor(async () => (await notesOf(site.id)).docs[0].isStale, { what: 'the note to be marked stale' })
    const repeating = await platform.jobs.list({ state: 'repeating' })
    expect(repeating.jobs.map((job) => job.name)).toContain('example.mark-stale-notes')
  })

  it('registers its collection, admin view, dashboard component and email folder', async () => {
    const config = platform.payload.config
    expect(config.collections.map((collection) => collection.slug)).toContain('example-notes')
    expect(config.admin.components.views?.example).toMatchObject({ path: '/example' })
    // The generated import map (checked in CI against the config) carries the plugin's components.
    const importMap = await fs.readFile('src/app/(payload)/admin/importMap.js', 'utf8')
    expect(importMap).toContain('"/plugins/example/components/ExampleView#ExampleView"')
    expect(importMap).toContain('"/plugins/example/components/ExampleDashboardNote#ExampleDashboardNote"')
    expect(getRegistry(config).emailTemplateDirs.some((dir) => dir.endsWith('plugins/example/templates/emails'))).toBe(true)
    expect(getRegistry(config).plugins).toEqual(expect.arrayContaining([{ name: 'example', enabled: true }]))
  })
})
