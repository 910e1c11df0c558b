/**
 * The per-IP booking limit holds under parallel requests: the count runs
 * inside the booking's transaction under a lock on the address, so requests
 * from one IP cannot all read the same count and all pass.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, publishSiteAs, startTestPlatform } from '@platform/testing'
import { createClass, dayAhead, post, setSettings, wallInstant } from './support'

let platform: TestPlatform

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '3'
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  await platform?.close()
})

it('lets exactly BOOKING_RATE_PER_IP (3) of 10 simultaneous bookings from one IP through, the rest 429 with Retry-After', async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  const yoga = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(5), '18:00'), 20) // seats for everyone: only the limit refuses
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, index) =>
      post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, { eventId: yoga.id, email: `burst-${index}@example.com`, name: `Burst ${index}` }),
    ),
  )
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 201)).toHaveLength(3)
  expect(statuses.filter((status) => status === 429)).toHaveLength(7)
  for (const response of responses.filter((r) => r.status === 429)) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  expect((await platform.payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs).toBe(3)
})
