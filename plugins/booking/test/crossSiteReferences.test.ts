/**
 * References across sites, over real HTTP: owner B cannot point a record of
 * B's site at a record of A's (an attended session at A's event, a booking at
 * A's client), on create or on update, and the refusal is the same whether or
 * not A's event already has a session, so the unique `event` field tells B
 * nothing about another site.
 */
import type { Payload } from 'payload'

import type { ApiResponse, Session, TestPlatform } from '@platform/testing'
import { createClient, createTenant, startTestPlatform } from '@platform/testing'
import { dayAhead, wallInstant } from './support'

type Owner = { userId: number; siteId: number; session: Session }

let platform: TestPlatform
let a: Owner
let b: Owner

const owner = () => createTenant(platform)

let hour = 6
const makeEvent = async (payload: Payload, site: number, ownerId: number) => {
  const start = wallInstant(dayAhead(3), `${String((hour += 1)).padStart(2, '0')}:00`)
  const event = await payload.create({
    collection: 'events',
    data: {
      site,
      title: 'Session',
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 3_600_000).toISOString(),
      assignedToOwner: ownerId,
    } as never,
    overrideAccess: true,
  })
  return event.id as number
}

const sessionBody = (site: number, event: number) => ({
  site,
  event,
  hostType: 'owner',
  title: 'Session',
  startTime: new Date(Date.now() - 7_200_000).toISOString(),
  endTime: new Date(Date.now() - 3_600_000).toISOString(),
  durationMinutes: 60,
})

const recordSession = (payload: Payload, site: number, event: number, hostUser: number) =>
  payload.create({ collection: 'attended-sessions', data: { ...sessionBody(site, event), hostUser, source: 'auto' } as never, overrideAccess: true })

const answer = (response: ApiResponse) => ({ status: response.status, body: response.body })
const count = async (collection: 'attended-sessions' | 'bookings', site: number) =>
  (await platform.payload.count({ collection, where: { site: { equals: site } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;[a, b] = await Promise.all([owner(), owner()])
})

afterAll(async () => {
  await platform?.close()
})

describe('attended sessions', () => {
  it("refuse A's event with one answer, whether or not it has a session, the same as an event that does not exist", async () => {
    const { payload } = platform
    const withSession = await makeEvent(payload, a.siteId, a.userId)
    const withoutSession = await makeEvent(payload, a.siteId, a.userId)
    await recordSession(payload, a.siteId, withSession, a.userId)
    const before = { a: await count('attended-sessions', a.siteId), b: await count('attended-sessions', b.siteId) }

    const taken = await b.session.request('POST', '/api/attended-sessions', sessionBody(b.siteId, withSession))
    const free = await b.session.request('POST', '/api/attended-sessions', sessionBody(b.siteId, withoutSession))
    const missing = await b.session.request('POST', '/api/attended-sessions', sessionBody(b.siteId, 2_000_000_000))
    expect(taken.status).toBe(400)
    expect(answer(free)).toEqual(answer(taken))
    expect(answer(missing)).toEqual(answer(taken))
    expect(JSON.stringify(taken.body)).not.toMatch(/unique|already|exists/i)

    // The same on update: B's own session pointed at A's events.
    const mine = await payload.create({
      collection: 'attended-sessions',
      data: { ...sessionBody(b.siteId, await makeEvent(payload, b.siteId, b.userId)), hostUser: b.userId } as never,
      overrideAccess: true,
    })
    const movedTaken = await b.session.request('PATCH', `/api/attended-sessions/${mine.id}`, { event: withSession })
    const movedFree = await b.session.request('PATCH', `/api/attended-sessions/${mine.id}`, { event: withoutSession })
    expect(movedTaken.status).toBe(400)
    expect(answer(movedFree)).toEqual(answer(movedTaken))

    expect({ a: await count('attended-sessions', a.siteId), b: await count('attended-sessions', b.siteId) }).toEqual({ a: before.a, b: before.b + 1 })
  })
})

describe('bookings', () => {
  it("refuse A's client on create and on update", async () => {
    const { payload } = platform
    const clientOfA = await createClient(payload, a.siteId)
    const eventOfB = await makeEvent(payload, b.siteId, b.userId)
    const before = await count('bookings', b.siteId)
    const body = { site: b.siteId, event: eventOfB, guestEmail: 'guest@example.test', guestName: 'Guest' }

    const created = await b.session.request('POST', '/api/bookings', { ...body, client: clientOfA.id })
    expect(created.status).toBe(400)
    expect(await count('bookings', b.siteId)).toBe(before)

    const own = await b.session.request('POST', '/api/bookings', body)
    expect(own.status).toBe(201)
    const updated = await b.session.request('PATCH', `/api/bookings/${own.body.doc.id}`, { client: clientOfA.id })
    expect(updated.status).toBe(400)
    const stored = await payload.findByID({ collection: 'bookings', id: own.body.doc.id, depth: 0, overrideAccess: true })
    expect(stored.client ?? null).toBeNull()
  })
})
