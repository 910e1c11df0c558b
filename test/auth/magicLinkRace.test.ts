/**
 * The link-request limits hold under parallel requests over real HTTP: each
 * request is counted by one atomic write before any link is made, so 50
 * requests at once cannot all read the same count and all pass (they used to:
 * 20 parallel requests for one address gave 9-12 links against a limit of 5).
 */
import type { Where } from 'payload'

import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { raw } from './support'

let platform: TestPlatform

beforeAll(async () => {
  // Read on every request; set before the platform starts so nothing sees other values.
  process.env.MAGIC_LINK_RATE_PER_EMAIL = '10'
  process.env.MAGIC_LINK_RATE_PER_IP = '10'
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
  delete process.env.MAGIC_LINK_RATE_PER_EMAIL
  delete process.env.MAGIC_LINK_RATE_PER_IP
})

const request = (email: string, ip: string) => raw(platform.baseURL, 'POST', '/api/users/magic-link', { body: { email }, ip })

const statuses = (responses: { status: number }[]) => ({
  ok: responses.filter((response) => response.status === 200).length,
  limited: responses.filter((response) => response.status === 429).length,
})

const linksTo = async (where: Where) => (await platform.payload.count({ collection: 'magic-links', where, overrideAccess: true })).totalDocs

it('lets exactly MAGIC_LINK_RATE_PER_EMAIL (10) of 50 simultaneous requests for one address through, from 50 networks', async () => {
  const email = `race-${Date.now()}@example.test`
  const responses = await Promise.all(Array.from({ length: 50 }, (_, index) => request(email, `192.0.2.${index + 1}`)))
  expect(statuses(responses)).toEqual({ ok: 10, limited: 40 })
  for (const response of responses.filter((r) => r.status === 429)) {
    expect(response.json()).toEqual({ errors: [{ message: expect.stringMatching(/^Too many links requested for this address/) }] })
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  }
  expect(await linksTo({ email: { equals: email } })).toBe(10)
})

it('lets exactly MAGIC_LINK_RATE_PER_IP (10) of 50 simultaneous requests from one network through, for 50 addresses', async () => {
  const prefix = `net-${Date.now()}`
  const responses = await Promise.all(Array.from({ length: 50 }, (_, index) => request(`${prefix}-${index}@example.test`, '203.0.113.50')))
  expect(statuses(responses)).toEqual({ ok: 10, limited: 40 })
  for (const response of responses.filter((r) => r.status === 429)) {
    expect(response.json().errors[0].message).toMatch(/^Too many link requests from your network/)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  }
  expect(await linksTo({ email: { like: prefix } })).toBe(10)
})
