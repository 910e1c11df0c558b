/**
 * The public booking API over real HTTP on a real PostgreSQL: slots, booking,
 * conflicts, class capacity, races, cancel/reschedule with the cutoff, bad
 * input and the per-IP limit. Dates are relative to today in Europe/Warsaw.
 */
import { createToken, hashToken } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, publishSiteAs, startTestPlatform } from '@platform/testing'
import { createBlock, createClass, dayAhead, get, isoAt, post, range, setSettings, wallInstant } from './support'

let platform: TestPlatform
let owner: { id: number }
let site: { id: number; identifier: string }
const DAY3 = dayAhead(3)
const DAY5 = dayAhead(5)

const slotsOf = async (query: string) => get(platform.baseURL, `/api/public/sites/${site.identifier}/slots?${query}`)
const book = (body: Record<string, unknown>) => post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, body)
const tokenOf = (manageUrl: string) => manageUrl.split('/').pop()!
const count = async (collection: 'bookings' | 'events' | 'clients') => (await platform.payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform({ processJobs: false })
  owner = await createUser(platform.payload)
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
})

afterAll(async () => {
  await platform?.close()
})

describe('GET /public/sites/:identifier/slots', () => {
  let blockId: string

  beforeAll(async () => {
    blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY3 })).id)
  })

  it('lists the block split into meetings, UTC plus local display strings in the visitor zone', async () => {
    const { from, to } = range(DAY3)
    const response = await slotsOf(`from=${from}&to=${to}&tz=America/New_York`)
    expect(response.status).toBe(200)
    expect(response.body.timeZone).toBe('Europe/Warsaw')
    expect(response.body.displayTimeZone).toBe('America/New_York')
    const slots = response.body.slots.filter((slot: { blockId?: string }) => slot.blockId === blockId)
    expect(slots.map((slot: { start: string }) => slot.start)).toEqual([isoAt(DAY3, '09:00'), isoAt(DAY3, '10:00'), isoAt(DAY3, '11:00')])
    expect(slots[0].startLocal).toMatch(/T0[23]:00:00-0[45]:00$/) // 09:00 Warsaw is 03:00 (or 02:00 around DST changes) in New York
    expect(slots[0]).toMatchObject({ kind: 'one_on_one', title: 'Consultation' })
  })

  it('refuses bad ranges and zones with 400 and unknown sites with 404', async () => {
    expect((await slotsOf('tz=Nowhere/Town')).status).toBe(400)
    expect((await slotsOf('from=yesterday')).status).toBe(400)
    const { from } = range(DAY3)
    expect((await slotsOf(`from=${from}&to=${new Date(Date.parse(from) + 63 * 86_400_000).toISOString()}`)).body.errors[0].message).toMatch(/62 days/)
    expect((await slotsOf(`from=${from}&to=${from}`)).status).toBe(400)
    expect((await get(platform.baseURL, '/api/public/sites/no-such-site/slots')).status).toBe(404)
    // The route parameter is decoded once: an escaped escape names no site (it used to be a 500 elsewhere).
    for (const path of [
      '/api/public/sites/%25E0/slots',
      `/api/public/sites/%25${site.identifier.charCodeAt(0).toString(16)}${site.identifier.slice(1)}/slots`,
    ]) {
      const response = await get(platform.baseURL, path)
      expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 404, body: { errors: [{ message: 'Site not found.' }] } })
    }
    expect((await post(platform.baseURL, '/api/public/sites/%25E0/bookings', { eventId: '1', email: 'a@example.com', name: 'A' })).status).toBe(404)
    // An identifier that decodes to an invalid escape ("%E0") is just an unknown site, not a server error.
    expect((await get(platform.baseURL, '/api/public/sites/%25E0/slots')).status).toBe(404)
    expect(
      (await post(platform.baseURL, '/api/public/sites/%25E0/bookings', { start: isoAt(DAY3, '09:00'), blockId: '1', email: 'a@example.com', name: 'A' }))
        .status,
    ).toBe(404)
  })

  it('treats a site that was never published as unknown: no slots, no bookings, nothing stored', async () => {
    const draft = await createSite(platform.payload, owner.id)
    const block = await createBlock(platform.payload, draft.id, owner.id, { date: DAY5, startTime: '10:00', endTime: '12:00' })
    const { from, to } = range(DAY5)
    const slots = await get(platform.baseURL, `/api/public/sites/${draft.identifier}/slots?from=${from}&to=${to}`)
    expect(slots.status).toBe(404)
    const before = await count('bookings')
    const booked = await post(platform.baseURL, `/api/public/sites/${draft.identifier}/bookings`, {
      start: isoAt(DAY5, '10:00'),
      blockId: String(block.id),
      email: 'early@example.com',
      name: 'Too Early',
    })
    expect(booked.status).toBe(404)
    expect(await count('bookings')).toBe(before)
    // Once published, the same block is bookable.
    await publishSiteAs(platform.payload, draft.id)
    expect((await get(platform.baseURL, `/api/public/sites/${draft.identifier}/slots?from=${from}&to=${to}`)).body.slots.length).toBeGreaterThan(0)
  })
})

