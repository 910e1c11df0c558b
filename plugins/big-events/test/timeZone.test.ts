/**
 * A big event's time zone over the REST API (it had no check at all): a zone Intl knows is saved, anything else is a
 * 400 in the owner's language and the event keeps its zone.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { BIG_EVENTS } from '../slugs'
import { createEvent } from './ownerFixtures'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

/** What the admin shows beside the time-zone field (Payload's ValidationError lists each field's own message). */
const message = (response: { body: any }) =>
  (response.body?.errors?.[0]?.data?.errors as { path: string; message: string }[] | undefined)?.find((error) => error.path === 'timeZone')?.message

const zoneOf = async (id: number) => (await platform.payload.findByID({ collection: BIG_EVENTS, id, depth: 0, overrideAccess: true })).timeZone // trusted: test inspection

it('refuses an unknown zone on create and update in either language, and keeps a zone from the list', async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  const en = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'en' })
  const pl = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'pl' })
  const event = await createEvent(platform.payload, site.id, { status: 'draft' })
  expect(await zoneOf(event.id)).toBe('Europe/Warsaw')

  const before = (await platform.payload.count({ collection: BIG_EVENTS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs // trusted: test inspection
  const start = new Date(Date.now() + 20 * 24 * 3600_000).toISOString()
  const refusedCreate = await en.request('POST', `/api/${BIG_EVENTS}`, {
    site: site.id,
    title: 'Retreat',
    startDate: start,
    endDate: new Date(Date.parse(start) + 3600_000).toISOString(),
    maxParticipants: 10,
    price: 0,
    status: 'draft',
    timeZone: 'Warsaw',
  })
  expect({ status: refusedCreate.status, message: message(refusedCreate) }).toEqual({ status: 400, message: 'Choose a time zone from the list.' })
  expect((await platform.payload.count({ collection: BIG_EVENTS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs).toBe(before) // trusted: test inspection

  const refused = await pl.request('PATCH', `/api/${BIG_EVENTS}/${event.id}`, { timeZone: 'Europe/Atlantis', title: 'Nowy tytuł' })
  expect({ status: refused.status, message: message(refused) }).toEqual({ status: 400, message: 'Wybierz strefę czasową z listy.' })
  const unchanged = await platform.payload.findByID({ collection: BIG_EVENTS, id: event.id, depth: 0, overrideAccess: true }) // trusted: test inspection
  expect({ zone: unchanged.timeZone, title: unchanged.title }).toEqual({ zone: 'Europe/Warsaw', title: event.title })

  const moved = await pl.request('PATCH', `/api/${BIG_EVENTS}/${event.id}`, { timeZone: 'Europe/London' })
  expect(moved.status).toBe(200)
  expect(await zoneOf(event.id)).toBe('Europe/London')
})
