/**
 * Who may do what with the booking collections, over real HTTP as signed-in
 * users: tenant isolation, hosts limited to their own assignments, editors and
 * viewers, staff audit, and the host/field validation rules.
 */
import type { Payload } from 'payload'

import type { TeamRole } from '@platform'
import type { Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { dayAhead, wallInstant } from './support'

let platform: TestPlatform
type Person = { user: { id: number; email: string }; member?: { id: number }; session: Session }
const people: Record<string, Person> = {}
const ids: Record<string, number> = {}

const person = async (name: string, site?: number, role?: TeamRole) => {
  const user = await createUser(platform.payload, { isStaff: name === 'staff' })
  const member = site && role ? await addTeamMember(platform.payload, site, user.id, user.email, role) : undefined
  people[name] = { user, member, session: undefined as never }
  return user
}

const makeEvent = (payload: Payload, site: number, host: { owner?: number; member?: number }, hour: string) => {
  const start = wallInstant(dayAhead(4), hour)
  return payload.create({
    collection: 'events',
    data: {
      site,
      title: `Event ${hour}`,
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 3_600_000).toISOString(),
      assignedToOwner: host.owner ?? null,
      assignedToTeamMember: host.member ?? null,
    } as never,
    overrideAccess: true,
  })
}
const makeBooking = (payload: Payload, site: number, event: number, email: string) =>
  payload.create({ collection: 'bookings', data: { site, event, guestEmail: email, guestName: email } as never, overrideAccess: true })
const makeBlock = (payload: Payload, site: number, member: number) =>
  payload.create({
    collection: 'availability-blocks',
    data: {
      site,
      assignedToTeamMember: member,
      date: dayAhead(4),
      startTime: '09:00',
      endTime: '12:00',
      meetingLength: 60,
      timeSnapping: 30,
      bufferTime: 0,
    } as never,
    overrideAccess: true,
  })

const listIds = async (who: string, collection: string) => {
  const response = await people[who].session.request('GET', `/api/${collection}?depth=0&limit=100`)
  expect(response.status).toBe(200)
  return (response.body.docs as { id: number }[]).map((doc) => doc.id).sort((a, b) => a - b)
}
const blockBody = (site: number, extra: Record<string, unknown> = {}) => ({
  site,
  date: dayAhead(8),
  startTime: '09:00',
  endTime: '11:00',
  meetingLength: 60,
  timeSnapping: 30,
  bufferTime: 10,
  ...extra,
})

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  const ownerA = await person('ownerA')
  const ownerB = await person('ownerB')
  const siteA = await createSite(payload, ownerA.id)
  const siteB = await createSite(payload, ownerB.id)
  ids.siteA = siteA.id
  ids.siteB = siteB.id
  await person('host1', siteA.id, 'host')
  await person('host2', siteA.id, 'host')
  await person('editor', siteA.id, 'editor')
  await person('viewer', siteA.id, 'viewer')
  await person('hostB', siteB.id, 'host')
  await person('staff')
  for (const name of Object.keys(people)) people[name].session = await signIn(platform.baseURL, people[name].user.email, PASSWORD)

  ids.e1 = (await makeEvent(payload, siteA.id, { member: people.host1.member!.id }, '09:00')).id
  ids.e2 = (await makeEvent(payload, siteA.id, { member: people.host2.member!.id }, '10:00')).id
  ids.eOwner = (await makeEvent(payload, siteA.id, { owner: ownerA.id }, '11:00')).id
  ids.eB = (await makeEvent(payload, siteB.id, { member: people.hostB.member!.id }, '09:00')).id
  ids.b1 = (await makeBooking(payload, siteA.id, ids.e1, 'one@example.com')).id
  ids.b2 = (await makeBooking(payload, siteA.id, ids.e2, 'two@example.com')).id
  ids.bOwner = (await makeBooking(payload, siteA.id, ids.eOwner, 'three@example.com')).id
  ids.bB = (await makeBooking(payload, siteB.id, ids.eB, 'four@example.com')).id
  ids.block1 = (await makeBlock(payload, siteA.id, people.host1.member!.id)).id
  ids.block2 = (await makeBlock(payload, siteA.id, people.host2.member!.id)).id
  ids.blockB = (await makeBlock(payload, siteB.id, people.hostB.member!.id)).id
})

afterAll(async () => {
  await platform?.close()
})

