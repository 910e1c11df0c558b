/**
 * What the admin shows, in the admin's language, over real HTTP (Accept-Language, as the admin sends it):
 * a refused site configuration names each value as the owner sees it, the editor's check lists the paths to
 * mark, the version list and compare read as sentences with labels, restoring may leave the live site alone,
 * and other server messages (invitation sent, compile errors, staff-only answers, audit entries) are Polish
 * for a Polish admin and English for an English one.
 */
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn, type Session } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

const text = (pl: string, en: string) => ({ pl, en })
const config = (heading: string, extra: Record<string, unknown> = {}) => ({
  theme: { colors: { primary: '#123456' } },
  pages: [
    { slug: 'home', title: text('Start', 'Home'), sections: [{ type: 'hero', id: 'hero', heading: text(heading, heading), ...extra }] },
    {
      slug: 'o-mnie',
      title: text('O mnie', 'About me'),
      sections: [{ type: 'about', id: 'about', heading: text('Kim jestem', 'Who I am'), body: text('Treść', 'Text') }],
    },
  ],
})

const ownerWithSite = async (firstName = 'Anna') => {
  const owner = await createUser(platform.payload)
  await platform.payload.update({ collection: 'users', id: owner.id, data: { firstName, lastName: 'Nowak' }, overrideAccess: true }) // trusted: test setup or inspection
  const site = await createSite(platform.payload, owner.id)
  const pl = await signIn(platform.baseURL, owner.email, PASSWORD, { language: 'pl' })
  const en = await signIn(platform.baseURL, owner.email, PASSWORD, { language: 'en' })
  return { owner, site, pl, en }
}

const message = (response: { body: any }) => response.body?.errors?.[0]?.message as string | undefined

describe('a refused site configuration', () => {
  it("names the page, section, field and language in the caller's language, on the toast and on the field", async () => {
    const { site, pl, en } = await ownerWithSite()
    const bad = config('Witaj')
    bad.pages[1].sections[0].heading = { en: 'Who I am' } as never
    ;(bad.pages[0].sections[0] as Record<string, unknown>).cta = { label: text('Umów', 'Book'), href: 'javascript:alert(1)' }
    const refused = await pl.request('PATCH', `/api/sites/${site.id}`, { templateConfig: bad })
    expect(refused.status).toBe(400)
    const expected =
      'Nie zapisano zmian: Start › Baner główny › Przycisk › Link: wpisz link zaczynający się od / lub # lub http(s):// lub mailto: lub tel:, O mnie › O mnie › Nagłówek (PL) jest wymagany'
    expect(message(refused)).toBe(expected)
    expect(refused.body.errors[0].data.errors).toEqual([{ path: 'templateConfig', message: expected }])
    const english = await en.request('PATCH', `/api/sites/${site.id}`, { templateConfig: bad })
    expect(message(english)).toBe(
      'The changes were not saved: Home › Hero banner › Button › Link: enter a link starting with / or # or http(s):// or mailto: or tel:, About me › About › Heading (PL) is required',
    )
    // Nothing changed.
    expect((await platform.payload.findByID({ collection: 'sites', id: site.id, overrideAccess: true })).templateConfig).toEqual({}) // trusted: test setup or inspection
  })

  it('check-config lists each problem with the path the editor marks, and needs a signed-in caller', async () => {
    const { pl } = await ownerWithSite()
    const bad = config('')
    const checked = await pl.request('POST', '/api/sites/check-config', { config: bad })
    expect(checked.status).toBe(200)
    expect(checked.body).toEqual({
      ok: false,
      issues: [
        { path: 'pages[0].sections[0].heading.pl', message: 'Start › Baner główny › Nagłówek (PL) jest wymagany' },
        { path: 'pages[0].sections[0].heading.en', message: 'Start › Baner główny › Nagłówek (EN) jest wymagany' },
      ],
    })
    expect((await pl.request('POST', '/api/sites/check-config', { config: config('Witaj') })).body).toEqual({ ok: true, issues: [] })
    const anonymous = await session(platform.baseURL, { language: 'pl' }).request('POST', '/api/sites/check-config', { config: bad })
    expect({ status: anonymous.status, message: message(anonymous) }).toEqual({ status: 401, message: 'Najpierw się zaloguj.' })
  })
})

