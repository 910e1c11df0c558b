/**
 * The sign-up section on a published demo page (the coach starter template carries it), its islands bundle,
 * the form's endpoint answering for that site, and the newsletter demo data.
 */
import type { TestPlatform } from '@platform/testing'
import { seedDemo, startTestPlatform } from '@platform/testing'
import { CAMPAIGNS, SUBSCRIPTIONS } from '../slugs'
import { subscribeRequest } from './support'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  await seedDemo(platform.payload)
})

afterAll(async () => {
  await platform?.close()
})

it("renders the sign-up form on Anna's published page, with the script that sends it", async () => {
  const page = await fetch(`${platform.baseURL}/s/anna-coaching`)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('data-island="newsletter"')
  expect(html).toContain('data-newsletter-identifier="anna-coaching"')
  expect(html).toContain('Co tydzień jedno dobre pytanie')
  expect(html).toContain('Cotygodniowe podsumowanie')
  const script = /<script[^>]+src="(\/_site-assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(script).toBeDefined()
  const bundle = await (await fetch(`${platform.baseURL}${script}`)).text()
  expect(bundle).toContain('/newsletter')
  // The typo hint before sending: the same typoHint.ts in the browser script, with its Polish text.
  expect(bundle).toContain('Czy na pewno chodzi')
  expect(bundle).toContain('gmail.com')

  const english = await (await fetch(`${platform.baseURL}/s/anna-coaching/en`)).text()
  expect(english).toContain('One good question every week')
  expect(english).toContain('Monthly digest')

  const answer = await subscribeRequest(platform.baseURL, 'anna-coaching', {
    email: 'new.reader@example.com',
    frequency: 'monthly',
    consent: true,
    locale: 'pl',
  })
  expect(answer.status).toBe(202)
})

it("seeds subscribers in every state and a draft campaign on Anna's site", async () => {
  const where = (extra: Record<string, unknown>) => ({ and: [{ 'site.identifier': { equals: 'anna-coaching' } }, extra] })
  const count = async (extra: Record<string, unknown>) =>
    (await platform.payload.count({ collection: SUBSCRIPTIONS, where: where(extra) as never, overrideAccess: true })).totalDocs
  expect(await count({ isConfirmed: { equals: true } })).toBe(3)
  expect(await count({ and: [{ isConfirmed: { equals: false } }, { isActive: { equals: true } }, { email: { not_equals: 'new.reader@example.com' } }] })).toBe(
    1,
  )
  expect(await count({ isActive: { equals: false } })).toBe(1)
  const campaigns = await platform.payload.find({ collection: CAMPAIGNS, where: where({ status: { equals: 'draft' } }) as never, overrideAccess: true })
  expect(campaigns.docs.map((campaign) => campaign.subjectPl)).toEqual(['Jedno dobre pytanie na ten tydzień'])
})
