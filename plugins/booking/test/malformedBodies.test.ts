/**
 * What the edge and the booking endpoints refuse before acting: a NUL in
 * any text (PostgreSQL cannot store it; it was a 500), a body that is not
 * `application/json` (415), and a malformed body to cancel or reschedule
 * (400, the booking untouched). Over real HTTP with a real bookable slot, so a
 * request that got through would book.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, publishSiteAs, startTestPlatform } from '@platform/testing'
import { createBlock, dayAhead, isoAt, post, setSettings } from './support'

let platform: TestPlatform
let site: { id: number; identifier: string }
let blockId: string
const DAY = dayAhead(4)

const count = async () => (await platform.payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs
const send = (path: string, body: string, contentType = 'application/json') =>
  fetch(`${platform.baseURL}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body }).then(async (response) => ({
    status: response.status,
    body: (await response.json().catch(() => undefined)) as { errors?: { message: string }[] } | undefined,
  }))

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform({ processJobs: false })
  const owner = await createUser(platform.payload)
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 1, timeZone: 'Europe/Warsaw' })
  blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY })).id)
})

afterAll(async () => {
  await platform?.close()
})

const bookingPath = () => `/api/public/sites/${site.identifier}/bookings`
const valid = (time: string) => ({ start: isoAt(DAY, time), blockId, email: 'ola@example.com', name: 'Ola Nowak', notes: 'First visit' })

it('refuses a NUL in the name or the notes with 400, booking nothing', async () => {
  const before = await count()
  for (const field of ['name', 'notes', 'email']) {
    const response = await send(bookingPath(), JSON.stringify({ ...valid('09:00'), [field]: 'a\u0000b' }))
    expect({ field, status: response.status, body: response.body }).toEqual({
      field,
      status: 400,
      body: { errors: [{ message: expect.stringMatching(/NUL/) }] },
    })
  }
  expect(await count()).toBe(before)
})

it('accepts only application/json: a text/plain body holding JSON gets 415 and books nothing', async () => {
  const before = await count()
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/plain;charset=UTF-8']) {
    const response = await send(bookingPath(), JSON.stringify(valid('10:00')), type)
    expect({ type, status: response.status }).toEqual({ type, status: 415 })
    expect(response.body?.errors?.[0]?.message).toMatch(/application\/json/)
  }
  expect(await count()).toBe(before)
})

describe('cancel and reschedule read the body first', () => {
  let token: string

  beforeAll(async () => {
    const booked = await post(platform.baseURL, bookingPath(), valid('11:00'))
    expect(booked.status).toBe(201)
    token = booked.body.manageUrl.split('/').pop()
  })

  const status = async () => {
    const found = await platform.payload.find({ collection: 'bookings', where: { site: { equals: site.id } }, overrideAccess: true, depth: 0 })
    return found.docs.map((doc) => (doc as { status?: string }).status)
  }

  it('a malformed body is a 400 and the booking stays confirmed', async () => {
    for (const body of ['{"reason":', '[1,2]', '"cancel"', 'null']) {
      const response = await send(`/api/public/bookings/${token}/cancel`, body)
      expect({ body, status: response.status }).toEqual({ body, status: 400 })
    }
    expect((await send(`/api/public/bookings/${token}/reschedule`, '{"start":')).status).toBe(400)
    expect(await status()).toEqual(['confirmed'])
  })

  it('a body that is not application/json is a 415 and the booking stays confirmed', async () => {
    expect((await send(`/api/public/bookings/${token}/cancel`, '{}', 'text/plain')).status).toBe(415)
    expect((await send(`/api/public/bookings/${token}/reschedule`, JSON.stringify({ start: isoAt(DAY, '09:00'), blockId }), 'text/plain')).status).toBe(415)
    expect(await status()).toEqual(['confirmed'])
  })

  it('a JSON object (or no body at all) cancels', async () => {
    const response = await fetch(`${platform.baseURL}/api/public/bookings/${token}/cancel`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect(await status()).toEqual(['cancelled'])
  })
})
