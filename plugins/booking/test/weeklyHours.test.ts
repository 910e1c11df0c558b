/**
 * The weekly-hours editor's endpoint over real HTTP on a real PostgreSQL: who may read and set whose hours,
 * refused input in the caller's language with the range named and nothing changed, the public slots after a
 * save, and parallel saves under the host's lock.
 */
import type { TeamRole } from '@platform'
import type { ApiResponse, Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, publishSiteAs, signIn, startTestPlatform, TEST_PUBLIC_URL } from '@platform/testing'
import { addDays } from '../lib/calendarGrid'
import { nextWeekday } from '../lib/weeklyHours'
import { dayAhead, get, range, setSettings, wallInstant } from './support'

let platform: TestPlatform
const people: Record<string, { user: { id: number; email: string }; member?: { id: number }; session: Session }> = {}
let site: { id: number; identifier: string }
let otherSite: { id: number }

const settings = { meetingLength: 60, timeSnapping: 60, bufferTime: 0 }
const emptyWeek = () => Array.from({ length: 7 }, () => [] as { start: string; end: string }[])
// A Monday at least two days ahead (clear of the minimum notice), the next Monday, and the Tuesday between.
const monday = nextWeekday(dayAhead(2), 0)
const nextMonday = addDays(monday, 7)
const tuesday = addDays(monday, 1)

const person = async (name: string, siteId?: number, role?: TeamRole) => {
  const user = await createUser(platform.payload, { isStaff: name === 'staff' })
  const member = siteId && role ? await addTeamMember(platform.payload, siteId, user.id, user.email, role) : undefined
  people[name] = { user, member, session: await signIn(platform.baseURL, user.email, PASSWORD) }
}

/** A request as a Polish-speaking browser (the session helper asks in English). */
const asPolish = async (who: string, method: string, path: string, body?: unknown): Promise<ApiResponse> => {
  const response = await fetch(`${platform.baseURL}${path}`, {
    method,
    headers: { 'accept-language': 'pl', origin: TEST_PUBLIC_URL, cookie: people[who].session.cookie()!, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const blocksOf = async (siteId: number) =>
  (
    await platform.payload.find({
      collection: 'availability-blocks',
      where: { site: { equals: siteId } },
      pagination: false,
      depth: 0,
      overrideAccess: true, // trusted: test setup or inspection
      sort: 'id',
    })
  ).docs
const put = (who: string, body: unknown) => people[who].session.request('PUT', '/api/booking/weekly-hours', body)

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  await person('owner')
  site = await createSite(platform.payload, people.owner.user.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 60, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  await person('host', site.id, 'host')
  await person('editor', site.id, 'editor')
  await person('viewer', site.id, 'viewer')
  await person('stranger')
  otherSite = await createSite(platform.payload, people.stranger.user.id)
  await person('staff')
})

afterAll(async () => {
  await platform?.close()
})

describe('who may read and set hours', () => {
  it('refuses signed-out callers, strangers, staff and viewers, and changes nothing', async () => {
    const before = await blocksOf(site.id)
    const body = { site: site.id, host: `owner:${people.owner.user.id}`, schedule: { days: emptyWeek(), overrides: [], defaults: settings } }
    const anonymous = await fetch(`${platform.baseURL}/api/booking/weekly-hours?site=${site.id}`)
    expect(anonymous.status).toBe(401)
    const anonymousPut = await fetch(`${platform.baseURL}/api/booking/weekly-hours`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_URL },
      body: JSON.stringify(body),
    })
    expect(anonymousPut.status).toBe(401)
    expect((await people.stranger.session.request('GET', `/api/booking/weekly-hours?site=${site.id}`)).status).toBe(404)
    expect((await put('stranger', body)).status).toBe(404)
    expect((await put('staff', body)).status).toBe(404)
    const viewer = await asPolish('viewer', 'PUT', '/api/booking/weekly-hours', body)
    expect(viewer.status).toBe(403)
    expect(viewer.body.errors[0].message).toBe('Twoja rola na tej stronie nie pozwala ustalać godzin pracy.')
    expect(await blocksOf(site.id)).toEqual(before)
  })

  it('lists the hosts an owner may edit, and a host only themselves', async () => {
    const owner = await people.owner.session.request('GET', `/api/booking/weekly-hours?site=${site.id}`)
    expect(owner.status).toBe(200)
    expect(owner.body.host).toBe(`owner:${people.owner.user.id}`)
    expect(owner.body.hosts.map((host: { key: string }) => host.key)).toEqual([
      `owner:${people.owner.user.id}`,
      `member:${people.host.member!.id}`,
      `member:${people.editor.member!.id}`,
    ])
    expect(owner.body.hosts[0].label).toMatch(/\(owner\)$/)
    const host = await people.host.session.request('GET', `/api/booking/weekly-hours?site=${site.id}`)
    expect(host.body.hosts).toEqual([{ key: `member:${people.host.member!.id}`, label: people.host.user.email }])
    expect(host.body.schedule.days).toEqual(emptyWeek())
    const other = await people.host.session.request('GET', `/api/booking/weekly-hours?site=${site.id}&host=owner:${people.owner.user.id}`)
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toBe('As a host you may set only your own hours.')
  })

  it('a host sets their own hours, never the owner’s', async () => {
    const days = emptyWeek()
    days[3] = [{ start: '10:00', end: '12:00' }]
    const refused = await put('host', { site: site.id, host: `owner:${people.owner.user.id}`, schedule: { days, overrides: [], defaults: settings } })
    expect(refused.status).toBe(403)
    const own = await put('host', { site: site.id, host: `member:${people.host.member!.id}`, schedule: { days, overrides: [], defaults: settings } })
    expect(own.status).toBe(200)
    expect(own.body.schedule.days[3]).toMatchObject([{ start: '10:00', end: '12:00' }])
    const stored = (await blocksOf(site.id)).filter((block) => block.assignedToTeamMember === people.host.member!.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ repeatWeekly: true, startTime: '10:00', endTime: '12:00', creator: people.host.user.id })
  })
})

