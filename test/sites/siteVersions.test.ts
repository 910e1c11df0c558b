/**
 * Site configuration over real HTTP: invalid configs are a 400 naming the
 * path; publishing snapshots the draft as the next version (no duplicates and
 * no gaps under concurrent publishes); restore makes a new version; compare
 * returns a diff; viewers may look but not publish; other tenants get 404s.
 */
import type { Session } from '../../src/platform/testing/http'
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

const text = (pl: string, en: string) => ({ pl, en })
const configWith = (heading: string) => ({
  theme: { colors: { primary: '#123456' }, fonts: { heading: 'Lora', body: 'Inter' } },
  pages: [{ slug: 'home', title: text('Start', 'Home'), sections: [{ type: 'hero', heading: text(heading, heading) }] }],
})

/** A site with its owner and a signed-in session for the owner and for a member of each given role. */
const siteWithTeam = async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id)
  const sessions: Record<string, Session> = { owner: await signIn(platform.baseURL, owner.email, PASSWORD) }
  for (const role of ['editor', 'viewer'] as const) {
    const member = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, member.id, member.email, role)
    sessions[role] = await signIn(platform.baseURL, member.email, PASSWORD)
  }
  const stranger = await createUser(platform.payload)
  sessions.stranger = await signIn(platform.baseURL, stranger.email, PASSWORD)
  return { owner, site, sessions }
}

const errorOf = (response: { body: any }) => response.body?.errors?.[0]?.message as string | undefined

describe('site configuration validation', () => {
  it('rejects an invalid config on save with a 400 naming the path, and keeps the old one', async () => {
    const { owner, site, sessions } = await siteWithTeam()
    const bad = configWith('Hello')
    ;(bad.pages[0].sections as unknown[]).push({ type: 'about', heading: { en: 'About' }, body: text('a', 'b') })
    const response = await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: bad })
    expect(response.status).toBe(400)
    expect(errorOf(response)).toBe('The changes were not saved: Home › About › Heading (PL) is required')
    // The field's own error (what the admin shows beside it) says the same; the issues keep the config path.
    expect(response.body.errors[0].data).toEqual({
      errors: [{ path: 'templateConfig', message: 'The changes were not saved: Home › About › Heading (PL) is required' }],
      issues: [{ path: 'pages[0].sections[1].heading.pl', message: 'Home › About › Heading (PL) is required' }],
    })
    // In Polish for an admin (or any caller) asking for Polish.
    const polish = await signIn(platform.baseURL, owner.email, PASSWORD, { language: 'pl' })
    const refused = await polish.request('PATCH', `/api/sites/${site.id}`, { templateConfig: bad })
    expect(refused.status).toBe(400)
    expect(errorOf(refused)).toBe('Nie zapisano zmian: Start › O mnie › Nagłówek (PL) jest wymagany')

    const unknown = await sessions.owner.request('PATCH', `/api/sites/${site.id}`, {
      templateConfig: { pages: [{ slug: 'home', title: text('a', 'b'), sections: [{ type: 'marquee' }] }] },
    })
    expect(unknown.status).toBe(400)
    expect(errorOf(unknown)).toMatch(/^The changes were not saved: b › marquee › Section type: unknown section type "marquee"/)

    const colour = await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: { theme: { colors: { primary: 'pink' } } } })
    expect(colour.status).toBe(400)
    expect(errorOf(colour)).toBe('The changes were not saved: Theme › Main colour: enter a colour as #rrggbb (e.g. #1a2b3c)')

    const created = await sessions.owner.request('POST', '/api/sites', {
      name: 'Bad',
      identifier: `bad-${site.id}`,
      templateConfig: { locales: { default: 'de', enabled: ['pl'] } },
    })
    expect(created.status).toBe(400)
    expect(errorOf(created)).toBe('The changes were not saved: Languages › Default language: choose one of: pl / en')

    const good = await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Hello') })
    expect(good.status).toBe(200)
    expect(good.body.doc.templateConfig).toEqual(configWith('Hello'))
  })
})