describe('reading', () => {
  it('a host sees only their own events, availability and bookings, nothing of another site', async () => {
    expect(await listIds('host1', 'bookings')).toEqual([ids.b1])
    expect(await listIds('host1', 'events')).toEqual([ids.e1])
    expect(await listIds('host1', 'availability-blocks')).toEqual([ids.block1])
    expect(await listIds('host2', 'bookings')).toEqual([ids.b2])
    expect(await listIds('hostB', 'bookings')).toEqual([ids.bB])
    expect((await people.host1.session.request('GET', `/api/bookings/${ids.b2}`)).status).toBe(404)
    expect((await people.host1.session.request('GET', `/api/bookings/${ids.bB}`)).status).toBe(404)
    const counted = await people.host1.session.request('GET', `/api/bookings/count?where[site][equals]=${ids.siteA}`)
    expect(counted.body.totalDocs).toBe(1)
  })

  it('the owner, editor and viewer see their whole site and nothing of the other; staff see everything', async () => {
    for (const who of ['ownerA', 'editor', 'viewer']) {
      expect(await listIds(who, 'bookings')).toEqual([ids.b1, ids.b2, ids.bOwner])
      expect(await listIds(who, 'events')).toEqual([ids.e1, ids.e2, ids.eOwner])
    }
    expect(await listIds('ownerB', 'bookings')).toEqual([ids.bB])
    expect(await listIds('staff', 'bookings')).toEqual([ids.b1, ids.b2, ids.bOwner, ids.bB])
  })

  it('the management token hash is never readable', async () => {
    const response = await people.ownerA.session.request('GET', `/api/bookings/${ids.b1}`)
    expect(response.status).toBe(200)
    expect(response.body).not.toHaveProperty('managementToken')
    expect(response.body).not.toHaveProperty('requestIp')
  })
})

