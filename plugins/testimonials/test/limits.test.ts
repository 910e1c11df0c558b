/**
 * The form's rate limits over real HTTP: per IP and per author address, each one atomic count in the database,
 * so parallel requests cannot pass them together; refused requests store nothing; the honeypot counts too.
 */
import type { Payload } from 'payload'

import type { TestPlatform } from '@platform/testing'
import { startTestPlatform } from '@platform/testing'
import { address, freshIp, siteWithSection, storedIn, submission, submit } from './support'

let platform: TestPlatform
let payload: Payload

const setRate = (perIp: number, perAddress: number) => {
  process.env.TESTIMONIALS_SUBMIT_PER_IP = String(perIp)
  process.env.TESTIMONIALS_SUBMIT_PER_ADDRESS = String(perAddress)
}

beforeAll(async () => {
  setRate(1000, 1000)
  platform = await startTestPlatform({ processJobs: false })
  payload = platform.payload
})

afterEach(() => setRate(1000, 1000))

afterAll(async () => {
  await platform?.close()
  delete process.env.TESTIMONIALS_SUBMIT_PER_IP
  delete process.env.TESTIMONIALS_SUBMIT_PER_ADDRESS
})

it('lets exactly N of many parallel submissions from one IP through; the rest get 429 with Retry-After and store nothing', async () => {
  setRate(3, 1000)
  const { site } = await siteWithSection(payload)
  const ip = freshIp()
  const answers = await Promise.all(Array.from({ length: 12 }, () => submit(platform.baseURL, site.identifier, submission(), { ip })))
  const statuses = answers.map((answer) => answer.status)
  expect(statuses.filter((status) => status === 202)).toHaveLength(3)
  expect(statuses.filter((status) => status === 429)).toHaveLength(9)
  const refused = answers.find((answer) => answer.status === 429)!
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(refused.body.errors[0].message).toBe('Zbyt wiele opinii wysłanych z Twojej sieci. Spróbuj ponownie później.')
  expect(await storedIn(payload, site.id)).toHaveLength(3)
  // Another network is not affected; a bot's honeypot submission from the limited one is refused like anyone's.
  expect((await submit(platform.baseURL, site.identifier, submission(), { ip: freshIp() })).status).toBe(202)
  expect((await submit(platform.baseURL, site.identifier, submission({ website: 'x' }), { ip })).status).toBe(429)
  expect(await storedIn(payload, site.id)).toHaveLength(4)
})

it('limits one author address across networks and sites, so nobody floods an inbox with confirmation links', async () => {
  setRate(1000, 2)
  const [{ site: first }, { site: second }] = [await siteWithSection(payload), await siteWithSection(payload)]
  const email = address('flood')
  const answers = await Promise.all(
    [first, second, first, second, first].map((site) =>
      submit(platform.baseURL, site.identifier, submission({ authorEmail: email, locale: 'en' }), { ip: freshIp() }),
    ),
  )
  expect(answers.map((answer) => answer.status).sort()).toEqual([202, 202, 429, 429, 429])
  expect(answers.find((answer) => answer.status === 429)!.body.errors[0].message).toBe('Too many testimonials from this email address. Please try again later.')
  const stored = [...(await storedIn(payload, first.id)), ...(await storedIn(payload, second.id))]
  expect(stored.filter((doc) => doc.authorEmail === email)).toHaveLength(2)
})

it('does not count a body refused as bad input', async () => {
  setRate(1, 1000)
  const { site } = await siteWithSection(payload)
  const ip = freshIp()
  expect((await submit(platform.baseURL, site.identifier, submission({ rating: 0 }), { ip })).status).toBe(400)
  expect((await submit(platform.baseURL, site.identifier, submission(), { ip })).status).toBe(202)
  expect((await submit(platform.baseURL, site.identifier, submission(), { ip })).status).toBe(429)
})
