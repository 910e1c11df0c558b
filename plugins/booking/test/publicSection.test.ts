/**
 * The booking section on a published public page: the plugin's renderer
 * replaces the core stand-in, the page loads the islands bundle, and that
 * bundle (served to visitors) carries the widget's mount.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

const text = (pl: string, en: string) => ({ pl, en })

it('renders the booking widget section with its client bundle on the published page', async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  const owner = await signIn(platform.baseURL, user.email, PASSWORD)
  const templateConfig = {
    locales: { default: 'pl', enabled: ['pl', 'en'] },
    pages: [
      {
        slug: 'home',
        title: text('Start', 'Home'),
        sections: [{ type: 'booking', heading: text('Umów wizytę', 'Book a visit'), intro: text('Wybierz termin.', 'Pick a time.') }],
      },
    ],
  }
  expect((await owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig })).status).toBe(200)
  expect((await owner.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)

  const page = await fetch(`${platform.baseURL}/s/${site.identifier}`)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('data-island="booking"')
  expect(html).toContain(`data-booking-identifier="${site.identifier}"`)
  expect(html).toContain('Umów wizytę')
  expect(html).toContain('Wybierz termin.')
  // The plugin's markup, not the core heading-only stand-in: the no-JavaScript fallback is there.
  expect(html).toContain('data-booking-fallback')
  // One section per section: the renderer's, with the widget inside (no second, nested <section> and its padding).
  const own = /<section[^>]*section--booking[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1]
  expect(own).toContain('data-booking-section')
  expect(own).not.toContain('<section')

  const english = await (await fetch(`${platform.baseURL}/s/${site.identifier}/en`)).text()
  expect(english).toContain('Book a visit')
  expect(english).toContain('data-booking-locale="en"')

  const script = /<script[^>]+src="(\/_site-assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(script).toBeDefined()
  const bundle = await fetch(`${platform.baseURL}${script}`)
  expect(bundle.status).toBe(200)
  expect(bundle.headers.get('content-type')).toMatch(/javascript/)
  // The widget's own code is inside: it asks for the services, the per-day summary and the day's slots.
  const code = await bundle.text()
  for (const path of ['booking', 'days', 'slots']) expect(code).toContain(`"${path}"`)
})