describe('writing', () => {
  it('a host creates availability for themselves only and edits only their own', async () => {
    const own = await people.host1.session.request('POST', '/api/availability-blocks?depth=0', blockBody(ids.siteA))
    expect(own.status).toBe(201)
    expect(own.body.doc).toMatchObject({ assignedToTeamMember: people.host1.member!.id, creator: people.host1.user.id })
    const forOther = await people.host1.session.request(
      'POST',
      '/api/availability-blocks',
      blockBody(ids.siteA, { assignedToTeamMember: people.host2.member!.id }),
    )
    expect(forOther.status).toBe(403)
    const asOwner = await people.host1.session.request('POST', '/api/availability-blocks', blockBody(ids.siteA, { assignedToOwner: people.ownerA.user.id }))
    expect(asOwner.status).toBe(403)
    expect((await people.host1.session.request('PATCH', `/api/events/${ids.e1}`, { title: 'Mine, renamed' })).status).toBe(200)
    expect((await people.host1.session.request('PATCH', `/api/events/${ids.e2}`, { title: 'Hijacked' })).status).toBe(403)
    expect((await people.host1.session.request('PATCH', `/api/events/${ids.e1}`, { assignedToTeamMember: people.host2.member!.id })).status).toBe(403)
    const e2 = await platform.payload.findByID({ collection: 'events', id: ids.e2, overrideAccess: true, depth: 0 })
    expect(e2.title).toBe('Event 10:00')
    expect((await people.host1.session.request('POST', '/api/availability-blocks', blockBody(ids.siteB))).status).toBe(403)
  })

  it('an editor manages events and availability for any host of the site; a viewer writes nothing', async () => {
    const forHost2 = await people.editor.session.request(
      'POST',
      '/api/availability-blocks',
      blockBody(ids.siteA, { assignedToTeamMember: people.host2.member!.id }),
    )
    expect(forHost2.status).toBe(201)
    expect((await people.editor.session.request('PATCH', `/api/events/${ids.e2}`, { title: 'Edited by the editor' })).status).toBe(200)
    expect((await people.viewer.session.request('POST', '/api/availability-blocks?depth=0', blockBody(ids.siteA))).status).toBe(403)
    expect((await people.viewer.session.request('PATCH', `/api/events/${ids.e1}`, { title: 'No' })).status).toBe(403)
    expect((await people.viewer.session.request('PATCH', `/api/bookings/${ids.b1}`, { notes: 'No' })).status).toBe(403)
  })

  it('checks the host: exactly one, the site owner or an accepted member who may host', async () => {
    const { session } = people.ownerA
    const viewerAsHost = await session.request('POST', '/api/availability-blocks', blockBody(ids.siteA, { assignedToTeamMember: people.viewer.member!.id }))
    expect(viewerAsHost.status).toBe(400)
    expect(viewerAsHost.body.errors[0].message).toMatch(/may not host/)
    expect((await session.request('POST', '/api/availability-blocks', blockBody(ids.siteA, { assignedToTeamMember: people.hostB.member!.id }))).status).toBe(
      400,
    )
    expect((await session.request('POST', '/api/availability-blocks', blockBody(ids.siteA, { assignedToOwner: people.ownerB.user.id }))).status).toBe(400)
    const both = await session.request(
      'POST',
      '/api/availability-blocks',
      blockBody(ids.siteA, { assignedToOwner: people.ownerA.user.id, assignedToTeamMember: people.host1.member!.id }),
    )
    expect(both.status).toBe(400)
    const mine = await session.request('POST', '/api/availability-blocks?depth=0', blockBody(ids.siteA))
    expect(mine.status).toBe(201)
    expect(mine.body.doc.assignedToOwner).toBe(people.ownerA.user.id)
  })

  it('validates times, dates and lengths of availability', async () => {
    const { session } = people.ownerA
    const before = (await platform.payload.count({ collection: 'availability-blocks', overrideAccess: true })).totalDocs
    for (const extra of [
      { startTime: '9:00' },
      { endTime: '08:00' },
      { endTime: '25:00' },
      { date: '2026-02-30' },
      { meetingLength: 3 },
      { meetingLength: 180 },
      { timeSnapping: 0 },
      { bufferTime: -5 },
      { repeatWeekly: true, repeatUntil: '2020-01-01' },
    ]) {
      const response = await session.request('POST', '/api/availability-blocks', blockBody(ids.siteA, extra))
      expect([extra, response.status]).toEqual([extra, 400])
    }
    expect((await platform.payload.count({ collection: 'availability-blocks', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('booking settings: one per site, managers only, a real time zone', async () => {
    expect((await people.editor.session.request('POST', '/api/booking-settings', { site: ids.siteA })).status).toBe(403)
    expect((await people.ownerA.session.request('POST', '/api/booking-settings', { site: ids.siteA, timeZone: 'Mars/Base' })).status).toBe(400)
    const made = await people.ownerA.session.request('POST', '/api/booking-settings', { site: ids.siteA })
    expect(made.status).toBe(201)
    expect(made.body.doc).toMatchObject({ minimumNoticeMinutes: 120, bookingWindowDays: 60, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
    expect((await people.ownerA.session.request('POST', '/api/booking-settings', { site: ids.siteA })).status).toBe(400)
    expect((await people.ownerA.session.request('POST', '/api/booking-settings', { site: ids.siteB })).status).toBe(403)
  })

  it('an event with confirmed bookings cannot be deleted', async () => {
    const refused = await people.ownerA.session.request('DELETE', `/api/events/${ids.eOwner}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/confirmed booking/)
    expect(await platform.payload.findByID({ collection: 'events', id: ids.eOwner, overrideAccess: true, depth: 0 })).toMatchObject({ id: ids.eOwner })
  })

  it('attended sessions: a host reads and edits only their own and cannot hand them to someone else', async () => {
    const made = await people.ownerA.session.request('POST', '/api/attended-sessions?depth=0', {
      site: ids.siteA,
      event: ids.e1,
      hostType: 'team_member',
      hostTeamMember: people.host1.member!.id,
      hostUser: people.host1.user.id,
      title: 'Session',
      startTime: new Date(wallInstant(dayAhead(-1), '09:00')).toISOString(),
      endTime: new Date(wallInstant(dayAhead(-1), '10:00')).toISOString(),
      durationMinutes: 60,
    })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    expect(await listIds('host1', 'attended-sessions')).toEqual([id])
    expect(await listIds('host2', 'attended-sessions')).toEqual([])
    expect((await people.host1.session.request('PATCH', `/api/attended-sessions/${id}`, { durationMinutes: 55 })).status).toBe(200)
    expect((await people.host1.session.request('PATCH', `/api/attended-sessions/${id}`, { hostTeamMember: people.host2.member!.id })).status).toBe(403)
    expect((await people.host2.session.request('PATCH', `/api/attended-sessions/${id}`, { durationMinutes: 1 })).status).toBe(403)
    const stored = await platform.payload.findByID({ collection: 'attended-sessions', id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ durationMinutes: 55, hostTeamMember: people.host1.member!.id })
  })

  it('an event of a host who has left can still be edited (cancelled), but not given to them again', async () => {
    await platform.payload.update({ collection: 'team-members', id: people.host2.member!.id, data: { invitationStatus: 'revoked' }, overrideAccess: true })
    const cancelled = await people.ownerA.session.request('PATCH', `/api/events/${ids.e2}`, { status: 'cancelled' })
    expect(cancelled.status).toBe(200)
    const reassigned = await people.ownerA.session.request('PATCH', `/api/events/${ids.e1}`, { assignedToTeamMember: people.host2.member!.id })
    expect(reassigned.status).toBe(400)
  })
})
