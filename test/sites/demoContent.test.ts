/**
 * The demo's public sites ship full: the yoga studio's "Grafik i zapisy" has a real weekly class timetable
 * (group classes on six days of the week, with seats, for weeks ahead, as the slots endpoint gives them to
 * the widget), both sites' testimonials sections show approved testimonials, and no section of any demo
 * page is left empty, in either language. And POST /api/sites/:id/empty-sections, which the site editor
 * asks, names an empty section with its sentence, checks who asks, and refuses a malformed draft in the
 * caller's language.
 */
import type { TestPlatform } from '@platform/testing'
import { DEMO_PASSWORD, seedDemo, session, signIn, startTestPlatform, TEST_PUBLIC_URL } from '@platform/testing'

import { TeamMembers } from '../../collections/team-members'
import { STUDIO_TIMETABLE } from '../../plugins/booking/seed/demo'
import { STUDIO_TESTIMONIALS } from '../../plugins/testimonials/seed/demo'
import { findEmptySections } from '../../src/platform/sites/render/emptySections'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  await seedDemo(platform.payload)
})

afterAll(async () => {
  await platform?.close()
})

const demoSites = async () =>
  (
    await platform.payload.find({
      collection: 'sites',
      where: { identifier: { in: ['anna-coaching', 'studio-ruchu'] } },
      depth: 0,
      overrideAccess: true, // test inspection of the seeded demo
    })
  ).docs

type Slot = { kind: string; start: string; title?: string; seatsLeft?: number }

test('the yoga studio’s schedule lists its weekly classes, with seats, on six days of every week', async () => {
  const from = new Date()
  const to = new Date(from.getTime() + 14 * 24 * 3_600_000)
  const response = await fetch(`${platform.baseURL}/api/public/sites/studio-ruchu/slots?from=${from.toISOString()}&to=${to.toISOString()}&tz=Europe/Warsaw`)
  expect(response.status).toBe(200)
  const { slots } = (await response.json()) as { slots: Slot[] }
  const classes = slots.filter((slot) => slot.kind === 'group')
  // Two full weeks of the timetable (a class starting within the minimum notice may be gone).
  expect(classes.length).toBeGreaterThanOrEqual(2 * STUDIO_TIMETABLE.length - 1)
  expect(new Set(classes.map((slot) => slot.title))).toEqual(new Set(STUDIO_TIMETABLE.map((item) => item.title)))
  const weekdays = new Set(classes.map((slot) => new Date(slot.start).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'Europe/Warsaw' })))
  expect(weekdays.size).toBe(6)
  expect(classes.every((slot) => (slot.seatsLeft ?? 0) >= 10)).toBe(true)
})

test('no demo page has an empty section, and the studio’s page shows its students’ testimonials', async () => {
  for (const site of await demoSites()) {
    const config = site.templateConfig as { pages: { slug: string; sections: { id?: string }[] }[] }
    const empty = await findEmptySections({
      payload: platform.payload,
      site: { id: site.id, identifier: site.identifier, name: site.name },
      config,
      locale: 'pl',
    })
    expect({ site: site.identifier, empty }).toEqual({ site: site.identifier, empty: [] })
    for (const [index, page] of config.pages.entries()) {
      for (const prefix of ['', '/en']) {
        const path = `/s/${site.identifier}${prefix}${index === 0 ? '' : `/${page.slug}`}`
        const html = await (await fetch(`${platform.baseURL}${path}`)).text()
        // Every section of the page is there (rendered under its id), none left out.
        for (const section of page.sections)
          if (section.id) expect({ path, section: section.id, shown: html.includes(`id="${section.id}"`) }).toEqual({ path, section: section.id, shown: true })
      }
    }
  }
  const studio = await (await fetch(`${platform.baseURL}/s/studio-ruchu`)).text()
  for (const item of STUDIO_TESTIMONIALS) expect(studio).toContain(item.authorName)
})

test('the editor’s empty-sections check names an empty section with its sentence, for the site’s members only', async () => {
  const [anna] = (await demoSites()).filter((site) => site.identifier === 'anna-coaching')
  const config = structuredClone(anna.templateConfig) as { pages: { sections: Record<string, unknown>[] }[] }
  config.pages[0].sections.push({ type: 'contact', id: 'empty-contact', heading: { pl: 'Kontakt', en: 'Contact' } })
  const added = config.pages[0].sections.length - 1

  const owner = await signIn(platform.baseURL, 'anna@example.com', DEMO_PASSWORD)
  const answer = await owner.request('POST', `/api/sites/${anna.id}/empty-sections`, { config })
  expect(answer.status).toBe(200)
  expect(answer.body.sections).toEqual([
    {
      page: 0,
      section: added,
      reason: { pl: 'nie ma w niej adresu, telefonu ani e-maila', en: 'it has no address, phone number or email' },
      message: {
        pl: 'Sekcja jest ukryta, bo nie ma w niej adresu, telefonu ani e-maila.',
        en: 'This section is hidden because it has no address, phone number or email.',
      },
    },
  ])
  // Without a draft, the saved one: complete.
  expect((await owner.request('POST', `/api/sites/${anna.id}/empty-sections`)).body.sections).toEqual([])

  // The team member (an editor of Anna's site) may ask; another owner gets a 404; nobody signed in a 401.
  const member = await signIn(platform.baseURL, 'ewa@example.com', DEMO_PASSWORD)
  expect((await member.request('POST', `/api/sites/${anna.id}/empty-sections`, { config })).status).toBe(200)
  const stranger = await signIn(platform.baseURL, 'marek@example.com', DEMO_PASSWORD)
  expect((await stranger.request('POST', `/api/sites/${anna.id}/empty-sections`, { config })).status).toBe(404)
  expect((await session(platform.baseURL).request('POST', `/api/sites/${anna.id}/empty-sections`, { config })).status).toBe(401)

  // A malformed draft: a 400 in the caller's language.
  const english = await owner.request('POST', `/api/sites/${anna.id}/empty-sections`, { config: { pages: 'none' } })
  expect(english.status).toBe(400)
  expect(english.body.errors[0].message).toMatch(/^"config" must be an object with a "pages" list/)
  const polish = await fetch(`${platform.baseURL}/api/sites/${anna.id}/empty-sections`, {
    method: 'POST',
    headers: { cookie: owner.cookie()!, 'content-type': 'application/json', 'accept-language': 'pl', origin: TEST_PUBLIC_URL },
    body: JSON.stringify({ config: { pages: Array.from({ length: 51 }, () => ({ sections: [] })) } }),
  })
  expect(polish.status).toBe(400)
  expect(((await polish.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/^„config” musi być obiektem z listą „pages”/)
})

test('the demo’s team member names who invited her, and a member with no inviter shows no empty "Zaprasza" box', async () => {
  const members = await platform.payload.find({
    collection: 'team-members',
    where: { email: { equals: 'ewa@example.com' } },
    depth: 0,
    overrideAccess: true, // test inspection of the seeded demo
  })
  expect(members.docs.map((member) => member.invitedByName)).toEqual(['Anna Kowalska'])
  const field = TeamMembers.fields.find((each) => 'name' in each && each.name === 'invitedByName')
  const condition = field?.admin?.condition as ((data: Record<string, unknown>) => boolean) | undefined
  expect(condition?.({ invitedByName: 'Anna Kowalska' })).toBe(true)
  expect(condition?.({ invitedByName: null })).toBe(false)
  expect(condition?.({})).toBe(false)
})