describe('versions as an owner reads them', () => {
  const publish = async (client: Session, siteId: number, heading: string, extra?: Record<string, unknown>) => {
    expect((await client.request('PATCH', `/api/sites/${siteId}`, { templateConfig: config(heading, extra) })).status).toBe(200)
    const published = await client.request('POST', `/api/sites/${siteId}/publish`)
    expect(published.status).toBe(201)
    return published.body.version as { id: string; versionNumber: number }
  }

  it('lists who, when, published or not and what changed; compare reads "section › field (language): old → new"', async () => {
    const { site, pl, en } = await ownerWithSite('Zofia')
    const v1 = await publish(pl, site.id, 'Witaj')
    const v2 = await publish(pl, site.id, 'Dzień dobry', { image: { mediaId: 41 } })

    const list = await pl.request('GET', `/api/sites/${site.id}/versions`)
    expect(list.status).toBe(200)
    expect(list.body.versions).toEqual([
      expect.objectContaining({
        versionNumber: 2,
        author: 'Zofia Nowak',
        published: true,
        summary: '3 zmiany: Baner główny › Nagłówek (PL), Baner główny › Nagłówek (EN) i 1 inna',
      }),
      expect.objectContaining({ versionNumber: 1, author: 'Zofia Nowak', published: false, summary: 'Pierwsza wersja' }),
    ])

    const compared = await pl.request('GET', `/api/sites/${site.id}/versions/compare?a=${v1.id}&b=${v2.id}`)
    expect(compared.status).toBe(200)
    expect(compared.body.changes).toEqual([
      {
        kind: 'changed',
        path: 'pages[0].sections[0].heading.pl',
        label: 'Start › Baner główny › Nagłówek (PL)',
        from: { text: '„Witaj”' },
        to: { text: '„Dzień dobry”' },
      },
      {
        kind: 'changed',
        path: 'pages[0].sections[0].heading.en',
        label: 'Start › Baner główny › Nagłówek (EN)',
        from: { text: '„Witaj”' },
        to: { text: '„Dzień dobry”' },
      },
      { kind: 'added', path: 'pages[0].sections[0].image', label: 'Start › Baner główny › Obraz', to: { mediaId: 41 } },
    ])
    const inEnglish = await en.request('GET', `/api/sites/${site.id}/versions/compare?a=${v1.id}&b=${v2.id}`)
    expect(inEnglish.body.changes[0]).toMatchObject({ label: 'Home › Hero banner › Heading (PL)', from: { text: '“Witaj”' }, to: { text: '“Dzień dobry”' } })
    // Another owner's site is not found, in their language.
    const stranger = await ownerWithSite()
    const foreign = await stranger.pl.request('GET', `/api/sites/${site.id}/versions`)
    expect({ status: foreign.status, message: message(foreign) }).toEqual({ status: 404, message: 'Nie znaleziono.' })
  })

  it('restores a version as the draft only, leaving the published site as it was, or as a new published version', async () => {
    const { site, pl } = await ownerWithSite()
    const v1 = await publish(pl, site.id, 'Pierwszy')
    const v2 = await publish(pl, site.id, 'Drugi')

    const draftOnly = await pl.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id, publish: false })
    expect(draftOnly.status).toBe(200)
    expect(draftOnly.body).toMatchObject({ draft: true, restoredFrom: { versionNumber: 1 } })
    let stored = await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true }) // trusted: test setup or inspection
    expect((stored.templateConfig as ReturnType<typeof config>).pages[0].sections[0].heading.pl).toBe('Pierwszy')
    expect(stored.publishedVersion).toBe(v2.id)
    expect((await platform.payload.count({ collection: 'site-versions', where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs).toBe(2) // trusted: test setup or inspection

    const published = await pl.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id })
    expect(published.status).toBe(201)
    expect(published.body.version).toMatchObject({ versionNumber: 3, restoredFrom: 1, note: null })
    stored = await platform.payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true }) // trusted: test setup or inspection
    expect(stored.publishedVersion).toBe(published.body.version.id)
    const list = await pl.request('GET', `/api/sites/${site.id}/versions`)
    expect(list.body.versions[0]).toMatchObject({ versionNumber: 3, restoredFrom: 1, published: true })

    const bad = await pl.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id, publish: 'no' })
    expect({ status: bad.status, message: message(bad) }).toEqual({ status: 400, message: 'Pole „publish” musi mieć wartość true albo false.' })
  })

  it('lets a viewer read the list but not restore', async () => {
    const { site, pl } = await ownerWithSite()
    const v1 = await publish(pl, site.id, 'Jeden')
    const viewer = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, viewer.id, viewer.email, 'viewer')
    const client = await signIn(platform.baseURL, viewer.email, PASSWORD, { language: 'pl' })
    expect((await client.request('GET', `/api/sites/${site.id}/versions`)).body.versions).toHaveLength(1)
    const refused = await client.request('POST', `/api/sites/${site.id}/restore`, { versionId: v1.id, publish: false })
    expect({ status: refused.status, message: message(refused) }).toEqual({ status: 403, message: 'Twoja rola na tej stronie na to nie pozwala.' })
  })
})