describe('publishing, history, restore and compare', () => {
  it('publishes snapshots as versions 1, 2, … and records the published one on the site', async () => {
    const { site, sessions } = await siteWithTeam()
    await sessions.editor.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('First') })
    const first = await sessions.editor.request('POST', `/api/sites/${site.id}/publish`, { note: 'launch' })
    expect(first.status).toBe(201)
    expect(first.body.version).toMatchObject({ versionNumber: 1, note: 'launch' })

    await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Second') })
    const second = await sessions.owner.request('POST', `/api/sites/${site.id}/publish`)
    expect(second.status).toBe(201)
    expect(second.body.version.versionNumber).toBe(2)

    const read = await sessions.viewer.request('GET', `/api/sites/${site.id}?depth=0`)
    expect(read.body.publishedVersion).toBe(second.body.version.id)
    expect(read.body.publishedAt).toEqual(expect.any(String))
    expect(read.body.versionHistory.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([2, 1])

    const versions = await sessions.viewer.request('GET', `/api/site-versions?where[site][equals]=${site.id}&sort=versionNumber&depth=0`)
    expect(versions.status).toBe(200)
    expect(versions.body.docs.map((v: { configSnapshot: any }) => v.configSnapshot.pages[0].sections[0].heading.en)).toEqual(['First', 'Second'])
  })

  it('refuses to publish a draft that is not valid', async () => {
    const { site, sessions } = await siteWithTeam()
    // A draft saved before the schema was tightened: written to the database directly, past the hooks.
    await platform.payload.db.updateOne({ collection: 'sites', id: site.id, data: { templateConfig: { pages: 'nope' } } } as never)
    const response = await sessions.owner.request('POST', `/api/sites/${site.id}/publish`)
    expect(response.status).toBe(400)
    expect(errorOf(response)).toBe('The site was not published: Pages: expected a list')
  })

  it('numbers ten concurrent publishes 1..10 with no duplicates and no gaps', async () => {
    const { site, sessions } = await siteWithTeam()
    await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Race') })
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? sessions.owner : sessions.editor).request('POST', `/api/sites/${site.id}/publish`, { note: `p${i}` })),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    const numbers = responses.map((r) => r.body.version.versionNumber).sort((a: number, b: number) => a - b)
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const stored = await platform.payload.find({
      collection: 'site-versions',
      where: { site: { equals: site.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.docs.map((v) => v.versionNumber).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const after = await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })
    expect((after.versionHistory as { versionNumber: number }[]).map((v) => v.versionNumber)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    expect(after.publishedVersion).toBe(stored.docs.find((v) => v.versionNumber === 10)?.id)
  })

  it('restores an old version as a new one, made the draft and published; compare shows the diff', async () => {
    const { site, sessions } = await siteWithTeam()
    await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Old') })
    const v1 = (await sessions.owner.request('POST', `/api/sites/${site.id}/publish`)).body.version
    const v2config = { ...configWith('New'), navigation: [{ label: text('Start', 'Home'), page: 'home' }] }
    await sessions.owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig: v2config })
    const v2 = (await sessions.owner.request('POST', `/api/sites/${site.id}/publish`)).body.version

    const compare = await sessions.viewer.request('GET', `/api/sites/${site.id}/versions/compare?a=${v1.id}&b=${v2.id}`)
    expect(compare.status).toBe(200)
    expect(compare.body.diff).toEqual({
      changed: [
        { path: 'pages[0].sections[0].heading.en', from: 'Old', to: 'New' },
        { path: 'pages[0].sections[0].heading.pl', from: 'Old', to: 'New' },
      ],
      added: [{ path: 'navigation', value: v2config.navigation }],
      removed: [],
    })

    const restored = await sessions.editor.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id })
    expect(restored.status).toBe(201)
    expect(restored.body.version.versionNumber).toBe(3)
    // "Restored from version 1" is said by the admin in its reader's language, from the number.
    expect(restored.body.version).toMatchObject({ note: null, restoredFrom: 1 })
    const after = await sessions.owner.request('GET', `/api/sites/${site.id}?depth=0`)
    expect(after.body.templateConfig).toEqual(configWith('Old'))
    expect(after.body.publishedVersion).toBe(restored.body.version.id)
    const v3 = await sessions.owner.request('GET', `/api/site-versions/${restored.body.version.id}?depth=0`)
    expect(v3.body.configSnapshot).toEqual(configWith('Old'))

    expect((await sessions.owner.request('POST', `/api/sites/${site.id}/restore`, {})).status).toBe(400)
    expect((await sessions.owner.request('POST', `/api/sites/${site.id}/restore`, { versionId: 'nope' })).status).toBe(404)
    expect((await sessions.viewer.request('GET', `/api/sites/${site.id}/versions/compare?a=${v1.id}`)).status).toBe(400)
  })

  it('lets a viewer list and compare but not publish or restore; other tenants and signed-out callers get nothing', async () => {
    const { site, sessions } = await siteWithTeam()
    const v1 = (await sessions.owner.request('POST', `/api/sites/${site.id}/publish`)).body.version
    const v2 = (await sessions.owner.request('POST', `/api/sites/${site.id}/publish`)).body.version

    expect((await sessions.viewer.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(403)
    expect((await sessions.viewer.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id })).status).toBe(403)
    expect((await sessions.viewer.request('GET', `/api/sites/${site.id}/versions/compare?a=${v1.id}&b=${v2.id}`)).status).toBe(200)

    expect((await sessions.stranger.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(404)
    expect((await sessions.stranger.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id })).status).toBe(404)
    expect((await sessions.stranger.request('GET', `/api/sites/${site.id}/versions/compare?a=${v1.id}&b=${v2.id}`)).status).toBe(404)
    expect((await sessions.stranger.request('GET', `/api/site-versions?where[site][equals]=${site.id}`)).body.totalDocs).toBe(0)

    // A version of another site cannot be restored into or compared on this one.
    const other = await siteWithTeam()
    const foreign = (await other.sessions.owner.request('POST', `/api/sites/${other.site.id}/publish`)).body.version
    expect((await sessions.owner.request('POST', `/api/sites/${site.id}/restore`, { versionId: foreign.id })).status).toBe(404)
    expect((await other.sessions.owner.request('GET', `/api/sites/${other.site.id}/versions/compare?a=${foreign.id}&b=${v1.id}`)).status).toBe(404)

    const signedOut = await fetch(`${platform.baseURL}/api/sites/${site.id}/publish`, { method: 'POST' })
    expect(signedOut.status).toBe(401)
    const versions = await platform.payload.count({ collection: 'site-versions', where: { site: { equals: site.id } }, overrideAccess: true })
    expect(versions.totalDocs).toBe(2)
  })
})