describe('POST /public/sites/:identifier/bookings', () => {
  let blockId: string

  beforeAll(async () => {
    blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY5, startTime: '14:00', endTime: '16:00' })).id)
  })

  it('books a 1:1 slot: 201 with a management link; the client, event and hashed token are stored; the slot is gone', async () => {
    const start = isoAt(DAY5, '14:00')
    const response = await book({ start, blockId, email: 'Ola@Example.com', name: 'Ola Nowak', notes: 'First visit', tz: 'Europe/London', locale: 'en' })
    expect(response.status).toBe(201)
    expect(response.body.booking).toMatchObject({ status: 'confirmed', kind: 'one_on_one', start, end: isoAt(DAY5, '15:00') })
    expect(response.body.manageUrl).toMatch(/\/bookings\/[A-Za-z0-9_-]{43}$/)
    const token = tokenOf(response.body.manageUrl)
    const stored = await platform.payload.findByID({
      collection: 'bookings',
      id: response.body.booking.id,
      overrideAccess: true,
      showHiddenFields: true,
      depth: 0,
    })
    expect(stored.managementToken).toBe(hashToken(token))
    expect(stored).toMatchObject({
      guestEmail: 'ola@example.com',
      guestName: 'Ola Nowak',
      notes: 'First visit',
      status: 'confirmed',
      sequence: 0,
      timeZone: 'Europe/London',
      locale: 'en',
    })
    const event = await platform.payload.findByID({ collection: 'events', id: stored.event as number, overrideAccess: true, depth: 0 })
    expect(event).toMatchObject({ eventType: 'one_on_one', capacity: 1, status: 'scheduled', startTime: start, assignedToOwner: owner.id })
    const client = await platform.payload.find({ collection: 'clients', where: { email: { equals: 'ola@example.com' } }, overrideAccess: true, depth: 0 })
    expect(client.docs[0]).toMatchObject({ firstName: 'Ola', lastName: 'Nowak', site: site.id })
    expect(event.attendees).toEqual([client.docs[0].id])

    const again = await book({ start, blockId, email: 'other@example.com', name: 'Other' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/no longer available/)
    const slots = await slotsOf(new URLSearchParams(range(DAY5)).toString())
    expect(slots.body.slots.filter((slot: { blockId?: string }) => slot.blockId === blockId).map((slot: { start: string }) => slot.start)).toEqual([
      isoAt(DAY5, '15:00'),
    ])
  })

  it('refuses a start off the grid or outside the block with 409, an unknown block with 404', async () => {
    expect((await book({ start: isoAt(DAY5, '15:30'), blockId, email: 'a@example.com', name: 'A' })).status).toBe(409)
    expect((await book({ start: isoAt(DAY5, '17:00'), blockId, email: 'a@example.com', name: 'A' })).status).toBe(409)
    expect((await book({ start: isoAt(DAY5, '15:00'), blockId: '999999', email: 'a@example.com', name: 'A' })).status).toBe(404)
  })

  it('answers 400 to invalid input and changes nothing', async () => {
    const before = await Promise.all([count('bookings'), count('events'), count('clients')])
    const base = { start: isoAt(DAY5, '15:00'), blockId, email: 'valid@example.com', name: 'Valid' }
    for (const body of [
      { ...base, email: 'not-an-email' },
      { ...base, name: '' },
      { ...base, start: '2026-13-01' },
      { ...base, eventId: '1' },
      { ...base, blockId: undefined },
      { ...base, tz: 'Nowhere/Town' },
      { ...base, notes: 'x'.repeat(2001) },
      { ...base, blockId: '99999999999' }, // beyond PostgreSQL int4: must not reach the query
      { ...base, blockId: 2147483648 },
      { ...base, blockId: undefined, eventId: '99999999999' },
      { ...base, blockId: '0' },
    ]) {
      const response = await book(body)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toEqual(expect.any(String))
    }
    const raw = await fetch(`${platform.baseURL}/api/public/sites/${site.identifier}/bookings`, {
      method: 'POST',
      body: 'not json',
      headers: { 'content-type': 'application/json' },
    })
    expect(raw.status).toBe(400)
    expect(await Promise.all([count('bookings'), count('events'), count('clients')])).toEqual(before)
  })

  it('lets exactly one of 50 simultaneous visitors have the same slot', async () => {
    const raceBlock = String((await createBlock(platform.payload, site.id, owner.id, { date: dayAhead(6), startTime: '10:00', endTime: '11:00' })).id)
    const start = isoAt(dayAhead(6), '10:00')
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => book({ start, blockId: raceBlock, email: `racer${i}@example.com`, name: `Racer ${i}` })),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(49)
    const events = await platform.payload.find({
      collection: 'events',
      where: { and: [{ startTime: { equals: start } }, { status: { equals: 'scheduled' } }] },
      overrideAccess: true,
    })
    expect(events.totalDocs).toBe(1)
  })

  it('sells a class up to its capacity, also when 50 visitors race for the last 3 seats', async () => {
    const klass = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(7), '18:00'), 5)
    const first = await book({ eventId: klass.id, email: 'early1@example.com', name: 'Early One' })
    expect(first.status).toBe(201)
    expect(first.body.booking).toMatchObject({ kind: 'group', eventId: klass.id, title: 'Yoga class' })
    expect((await book({ eventId: klass.id, email: 'early1@example.com', name: 'Early One' })).status).toBe(409) // the same person twice
    expect((await book({ eventId: klass.id, email: 'early2@example.com', name: 'Early Two' })).status).toBe(201)
    const listed = await slotsOf(new URLSearchParams(range(dayAhead(7))).toString())
    expect(listed.body.slots.find((slot: { eventId?: number }) => String(slot.eventId) === String(klass.id))).toMatchObject({ kind: 'group', seatsLeft: 3 })

    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => book({ eventId: klass.id, email: `seat${i}@example.com`, name: `Seat ${i}` })))
    expect(responses.filter((response) => response.status === 201)).toHaveLength(3)
    const refused = responses.filter((response) => response.status === 409)
    expect(refused).toHaveLength(47)
    expect(refused[0].body.errors[0].message).toMatch(/full/)
    const confirmed = await platform.payload.count({
      collection: 'bookings',
      where: { and: [{ event: { equals: klass.id } }, { status: { equals: 'confirmed' } }] },
      overrideAccess: true,
    })
    expect(confirmed.totalDocs).toBe(5)
    const stored = await platform.payload.findByID({ collection: 'events', id: klass.id, overrideAccess: true, depth: 0 })
    expect(stored.attendees).toHaveLength(5)
    const after = await slotsOf(new URLSearchParams(range(dayAhead(7))).toString())
    expect(after.body.slots.some((slot: { eventId?: number }) => String(slot.eventId) === String(klass.id))).toBe(false)
  })
})

