/**
 * Attended sessions: the recording job on events in the past (idempotent, also raced), manual records by hosts,
 * and `booking.session-attended` published once per recorded session with the clients who attended.
 */
import type { PlatformEvents } from '@platform'
import { definePlatformPlugin } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createClient, createSite, createUser, PASSWORD, signIn, startTestPlatform, waitFor } from '@platform/testing'
import { recordAttendedSessions, RECORD_ATTENDED_SESSIONS } from '../jobs/recordAttendedSessions'

type Attended = PlatformEvents['booking.session-attended']

let platform: TestPlatform
/** What a listener of the test's own heard (it runs as a real listener job, through the outbox). */
const announced: Attended[] = []

const sessionListener = definePlatformPlugin('test-session-listener', () => ({
  listeners: [
    {
      event: 'booking.session-attended',
      name: 'test.remember',
      handler: async (data: Attended) => {
        announced.push(data)
      },
    },
  ],
}))({})

beforeAll(async () => {
  platform = await startTestPlatform({ plugins: [sessionListener] })
})

/** The announcements of a site's sessions, once the listener jobs have run (`count` of them). */
const announcementsOf = (siteId: number, count: number) =>
  waitFor(
    async () => {
      const found = announced.filter((data) => data.siteId === siteId)
      return found.length >= count ? found : undefined
    },
    { what: `${count} announcement(s) for site ${siteId}` },
  )

/** The outbox rows written for the test listener of a session (one per announcement, relayed or not). */
const outboxRowsFor = async (sessionId: number) =>
  (
    await platform.payload.find({
      collection: 'platform-outbox',
      where: { job: { equals: 'event:booking.session-attended:test.remember' } },
      pagination: false,
      overrideAccess: true, // test inspection: the outbox is closed to every API caller
    })
  ).docs.filter((row) => (row as unknown as { data: { sessionId: number } }).data.sessionId === sessionId)

afterAll(async () => {
  await platform?.close()
})

const HOUR = 3_600_000
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString()

const setup = async () => {
  const payload = platform.payload
  const owner = await createUser(payload)
  const hostUser = await createUser(payload)
  const otherHostUser = await createUser(payload)
  const site = await createSite(payload, owner.id)
  const host = await addTeamMember(payload, site.id, hostUser.id, hostUser.email, 'host')
  const otherHost = await addTeamMember(payload, site.id, otherHostUser.id, otherHostUser.email, 'host')
  const event = async (title: string, startHours: number, lengthHours: number, host: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'events',
      data: {
        site: site.id,
        title,
        startTime: at(startHours),
        endTime: at(startHours + lengthHours),
        eventType: 'group' as const,
        capacity: 5,
        ...host,
        ...extra,
      } as never,
      overrideAccess: true,
    })
  const book = async (eventId: number, status: 'confirmed' | 'cancelled' = 'confirmed', extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'bookings',
      data: { site: site.id, event: eventId, guestEmail: `g-${eventId}-${status}@example.test`, guestName: 'Guest', status, ...extra } as never,
      overrideAccess: true,
    })
  return { owner, hostUser, otherHostUser, site, host, otherHost, event, book }
}

