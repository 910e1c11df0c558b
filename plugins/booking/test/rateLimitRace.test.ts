/**
 * The per-IP booking limit holds under parallel requests: every attempt is
 * counted by one atomic write (the platform's rate limiter) before the
 * booking starts, so requests from one IP cannot all read the same count and
 * all pass.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, publishSiteAs, startTestPlatform } from '@platform/testing'
import { createClass, dayAhead, post, setSettings, wallInstant } from './support'

let platform: TestPlatform

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '10'
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  await platform?.close()
})

it('lets exactly BOOKING_RATE_PER_IP (10) of 50 simultaneous bookings from one IP through, the rest 429 with Retry-After', async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  const yoga = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(5), '18:00'), 60) // seats for everyone: only the limit refuses
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, index) =>
      post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, {
        eventId: yoga.id,
        email: `burst-${index}@example.com`,
        name: `Burst ${index}`,
      }),
    ),
  )
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 201)).toHaveLength(10)
  expect(statuses.filter((status) => status === 429)).toHaveLength(40)
  for (const response of responses.filter((r) => r.status === 429)) {
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(response.body).toEqual({ errors: [{ message: 'Too many bookings from your network. Please try again later.' }] })
  }
  expect((await platform.payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs).toBe(10)
})