describe('saving the owner’s week', () => {
  it('refuses overlapping ranges and an end before the start beside each range, in Polish, and stores nothing', async () => {
    const before = await blocksOf(site.id)
    const days = emptyWeek()
    days[0] = [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
    ]
    days[1] = [{ start: '15:00', end: '14:00' }]
    const refused = await asPolish('owner', 'PUT', '/api/booking/weekly-hours', {
      site: site.id,
      host: `owner:${people.owner.user.id}`,
      schedule: { days, overrides: [], defaults: settings },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([
      { message: 'Popraw zaznaczone godziny.' },
      { message: 'Ten przedział nakłada się na 09:00–12:00.', field: 'days.0.1' },
      { message: 'Koniec musi być później niż początek.', field: 'days.1.0' },
    ])
    const malformed = await asPolish('owner', 'PUT', '/api/booking/weekly-hours', { site: site.id, host: 'owner', schedule: { days: [] } })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toBe('Nie udało się odczytać godzin. Odśwież stronę i spróbuj ponownie.')
    expect(await blocksOf(site.id)).toEqual(before)
  })

  it('adds a Monday range, a day off and a date with other hours; the public slots follow', async () => {
    const read = await people.owner.session.request('GET', `/api/booking/weekly-hours?site=${site.id}`)
    const schedule = read.body.schedule
    schedule.days[0] = [{ start: '09:00', end: '12:00' }]
    schedule.overrides = [
      { date: nextMonday, ranges: [] },
      { date: tuesday, ranges: [{ start: '14:00', end: '16:00' }] },
    ]
    schedule.defaults = settings
    const saved = await put('owner', { site: site.id, host: `owner:${people.owner.user.id}`, schedule })
    expect(saved.status).toBe(200)
    expect(saved.body.schedule.overrides.map((each: { date: string; ranges: unknown[] }) => [each.date, each.ranges.length])).toEqual([
      [tuesday, 1],
      [nextMonday, 0],
    ])
    const { from, to } = range(monday, 8)
    const slots = await get(platform.baseURL, `/api/public/sites/${site.identifier}/slots?from=${from}&to=${to}`)
    expect(slots.status).toBe(200)
    const ownerSlots = (slots.body.slots as { start: string; blockId?: string }[])
      .filter((slot) => slot.blockId !== undefined)
      .map((slot) => Date.parse(slot.start))
      .filter((start) => [monday, tuesday, nextMonday].some((date) => start >= wallInstant(date, '00:00') && start < wallInstant(date, '23:59')))
      .sort((a, b) => a - b)
    expect(ownerSlots).toEqual([
      wallInstant(monday, '09:00'),
      wallInstant(monday, '10:00'),
      wallInstant(monday, '11:00'),
      wallInstant(tuesday, '14:00'),
      wallInstant(tuesday, '15:00'),
    ])
  })

  it('parallel saves of the same new range leave one block (the host’s lock)', async () => {
    const days = emptyWeek()
    days[4] = [{ start: '08:00', end: '10:00' }]
    const body = { site: site.id, host: `member:${people.editor.member!.id}`, schedule: { days, overrides: [], defaults: settings } }
    const answers = await Promise.all(Array.from({ length: 5 }, () => put('owner', body)))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    const stored = (await blocksOf(site.id)).filter((block) => block.assignedToTeamMember === people.editor.member!.id)
    expect(stored.map((block) => `${block.startTime}-${block.endTime} ${block.repeatWeekly}`)).toEqual(['08:00-10:00 true'])
  })

  it('does not reach another site’s hosts', async () => {
    const refused = await put('owner', {
      site: otherSite.id,
      host: `owner:${people.stranger.user.id}`,
      schedule: { days: emptyWeek(), overrides: [], defaults: settings },
    })
    expect(refused.status).toBe(404)
    const wrongHost = await put('owner', { site: site.id, host: `member:999999`, schedule: { days: emptyWeek(), overrides: [], defaults: settings } })
    expect(wrongHost.status).toBe(400)
  })
})