const sessionsOf = async (siteId: number) =>
  (
    await platform.payload.find({
      collection: 'attended-sessions',
      where: { site: { equals: siteId } },
      sort: 'startTime',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

describe('recording attended sessions', () => {
  it('records ended events with a booking or an attendee once, even with two workers racing, and keeps manual corrections', async () => {
    const { owner, hostUser, site, host, event, book } = await setup()
    const ownerEvent = await event('Owner 1:1', -5, 1.5, { assignedToOwner: owner.id })
    await book(ownerEvent.id)
    const hostEvent = await event('Host class', -3, 1, { assignedToTeamMember: host.id })
    await book(hostEvent.id)
    await book(hostEvent.id, 'cancelled')
    const withAttendee = await event('Walk-in', -8, 0.5, { assignedToOwner: owner.id }, { attendees: [(await createClient(platform.payload, site.id)).id] })
    const onlyCancelled = await event('Nobody came', -2, 1, { assignedToOwner: owner.id })
    await book(onlyCancelled.id, 'cancelled')
    const empty = await event('Empty', -4, 1, { assignedToOwner: owner.id })
    const future = await event('Tomorrow', 20, 1, { assignedToOwner: owner.id })
    await book(future.id)
    const running = await event('Still running', -0.5, 1, { assignedToTeamMember: host.id })
    await book(running.id)
    const cancelledEvent = await event('Called off', -6, 1, { assignedToOwner: owner.id }, { status: 'cancelled' })
    await book(cancelledEvent.id)

    const now = new Date()
    const counts = await Promise.all([
      recordAttendedSessions(platform.payload, { now, lookbackDays: 30 }),
      recordAttendedSessions(platform.payload, { now, lookbackDays: 30 }),
    ])
    const sessions = await sessionsOf(site.id)
    expect(counts[0] + counts[1]).toBe(3)
    expect(sessions.map((session) => [session.title, session.event, session.source])).toEqual([
      ['Walk-in', withAttendee.id, 'auto'],
      ['Owner 1:1', ownerEvent.id, 'auto'],
      ['Host class', hostEvent.id, 'auto'],
    ])
    const [, ownerSession, hostSession] = sessions
    expect(ownerSession).toMatchObject({ hostType: 'owner', hostUser: owner.id, hostTeamMember: null, durationMinutes: 90 })
    expect(hostSession).toMatchObject({ hostType: 'team_member', hostUser: hostUser.id, hostTeamMember: host.id, durationMinutes: 60 })
    expect(new Date(hostSession.startTime).toISOString()).toBe(new Date(hostEvent.startTime).toISOString())
    expect(empty.id).toBeDefined()

    // The host corrects their session: it becomes manual and the next runs leave it alone.
    const hostClient = await signIn(platform.baseURL, hostUser.email, PASSWORD)
    const corrected = await hostClient.request('PATCH', `/api/attended-sessions/${hostSession.id}?depth=0`, { durationMinutes: 45 })
    expect(corrected.status).toBe(200)
    expect(corrected.body.doc).toMatchObject({ durationMinutes: 45, source: 'manual' })
    expect(await recordAttendedSessions(platform.payload, { now: new Date(), lookbackDays: 30 })).toBe(0)
    const after = await platform.payload.findByID({ collection: 'attended-sessions', id: hostSession.id, overrideAccess: true })
    expect(after).toMatchObject({ durationMinutes: 45, source: 'manual' })
    expect(await sessionsOf(site.id)).toHaveLength(3)
  })

  it('runs as a scheduled Agenda job', async () => {
    const { owner, site, event, book } = await setup()
    const past = await event('Queued run', -3, 1, { assignedToOwner: owner.id })
    await book(past.id)
    await platform.jobs.enqueue(RECORD_ATTENDED_SESSIONS, {})
    const sessions = await waitFor(
      async () => {
        const found = await sessionsOf(site.id)
        return found.length ? found : undefined
      },
      { what: 'the recorded session' },
    )
    expect(sessions.map((session) => [session.event, session.source])).toEqual([[past.id, 'auto']])
  })
})

describe('announcing attended sessions', () => {
  it('publishes booking.session-attended once per recorded session, with the clients who attended, also when two workers race', async () => {
    const { owner, hostUser, site, host, event, book } = await setup()
    await platform.payload.update({ collection: 'users', id: hostUser.id, data: { firstName: 'Ola', lastName: 'Nowak' }, overrideAccess: true }) // test setup, as a seed
    await platform.payload.update({ collection: 'users', id: owner.id, data: { firstName: 'Anna', lastName: 'Kowalska' }, overrideAccess: true }) // test setup, as a seed
    const regular = await platform.payload.create({
      collection: 'clients',
      data: { site: site.id, email: 'marta@example.test', firstName: 'Marta', lastName: 'Zielińska' },
      overrideAccess: true, // test setup: a client the site already knows
    })
    const walkIn = await createClient(platform.payload, site.id)
    // A class: two guests (one cancelled), the regular also booked (one entry, the booking's name and language), a walk-in.
    const yoga = await event('Yoga', -4, 1, { assignedToTeamMember: host.id }, { attendees: [regular.id, walkIn.id] })
    await book(yoga.id, 'confirmed', { guestEmail: 'Marta@Example.test', guestName: 'Marta Z.', locale: 'en' })
    await book(yoga.id, 'confirmed', { guestEmail: 'piotr@example.test', guestName: 'Piotr', locale: 'pl' })
    await book(yoga.id, 'cancelled', { guestEmail: 'gone@example.test', guestName: 'Gone' })
    const consult = await event('Consultation', -6, 1, { assignedToOwner: owner.id })
    await book(consult.id, 'confirmed', { guestEmail: 'jan@example.test', guestName: 'Jan', locale: 'pl' })

    const now = new Date()
    await Promise.all([
      recordAttendedSessions(platform.payload, { now, lookbackDays: 30 }),
      recordAttendedSessions(platform.payload, { now, lookbackDays: 30 }),
    ])
    const [consultSession, yogaSession] = await sessionsOf(site.id)
    const heard = await announcementsOf(site.id, 2)
    const sorted = [...heard].sort((a, b) => a.endTime.localeCompare(b.endTime))
    expect(sorted).toEqual([
      {
        sessionId: consultSession.id,
        siteId: site.id,
        eventId: consult.id,
        hostKey: `user:${owner.id}`,
        hostName: 'Anna Kowalska',
        title: 'Consultation',
        endTime: new Date(consult.endTime).toISOString(),
        clients: [{ name: 'Jan', email: 'jan@example.test', locale: 'pl' }],
      },
      {
        sessionId: yogaSession.id,
        siteId: site.id,
        eventId: yoga.id,
        hostKey: `team-member:${host.id}`,
        hostName: 'Ola Nowak',
        title: 'Yoga',
        endTime: new Date(yoga.endTime).toISOString(),
        clients: [
          { name: 'Marta Z.', email: 'marta@example.test', locale: 'en' },
          { name: 'Piotr', email: 'piotr@example.test', locale: 'pl' },
          { name: '', email: walkIn.email, locale: 'pl' },
        ],
      },
    ])
    // The losing worker's insert rolled back with its announcement: one outbox row per session.
    expect(await outboxRowsFor(consultSession.id)).toHaveLength(1)
    expect(await outboxRowsFor(yogaSession.id)).toHaveLength(1)

    // Later runs and a host's correction announce nothing more.
    expect(await recordAttendedSessions(platform.payload, { now: new Date(), lookbackDays: 30 })).toBe(0)
    const hostClient = await signIn(platform.baseURL, hostUser.email, PASSWORD)
    expect((await hostClient.request('PATCH', `/api/attended-sessions/${yogaSession.id}`, { durationMinutes: 50 })).status).toBe(200)
    expect(await outboxRowsFor(yogaSession.id)).toHaveLength(1)
  })

  it('publishes a session a host records by hand: with its event’s clients, or none without an event', async () => {
    const { hostUser, site, host, event, book } = await setup()
    const visit = await event('Home visit', -30, 1, { assignedToTeamMember: host.id })
    await book(visit.id, 'confirmed', { guestEmail: 'ewa@example.test', guestName: 'Ewa', locale: 'en' })
    const hostClient = await signIn(platform.baseURL, hostUser.email, PASSWORD)
    const withEvent = await hostClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      event: visit.id,
      title: 'Home visit',
      startTime: visit.startTime,
      endTime: visit.endTime,
    })
    expect(withEvent.status).toBe(201)
    const walk = await hostClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'Walk and talk',
      startTime: at(-50),
      endTime: at(-49),
    })
    expect(walk.status).toBe(201)
    const refused = await hostClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'Backwards',
      startTime: at(-20),
      endTime: at(-21),
    })
    expect(refused.status).toBe(400)

    const heard = await announcementsOf(site.id, 2)
    expect(heard.find((data) => data.sessionId === withEvent.body.doc.id)).toMatchObject({
      eventId: visit.id,
      hostKey: `team-member:${host.id}`,
      clients: [{ name: 'Ewa', email: 'ewa@example.test', locale: 'en' }],
    })
    expect(heard.find((data) => data.sessionId === walk.body.doc.id)).toMatchObject({ eventId: null, title: 'Walk and talk', clients: [] })
    // The refused record announced nothing.
    expect(heard).toHaveLength(2)
  })
})

