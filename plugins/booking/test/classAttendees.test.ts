/**
 * A class's attendee list follows its confirmed bookings: the host's admin
 * cancel removes the guest, and concurrent bookings, cancels and moves on one
 * class never drop another guest (every change of the list holds the class's lock).
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, publishSiteAs, signIn, startTestPlatform } from '@platform/testing'
import { createClass, dayAhead, post, setSettings, wallInstant } from './support'

let platform: TestPlatform
let owner: { id: number; email: string }
let site: { id: number; identifier: string }

const tokenOf = (manageUrl: string) => manageUrl.split('/').pop()!
const book = (eventId: number, email: string) =>
  post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, { eventId, email, name: email.split('@')[0] })

/** Attendee ids of the class and client ids of its confirmed bookings, both sorted. */
const attendeesAndSeats = async (eventId: number) => {
  const event = await platform.payload.findByID({ collection: 'events', id: eventId, overrideAccess: true, depth: 0 })
  const bookings = await platform.payload.find({
    collection: 'bookings',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  const sorted = (ids: unknown[]) => ids.map(Number).sort((a, b) => a - b)
  return { attendees: sorted((event.attendees ?? []) as unknown[]), seats: sorted(bookings.docs.map((doc) => doc.client)) }
}

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform({ processJobs: false })
  owner = (await createUser(platform.payload)) as { id: number; email: string }
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
})

afterAll(async () => {
  await platform?.close()
})

describe("the host's admin cancel of a class seat", () => {
  it('removes the guest from the attendees and keeps the others', async () => {
    const yoga = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(5), '18:00'), 5)
    const first = await book(yoga.id, 'stays@example.com')
    const second = await book(yoga.id, 'host-removes@example.com')
    expect([first.status, second.status]).toEqual([201, 201])
    expect((await attendeesAndSeats(yoga.id)).attendees).toHaveLength(2)
    const host = await signIn(platform.baseURL, owner.email, PASSWORD)
    expect((await host.request('PATCH', `/api/bookings/${second.body.booking.id}`, { status: 'cancelled' })).status).toBe(200)
    const after = await attendeesAndSeats(yoga.id)
    expect(after.seats).toHaveLength(1)
    expect(after.attendees).toEqual(after.seats)
  })
})

describe('concurrent changes on one class', () => {
  it('keeps attendees equal to the clients of confirmed bookings through parallel bookings, cancels and moves', async () => {
    const yoga = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(6), '18:00'), 40)
    const other = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(7), '18:00'), 40)
    const early = await Promise.all(Array.from({ length: 10 }, (_, index) => book(yoga.id, `early-${index}@example.com`)))
    expect(early.map((response) => response.status)).toEqual(Array(10).fill(201))
    // Cancels, moves away and new bookings of the same class, all at once.
    const results = await Promise.all([
      ...early.slice(0, 4).map((made) => post(platform.baseURL, `/api/public/bookings/${tokenOf(made.body.manageUrl)}/cancel`, {})),
      ...early.slice(4, 7).map((made) => post(platform.baseURL, `/api/public/bookings/${tokenOf(made.body.manageUrl)}/reschedule`, { eventId: other.id })),
      ...Array.from({ length: 10 }, (_, index) => book(yoga.id, `late-${index}@example.com`)),
    ])
    expect(results.map((response) => response.status)).toEqual([...Array(7).fill(200), ...Array(10).fill(201)])
    const after = await attendeesAndSeats(yoga.id)
    expect(after.seats).toHaveLength(13)
    expect(after.attendees).toEqual(after.seats)
    const moved = await attendeesAndSeats(other.id)
    expect(moved.seats).toHaveLength(3)
    expect(moved.attendees).toEqual(moved.seats)
  })
})
