/**
 * The public booking API ignores the platform session: a browser signed in as
 * the owner of ANOTHER site books, moves and cancels on this site as any
 * visitor does, and everything it makes belongs to this site.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, publishSiteAs, signIn, startTestPlatform } from '@platform/testing'
import { createBlock, createClass, dayAhead, isoAt, post, setSettings, wallInstant } from './support'

let platform: TestPlatform
let owner: { id: number }
let site: { id: number; identifier: string }
let otherCoach: Session
const DAY = dayAhead(4)

const tokenOf = (manageUrl: string) => manageUrl.split('/').pop()!

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform({ processJobs: false })
  owner = await createUser(platform.payload)
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  const other = await createUser(platform.payload)
  const otherSite = await createSite(platform.payload, other.id)
  await publishSiteAs(platform.payload, otherSite.id)
  otherCoach = await signIn(platform.baseURL, (other as { email: string }).email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

describe("a visitor signed in to another site's admin", () => {
  it("books, moves and cancels a 1:1 on this site; the client, event and booking are this site's", async () => {
    const blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY })).id)
    const slots = await otherCoach.request('GET', `/api/public/sites/${site.identifier}/slots?from=${isoAt(DAY, '00:00')}&to=${isoAt(DAY, '23:00')}`)
    expect(slots.status).toBe(200)
    expect(slots.body.slots.length).toBe(3)
    const made = await otherCoach.request('POST', `/api/public/sites/${site.identifier}/bookings`, {
      start: isoAt(DAY, '09:00'),
      blockId,
      email: 'coach@example.com',
      name: 'Other Coach',
    })
    expect(made.status).toBe(201)
    const booking = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 1 })
    expect((booking.site as { id: number }).id).toBe(site.id)
    expect((booking.client as { site: number }).site).toBe(site.id)
    expect((booking.event as { site: number }).site).toBe(site.id)

    const token = tokenOf(made.body.manageUrl)
    expect((await otherCoach.request('GET', `/api/public/bookings/${token}`)).status).toBe(200)
    const moved = await otherCoach.request('POST', `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '10:00'), blockId })
    expect(moved.status).toBe(200)
    expect(moved.body.booking.start).toBe(isoAt(DAY, '10:00'))
    const cancelled = await otherCoach.request('POST', `/api/public/bookings/${token}/cancel`, {})
    expect(cancelled.status).toBe(200)
    expect(await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 0 })).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'client',
      sequence: 2,
    })
  })

  it('books a class seat, moves it to another class and cancels it', async () => {
    const first = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(6), '18:00'), 5)
    const second = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(7), '18:00'), 5)
    const made = await otherCoach.request('POST', `/api/public/sites/${site.identifier}/bookings`, {
      eventId: first.id,
      email: 'yogi-coach@example.com',
      name: 'Yogi Coach',
    })
    expect(made.status).toBe(201)
    const token = tokenOf(made.body.manageUrl)
    const moved = await otherCoach.request('POST', `/api/public/bookings/${token}/reschedule`, { eventId: second.id })
    expect(moved.status).toBe(200)
    const cancelled = await otherCoach.request('POST', `/api/public/bookings/${token}/cancel`, {})
    expect(cancelled.status).toBe(200)
    const [a, b] = await Promise.all(
      [first, second].map((event) => platform.payload.findByID({ collection: 'events', id: event.id, overrideAccess: true, depth: 0 })),
    )
    expect(a.attendees ?? []).toEqual([])
    expect(b.attendees ?? []).toEqual([])
  })

  it('moves and cancels a booking made without a session (the link in a signed-in browser)', async () => {
    const blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: dayAhead(8) })).id)
    const made = await post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, {
      start: isoAt(dayAhead(8), '09:00'),
      blockId,
      email: 'plain@example.com',
      name: 'Plain',
    })
    expect(made.status).toBe(201)
    const token = tokenOf(made.body.manageUrl)
    expect((await otherCoach.request('POST', `/api/public/bookings/${token}/reschedule`, { start: isoAt(dayAhead(8), '11:00'), blockId })).status).toBe(200)
    expect((await otherCoach.request('POST', `/api/public/bookings/${token}/cancel`, {})).status).toBe(200)
    expect(await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 0 })).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'client',
    })
  })
})