describe('manual sessions', () => {
  it('lets a host record and correct only their own sessions; the owner records for anyone on the site', async () => {
    const { owner, hostUser, otherHostUser, site, host, otherHost } = await setup()
    const hostClient = await signIn(platform.baseURL, hostUser.email, PASSWORD)
    const times = { startTime: at(-30), endTime: at(-29) }

    const own = await hostClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'Home visit',
      ...times,
      durationMinutes: 1,
      source: 'auto',
    })
    expect(own.status).toBe(201)
    // Filled from the caller, the source forced to manual, the duration from the times it was not changed apart from.
    expect(own.body.doc).toMatchObject({ hostType: 'team_member', hostTeamMember: host.id, hostUser: hostUser.id, source: 'manual', durationMinutes: 1 })

    const moved = await hostClient.request('PATCH', `/api/attended-sessions/${own.body.doc.id}?depth=0`, { endTime: at(-28) })
    expect(moved.status).toBe(200)
    expect(moved.body.doc.durationMinutes).toBe(120)

    const forOther = await hostClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'Not mine',
      hostType: 'team_member',
      hostTeamMember: otherHost.id,
      ...times,
    })
    expect(forOther.status).toBe(403)
    const forOwner = await hostClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'Not mine',
      hostType: 'owner',
      hostUser: owner.id,
      ...times,
    })
    expect(forOwner.status).toBe(403)

    const ownerClient = await signIn(platform.baseURL, owner.email, PASSWORD)
    const byOwner = await ownerClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'For Ola',
      hostType: 'team_member',
      hostTeamMember: otherHost.id,
      ...times,
    })
    expect(byOwner.status).toBe(201)
    expect(byOwner.body.doc).toMatchObject({ hostUser: otherHostUser.id, durationMinutes: 60, source: 'manual' })

    // The other host's session is invisible and untouchable for the first host.
    expect([403, 404]).toContain((await hostClient.request('GET', `/api/attended-sessions/${byOwner.body.doc.id}`)).status)
    expect([403, 404]).toContain((await hostClient.request('PATCH', `/api/attended-sessions/${byOwner.body.doc.id}`, { durationMinutes: 5 })).status)
    expect((await platform.payload.findByID({ collection: 'attended-sessions', id: byOwner.body.doc.id, overrideAccess: true })).durationMinutes).toBe(60)
    const listed = await hostClient.request('GET', `/api/attended-sessions?where[site][equals]=${site.id}`)
    expect(listed.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Home visit'])

    const reversed = await ownerClient.request('POST', '/api/attended-sessions?depth=0', {
      site: site.id,
      title: 'Backwards',
      startTime: at(-20),
      endTime: at(-21),
    })
    expect(reversed.status).toBe(400)
  })
})
