/** The demo seed: Anna's site has bookable slots and a class whatever day it runs, and both demo sites are published. */
import type { TestPlatform } from '@platform/testing'
import { seedDemo, startTestPlatform } from '@platform/testing'
import { get } from './support'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  await seedDemo(platform.payload)
})

afterAll(async () => {
  await platform?.close()
})

it('offers Anna’s and Ewa’s weekly sessions and the group workshop over the next two weeks', async () => {
  const from = new Date().toISOString()
  const to = new Date(Date.now() + 15 * 86_400_000).toISOString()
  const response = await get(platform.baseURL, `/api/public/sites/anna-coaching/slots?from=${from}&to=${to}`)
  expect(response.status).toBe(200)
  const slots = response.body.slots as { kind: string; host?: string; seatsLeft?: number }[]
  expect(slots.some((slot) => slot.kind === 'one_on_one' && slot.host === 'Anna Kowalska')).toBe(true)
  expect(slots.some((slot) => slot.kind === 'one_on_one' && slot.host === 'Ewa Dąbrowska')).toBe(true)
  expect(slots.filter((slot) => slot.kind === 'group')).toEqual([expect.objectContaining({ seatsLeft: 8, host: 'Anna Kowalska' })])
})

it("lists Anna's services before the times, in the visitor language", async () => {
  const response = await get(platform.baseURL, '/api/public/sites/anna-coaching/booking?locale=en')
  expect(response.body.services.map((service: { title: string; duration?: number }) => [service.title, service.duration])).toEqual([
    ['Coaching session', 60],
    ['Introductory call', 30],
    ['Evening consultation', 45],
    ['Group classes', undefined],
  ])
})

it('publishes the demo sites from their starter templates, Anna’s with the booking widget', async () => {
  const anna = await fetch(`${platform.baseURL}/s/anna-coaching`)
  expect(anna.status).toBe(200)
  const html = await anna.text()
  expect(html).toContain('<title>')
  expect(html).toContain('data-island="booking"')
  expect(html).toContain('data-booking-identifier="anna-coaching"')
  const marek = await fetch(`${platform.baseURL}/api/public/sites/studio-ruchu`)
  expect(marek.status).toBe(200)
  expect((await marek.json()).versionNumber).toBe(1)
})
