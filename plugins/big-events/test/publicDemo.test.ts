/**
 * The demo: Studio Ruchu's retreat (paid, early bird, questions, image) in its starter's events section and on
 * its page; Anna's free online workshop in the section the seed adds to her home page. Dates follow now.
 */
import type { TestPlatform } from '@platform/testing'
import { seedDemo, startTestPlatform } from '@platform/testing'
import { readDetails } from '../lib/details'
import { BIG_EVENTS } from '../slugs'
import { get, jsonLdOf } from './publicSupport'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  await seedDemo(platform.payload)
})

afterAll(async () => {
  await platform?.close()
})

it('seeds an upcoming paid retreat with an early bird and questions, and an upcoming free online workshop', async () => {
  const events = await platform.payload.find({ collection: BIG_EVENTS, depth: 1, overrideAccess: true, sort: 'price' }) // test inspection
  expect(events.docs.map((event) => [event.title, event.status, event.price, event.locationKind])).toEqual([
    ['Warsztat online: jak zaplanować zmianę pracy', 'published', 0, 'online'],
    ['Weekend z jogą w Beskidach', 'published', 1200, 'in_person'],
  ])
  const [workshop, retreat] = events.docs
  for (const event of events.docs) expect(Date.parse(event.startDate)).toBeGreaterThan(Date.now() + 7 * 24 * 3_600_000)
  expect(retreat.earlyBirdPrice).toBe(990)
  expect(Date.parse(retreat.earlyBirdEndsAt!)).toBeGreaterThan(Date.now())
  expect(Date.parse(retreat.earlyBirdEndsAt!)).toBeLessThan(Date.parse(retreat.startDate))
  expect(readDetails(retreat.details).questions.map((question) => [question.id, question.type, question.required])).toEqual([
    ['dieta', 'select', true],
    ['zdrowie', 'textarea', false],
    ['pokoj-1-os', 'checkbox', false],
  ])
  expect(typeof retreat.image === 'object' && retreat.image?.mimeType).toBe('image/png')
  expect((retreat.site as { identifier: string }).identifier).toBe('studio-ruchu')
  expect((workshop.site as { identifier: string }).identifier).toBe('anna-coaching')
})

it('shows the retreat on Studio Ruchu’s home page and its own page, and the workshop on Anna’s home page', async () => {
  const studio = await get(`${platform.baseURL}/s/studio-ruchu`)
  expect(studio.text).toContain('href="/s/studio-ruchu/events/weekend-z-joga-w-beskidach"')
  expect(studio.text).toContain('990,00\u00a0zł')
  expect(studio.text).toContain('Zostało 14 miejsc')
  const page = await get(`${platform.baseURL}/s/studio-ruchu/events/weekend-z-joga-w-beskidach`)
  expect(page.status).toBe(200)
  expect(page.text).toContain('Pensjonat Pod Skrzycznem, ul. Leśna 12, 43-370 Szczyrk')
  expect(jsonLdOf(page.text)[1]).toMatchObject({ '@type': 'Event', name: 'Weekend z jogą w Beskidach' })
  const image = /<img class="be-event__image" src="([^"]+)"/.exec(page.text)![1]
  expect((await fetch(`${platform.baseURL}${image}`)).status).toBe(200)

  const anna = await get(`${platform.baseURL}/s/anna-coaching`)
  expect(anna.text).toContain('<h2>Warsztaty</h2>')
  expect(anna.text).toContain('href="/s/anna-coaching/events/warsztat-zmiana-pracy"')
  expect(anna.text).toContain('Bezpłatne')
  expect((await get(`${platform.baseURL}/s/anna-coaching/en`)).text).toContain('<h2>Workshops</h2>')
})