describe('cancel and reschedule by the management link', () => {
  let blockId: string
  const DAY = dayAhead(9)

  beforeAll(async () => {
    blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY, startTime: '09:00', endTime: '13:00' })).id)
  })

  it('shows the booking, reschedules to a free slot (not to a taken one) and cancels, bumping the ICS sequence', async () => {
    const made = await book({ start: isoAt(DAY, '09:00'), blockId, email: 'mover@example.com', name: 'Mover' })
    expect(made.status).toBe(201)
    const token = tokenOf(made.body.manageUrl)
    const shown = await get(platform.baseURL, `/api/public/bookings/${token}`)
    expect(shown.status).toBe(200)
    expect(shown.body.booking).toMatchObject({ status: 'confirmed', start: isoAt(DAY, '09:00'), timeZone: 'Europe/Warsaw' })

    const other = await book({ start: isoAt(DAY, '11:00'), blockId, email: 'other2@example.com', name: 'Other' })
    expect(other.status).toBe(201)
    const onTaken = await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '11:00'), blockId })
    expect(onTaken.status).toBe(409)

    const moved = await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '10:00'), blockId })
    expect(moved.status).toBe(200)
    expect(moved.body.booking).toMatchObject({ start: isoAt(DAY, '10:00'), end: isoAt(DAY, '11:00') })
    const afterMove = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 0 })
    expect(afterMove).toMatchObject({ sequence: 1, rescheduledFrom: isoAt(DAY, '09:00') })
    const freeNow = await slotsOf(new URLSearchParams(range(DAY)).toString())
    const starts = freeNow.body.slots.filter((slot: { blockId?: string }) => slot.blockId === blockId).map((slot: { start: string }) => slot.start)
    expect(starts).toEqual([isoAt(DAY, '09:00'), isoAt(DAY, '12:00')])

    const cancelled = await post(platform.baseURL, `/api/public/bookings/${token}/cancel`, {})
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.booking.status).toBe('cancelled')
    const afterCancel = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 0 })
    expect(afterCancel).toMatchObject({ status: 'cancelled', sequence: 2, cancelledBy: 'client' })
    const event = await platform.payload.findByID({ collection: 'events', id: afterCancel.event as number, overrideAccess: true, depth: 0 })
    expect(event.status).toBe('cancelled')
    expect((await post(platform.baseURL, `/api/public/bookings/${token}/cancel`, {})).status).toBe(409)
    expect((await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '12:00'), blockId })).status).toBe(409)
    const reopened = await slotsOf(new URLSearchParams(range(DAY)).toString())
    expect(reopened.body.slots.filter((slot: { blockId?: string }) => slot.blockId === blockId)).toHaveLength(3)
  })

  it('moves a class seat to another class and frees the old seat', async () => {
    const first = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(10), '18:00'), 1)
    const second = await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(11), '18:00'), 1)
    const made = await book({ eventId: first.id, email: 'yogi@example.com', name: 'Yogi' })
    expect(made.status).toBe(201)
    const token = tokenOf(made.body.manageUrl)
    const moved = await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { eventId: second.id })
    expect(moved.status).toBe(200)
    expect(moved.body.booking.start).toBe(new Date(wallInstant(dayAhead(11), '18:00')).toISOString())
    expect((await book({ eventId: first.id, email: 'next@example.com', name: 'Next' })).status).toBe(201)
    expect((await book({ eventId: second.id, email: 'late@example.com', name: 'Late' })).status).toBe(409)
  })

  it('refuses to cancel or move within the cutoff (409) and leaves the booking as it was', async () => {
    const start = Date.now() + 5 * 3_600_000
    const event = await platform.payload.create({
      collection: 'events',
      data: {
        site: site.id,
        assignedToOwner: owner.id,
        title: 'Soon',
        eventType: 'one_on_one',
        startTime: new Date(start).toISOString(),
        endTime: new Date(start + 3_600_000).toISOString(),
      } as never,
      overrideAccess: true,
    })
    const { token, hash } = createToken()
    const booking = await platform.payload.create({
      collection: 'bookings',
      data: { site: site.id, event: event.id, guestEmail: 'soon@example.com', guestName: 'Soon', managementToken: hash } as never,
      overrideAccess: true,
    })
    const cancel = await post(platform.baseURL, `/api/public/bookings/${token}/cancel`, {})
    expect(cancel.status).toBe(409)
    expect(cancel.body.errors[0].message).toMatch(/24 hours/)
    expect((await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '12:00'), blockId })).status).toBe(409)
    const after = await platform.payload.findByID({ collection: 'bookings', id: booking.id, overrideAccess: true, depth: 0 })
    expect(after).toMatchObject({ status: 'confirmed', sequence: 0 })
  })

  it('answers 404 to unknown or malformed tokens and 400 to a bad reschedule body', async () => {
    expect((await post(platform.baseURL, `/api/public/bookings/${createToken().token}/cancel`, {})).status).toBe(404)
    expect((await post(platform.baseURL, '/api/public/bookings/short/cancel', {})).status).toBe(404)
    expect((await get(platform.baseURL, '/api/public/bookings/short')).status).toBe(404)
    const made = await book({ start: isoAt(DAY, '12:00'), blockId, email: 'bad@example.com', name: 'Bad' })
    const token = tokenOf(made.body.manageUrl)
    expect((await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: 'soon', blockId })).status).toBe(400)
    expect((await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { eventId: 5 })).status).toBe(400) // a 1:1 moves to a 1:1 slot
    expect((await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '09:00'), blockId: '99999999999' })).status).toBe(400)
    const seat = await book({
      eventId: (await createClass(platform.payload, site.id, owner.id, wallInstant(dayAhead(12), '18:00'), 3)).id,
      email: 'bad-seat@example.com',
      name: 'Bad Seat',
    })
    expect(seat.status).toBe(201)
    expect((await post(platform.baseURL, `/api/public/bookings/${tokenOf(seat.body.manageUrl)}/reschedule`, { eventId: '99999999999' })).status).toBe(400)
    const unchanged = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 0 })
    expect(unchanged).toMatchObject({ status: 'confirmed', sequence: 0 })
  })
})

describe('rate limit', () => {
  // Attempts are counted (every well-formed request, booked or not), so an IP that made N bookings used at least N.
  it('answers 429 with Retry-After once an IP used up BOOKING_RATE_PER_IP attempts in the window', async () => {
    const made = await platform.payload.count({ collection: 'bookings', where: { requestIp: { exists: true } }, overrideAccess: true })
    process.env.BOOKING_RATE_PER_IP = String(made.totalDocs)
    try {
      const blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: dayAhead(12) })).id)
      const response = await book({ start: isoAt(dayAhead(12), '09:00'), blockId, email: 'spam@example.com', name: 'Spam' })
      expect(response.status).toBe(429)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    } finally {
      process.env.BOOKING_RATE_PER_IP = '1000'
    }
  })
})
