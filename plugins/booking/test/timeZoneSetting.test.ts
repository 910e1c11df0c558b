/**
 * The booking settings' time zone over the REST API, as the admin's picker sends it: a zone Intl knows is saved as
 * its id; anything else is a 400 in the owner's language ("Wybierz strefę czasową z listy.") and nothing changes.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { BOOKING_SETTINGS } from '../slugs'

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

const settingsOf = async (site: number) =>
  (await platform.payload.find({ collection: BOOKING_SETTINGS, where: { site: { equals: site } }, overrideAccess: true })).docs // trusted: test inspection

it('saves a zone from the list and refuses an unknown or misspelt one in either language, changing nothing', async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  const en = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'en' })
  const pl = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'pl' })

  // A refused create makes nothing.
  const refusedCreate = await pl.request('POST', `/api/${BOOKING_SETTINGS}`, { site: site.id, timeZone: 'Mars/Olympus' })
  expect({ status: refusedCreate.status, message: message(refusedCreate) }).toEqual({ status: 400, message: 'Wybierz strefę czasową z listy.' })
  expect(await settingsOf(site.id)).toHaveLength(0)

  const made = await en.request('POST', `/api/${BOOKING_SETTINGS}`, { site: site.id, timeZone: 'Europe/London' })
  expect(made.status).toBe(201)
  const id = made.body.doc.id as number
  expect((await settingsOf(site.id)).map((doc) => doc.timeZone)).toEqual(['Europe/London'])

  for (const [session, wrong, text] of [
    [en, 'Mars/Olympus', 'Choose a time zone from the list.'],
    [pl, 'europe/warsaw', 'Wybierz strefę czasową z listy.'],
    [en, '', 'Choose a time zone from the list.'],
  ] as const) {
    const refused = await session.request('PATCH', `/api/${BOOKING_SETTINGS}/${id}`, { timeZone: wrong })
    expect({ wrong, status: refused.status, message: message(refused) }).toEqual({ wrong, status: 400, message: text })
  }
  expect((await settingsOf(site.id)).map((doc) => doc.timeZone)).toEqual(['Europe/London'])

  const moved = await pl.request('PATCH', `/api/${BOOKING_SETTINGS}/${id}`, { timeZone: 'America/New_York' })
  expect(moved.status).toBe(200)
  expect((await settingsOf(site.id)).map((doc) => doc.timeZone)).toEqual(['America/New_York'])
})
