/** The example plugin end to end, on a real platform over real HTTP: each kind of contribution does its job. */
import type { TestPlatform } from '@platform/testing'
import { getRegistry } from '@platform'
import { createSite, createUser, PASSWORD, publishSiteAs, seedDemo, session, signIn, startTestPlatform, waitFor, waitForEmail } from '@platform/testing'

let platform: TestPlatform

beforeAll(async () => {
  process.env.EXAMPLE_NOTES_PER_HOUR = '3'
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
})

const notesOf = async (siteId: number) =>
  (await platform.payload.find({ collection: 'example-notes', where: { site: { equals: siteId } }, sort: 'createdAt', overrideAccess: true })).docs

/** A published site whose home page shows the notes section (and a hero with the plugin's badge field). */
const publishedSite = async () => {
  const owner = await createUser(platform.payload, { locale: 'pl' })
  const site = await createSite(platform.payload, owner.id, 'Pracownia Oli')
  const heading = { pl: 'Notatki', en: 'Notes' }
  const templateConfig = {
    pages: [
      {
        slug: 'home',
        title: heading,
        sections: [
          { type: 'hero', heading, exampleBadge: 'Nowość' },
          { type: 'exampleNotes', heading, limit: 3 },
        ],
      },
    ],
  }
  await platform.payload.update({ collection: 'sites', id: site.id, data: { templateConfig }, overrideAccess: true })
  await publishSiteAs(platform.payload, site.id)
  return { owner, site }
}

const leaveNote = (identifier: string, body: unknown, ip = '203.0.113.7') =>
  fetch(`${platform.baseURL}/api/public/sites/${identifier}/example-notes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  })

describe('example plugin', () => {
  it('hooks into sites and listens to site.created: a welcome note, a welcome email in the owner language and a notification', async () => {
    const owner = await createUser(platform.payload, { locale: 'pl' })
    const client = await signIn(platform.baseURL, owner.email, PASSWORD)
    const created = await client.request('POST', '/api/sites', { name: 'Joga z Olą', identifier: `joga-${Date.now()}` })
    expect(created.status).toBe(201)
    expect((await notesOf(created.body.doc.id)).map((note) => note.text)).toEqual(['Welcome to Joga z Olą!'])
    // The welcome says what is true of the site: created, a draft (nothing published it yet).
    expect((await waitForEmail(platform.payload, owner.email, /utworzona/)).subject).toBe('Twoja strona „Joga z Olą” została utworzona')
    const notification = await waitFor(
      async () => (await platform.payload.find({ collection: 'notifications', where: { user: { equals: owner.id } }, overrideAccess: true })).docs[0],
    )
    expect(notification).toMatchObject({
      notificationType: 'example.welcome',
      message: 'Strona „Joga z Olą” została utworzona. Dodaj treść i opublikuj ją, gdy będzie gotowa.',
      link: `/admin?site=${created.body.doc.id}`,
    })
    // The field it adds to sites counts the notes with the reader's access.
    expect((await client.request('GET', `/api/sites/${created.body.doc.id}`)).body.exampleNoteCount).toBe(1)
  })

  it('takes a visitor note through its rate-limited endpoint, tells the owner, and shows it in the section on the next request', async () => {
    const { owner, site } = await publishedSite()
    const before = await (await fetch(`${platform.baseURL}/s/${site.identifier}`)).text()
    expect(before).toContain('Welcome to Pracownia Oli!')

    expect((await leaveNote(site.identifier, { text: 'Świetne zajęcia!' })).status).toBe(201)
    expect(await (await fetch(`${platform.baseURL}/s/${site.identifier}`)).text()).toContain('Świetne zajęcia!')
    expect((await waitForEmail(platform.payload, owner.email, /Nowa notatka/)).text).toContain('Świetne zajęcia!')
    const notified = await platform.payload.find({
      collection: 'notifications',
      where: { notificationType: { equals: 'example.note-left' } },
      overrideAccess: true,
    })
    expect(notified.docs.map((doc) => doc.message)).toContain('Świetne zajęcia!')

    // Bad input and unknown sites change nothing.
    expect((await leaveNote(site.identifier, { text: '' })).status).toBe(400)
    expect((await leaveNote(site.identifier, { text: 'x', extra: 1 })).status).toBe(400)
    expect((await leaveNote('no-such-site', { text: 'x' })).status).toBe(404)
    expect((await notesOf(site.id)).length).toBe(2)
  })

  it('limits notes per network atomically: 10 parallel requests against a limit of 3 store 3', async () => {
    const { site } = await publishedSite()
    const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => leaveNote(site.identifier, { text: `note ${index}` }, '198.51.100.9')))
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses).toEqual([...Array(3).fill(201), ...Array(7).fill(429)])
    expect(answers.find((answer) => answer.status === 429)?.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await notesOf(site.id)).filter((note) => note.fromVisitor).length).toBe(3)
  })

  it('keeps notes to their site: another owner and visitors cannot read them', async () => {
    const { site } = await publishedSite()
    const stranger = await createUser(platform.payload)
    const asStranger = await signIn(platform.baseURL, stranger.email, PASSWORD)
    expect((await asStranger.request('GET', `/api/example-notes?where[site][equals]=${site.id}`)).body.docs).toEqual([])
    expect((await session(platform.baseURL).request('GET', '/api/example-notes')).status).toBe(403)
  })

  it('runs its job on demand and declares its schedule', async () => {
    const { site } = await publishedSite()
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString()
    await platform.jobs.enqueue('example.mark-stale-notes', { now: inAYear })
    await waitFor(async () => (await notesOf(site.id)).every((note) => note.isStale), { what: 'the notes to be marked stale' })
    expect((await platform.jobs.list({ state: 'repeating' })).jobs.map((job) => job.name)).toContain('example.mark-stale-notes')
  })

  it('registers its page, view, translations, section field, sample data and demo seed', async () => {
    const config = platform.payload.config
    const registry = getRegistry(config)
    expect(registry.pages.map((page) => page.path)).toContain('/example-notes/:identifier')
    expect(config.admin.components.views?.example).toMatchObject({ path: '/example' })
    expect(config.i18n.translations).toMatchObject({ pl: { example: { notes: 'Notatki' } }, en: { example: { notes: 'Notes' } } })
    const owner = await createUser(platform.payload)
    const schema = await (await signIn(platform.baseURL, owner.email, PASSWORD)).request('GET', '/api/sites/config-schema')
    expect(JSON.stringify(schema.body)).toContain('exampleBadge')
    expect(Object.assign({}, ...registry.emailSampleData.map((sample) => sample({ locale: 'en', publicURL: '' })))).toMatchObject({
      noteText: expect.any(String),
    })
    await seedDemo(platform.payload)
    const demo = await platform.payload.find({ collection: 'sites', where: { identifier: { equals: 'anna-coaching' } }, overrideAccess: true })
    expect((await notesOf(demo.docs[0].id)).map((note) => note.text)).toContain('Dziękuję za spotkanie!')
  })
})
