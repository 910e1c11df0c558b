/**
 * The draft preview of a site never published: the booking widget, whose slots answer only for published sites,
 * is not mounted (it showed an error); the section says "Rezerwacje będą dostępne po publikacji" (EN too) over its
 * inert markup. Once the site is published, its preview mounts the widget again.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

const text = (pl: string, en: string) => ({ pl, en })

test('a new site’s draft preview says bookings come with publishing, in the page’s language, until it is published', async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  const owner = await signIn(platform.baseURL, user.email, PASSWORD)
  const templateConfig = {
    locales: { default: 'pl', enabled: ['pl', 'en'] },
    pages: [{ slug: 'home', title: text('Start', 'Home'), sections: [{ type: 'booking', heading: text('Umów wizytę', 'Book a visit') }] }],
  }
  expect((await owner.request('PATCH', `/api/sites/${site.id}`, { templateConfig })).status).toBe(200)
  const preview = async (path = '') => {
    const response = await fetch(`${platform.baseURL}/s/${site.identifier}${path}?preview=1`, {
      // What a browser sends on a navigation from the admin (same origin): Payload's cookie check needs it.
      headers: { cookie: owner.cookie()!, 'sec-fetch-site': 'same-origin' },
    })
    expect(response.status).toBe(200)
    return response.text()
  }

  const draft = await preview()
  expect(draft).toContain('Podgląd – strona nieopublikowana')
  expect(draft).toContain('Rezerwacje będą dostępne po publikacji')
  expect(draft).toContain('Umów wizytę')
  expect(draft).not.toContain('data-island="booking"')
  expect(await preview('/en')).toContain('Bookings will be available once the site is published')
  // Visitors see nothing of the draft: the site is not public yet.
  expect((await fetch(`${platform.baseURL}/s/${site.identifier}`)).status).toBe(404)

  expect((await owner.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)
  const published = await preview()
  expect(published).toContain('data-island="booking"')
  expect(published).not.toContain('Rezerwacje będą dostępne po publikacji')
})