describe('other messages the admin shows', () => {
  it('says the invitation was sent, in the inviter’s language', async () => {
    const { site, pl, en } = await ownerWithSite()
    const invited = await pl.request('POST', '/api/team-members/invite', { site: site.id, email: `ola-${site.id}@example.test`, role: 'editor' })
    expect(invited.status).toBe(201)
    expect(invited.body.message).toBe(`Zaproszenie wysłane na adres ola-${site.id}@example.test.`)
    const again = await en.request('POST', '/api/team-members/invite', { site: site.id, email: `ola-${site.id}@example.test`, role: 'viewer' })
    expect(again.body.message).toBe(`Invitation sent to ola-${site.id}@example.test.`)
    const badRole = await pl.request('POST', '/api/team-members/invite', { site: site.id, email: 'x@example.test', role: 'boss' })
    expect({ status: badRole.status, message: message(badRole) }).toEqual({
      status: 400,
      message: 'Wybierz rolę: administrator, redaktor, prowadzący albo obserwator.',
    })
  })

  it("names a compile error's line and column in Polish", async () => {
    const { site, pl } = await ownerWithSite()
    const broken = 'export default function Broken() {\n  const a = 1\n  const b x = 2\n  return <p>{a}</p>\n}\n'
    const response = await pl.request('POST', '/api/custom-react-components', { site: site.id, name: 'Zepsuty', sourceCode: broken })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'sourceCode', message: 'Wiersz 3, kolumna 11: Expected ";" but found "x"' })
  })

  it('answers staff-only endpoints and reads audit entries in Polish', async () => {
    const { pl } = await ownerWithSite()
    const jobs = await pl.request('GET', '/api/platform/jobs')
    expect({ status: jobs.status, message: message(jobs) }).toEqual({ status: 403, message: 'Zadania widzi tylko obsługa platformy.' })
    const staff = await createUser(platform.payload, { isStaff: true })
    const staffPl = await signIn(platform.baseURL, staff.email, PASSWORD, { language: 'pl' })
    const staffEn = await signIn(platform.baseURL, staff.email, PASSWORD, { language: 'en' })
    const target = await createUser(platform.payload)
    expect((await staffEn.request('PATCH', `/api/users/${target.id}`, { firstName: 'Nowe' })).status).toBe(200)
    const where = `where[targetId][equals]=${target.id}&where[targetCollection][equals]=users`
    const polish = await staffPl.request('GET', `/api/audit-logs?${where}`)
    expect(polish.body.docs[0].summary).toBe(`Zmieniono: Użytkownik nr ${target.id} (pola: Imię)`)
    const english = await staffEn.request('GET', `/api/audit-logs?${where}`)
    expect(english.body.docs[0].summary).toBe(`Updated: User ${target.id} (field: First name)`)
  })
})
