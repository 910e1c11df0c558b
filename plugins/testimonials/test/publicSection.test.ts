/**
 * The demo: Anna's published page (the coach starter template has the testimonials section) shows the seeded
 * approved testimonials in its HTML, featured first, with Anna's reply, the badges, the average and the count,
 * never the pending or rejected one, and no self-serving review markup; its islands bundle carries the form.
 */
import type { TestPlatform } from '@platform/testing'
import { seedDemo, startTestPlatform } from '@platform/testing'
import { DEMO_TESTIMONIALS } from '../seed/demo'
import { TESTIMONIALS } from '../slugs'
import { list } from './support'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  await seedDemo(platform.payload)
})

afterAll(async () => {
  await platform?.close()
})

const demo = (status: string) => DEMO_TESTIMONIALS.filter((item) => item.status === status)

it('seeds approved (one featured, one with a reply), pending and rejected testimonials on Anna’s site', async () => {
  const count = async (status: string) =>
    (
      await platform.payload.count({
        collection: TESTIMONIALS,
        where: { and: [{ 'site.identifier': { equals: 'anna-coaching' } }, { status: { equals: status } }] } as never,
        overrideAccess: true,
      })
    ).totalDocs
  expect([await count('approved'), await count('pending'), await count('rejected')]).toEqual([5, 1, 1])
  expect(demo('approved').filter((item) => item.isFeatured)).toHaveLength(1)
  expect(demo('approved').filter((item) => item.reply)).toHaveLength(1)
})

it("renders Anna's approved testimonials into the page HTML, and never the pending or rejected ones", async () => {
  const response = await fetch(`${platform.baseURL}/s/anna-coaching`)
  expect(response.status).toBe(200)
  const html = await response.text()
  expect(html).toContain('data-island="testimonials"')
  expect(html).toContain('Co mówią klienci')
  for (const item of demo('approved')) expect(html).toContain(item.authorName)
  for (const item of [...demo('pending'), ...demo('rejected')]) expect(html).not.toContain(item.content.slice(0, 40))
  // Featured first; the reply, the badges, the accessible stars, the average and the Polish count.
  const featured = demo('approved').find((item) => item.isFeatured)!
  const list = html.slice(html.indexOf('class="ts-list"'))
  const firstItem = list.slice(0, list.indexOf('</li>'))
  expect(firstItem).toContain(featured.authorName)
  expect(html).toContain(demo('approved').find((item) => item.reply)!.reply!)
  expect(html).toContain('Odpowiedź: Anna Kowalska Coaching')
  expect(html).toContain('Zweryfikowany klient')
  expect(html).toContain('Potwierdzony adres e-mail')
  expect(html).toContain('Ocena 5 na 5')
  expect(html).toContain('Średnia ocena 4,6 na 5')
  expect(html).toContain('5 opinii')
  // No e-mail address of an author, and no self-serving review markup for the site's LocalBusiness.
  for (const item of DEMO_TESTIMONIALS) if (item.authorEmail) expect(html).not.toContain(item.authorEmail)
  expect(html).not.toMatch(/AggregateRating|"Review"/)

  const script = /<script[^>]+src="(\/_site-assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(script).toBeDefined()
  const bundle = await (await fetch(`${platform.baseURL}${script}`)).text()
  expect(bundle).toContain('/testimonials')
  expect(bundle).toContain('data-testimonials-form')

  const english = await (await fetch(`${platform.baseURL}/s/anna-coaching/en`)).text()
  expect(english).toContain('What clients say')
  expect(english).toContain('Average rating 4.6 out of 5')
  expect(english).toContain('5 testimonials')
  expect(english).toContain('Send testimonial')
})

it('answers the public list of the demo site with the approved ones only', async () => {
  const answer = await list(platform.baseURL, 'anna-coaching', '?limit=50')
  expect(answer.status).toBe(200)
  expect(answer.body.testimonials.map((item: { authorName: string }) => item.authorName).sort()).toEqual(
    demo('approved')
      .map((item) => item.authorName)
      .sort(),
  )
  expect(answer.body.testimonials[0].isFeatured).toBe(true)
  expect(answer.body.stats).toEqual({ count: 5, averageRating: 4.6, histogram: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 3 } })
})
