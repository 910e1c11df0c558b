/**
 * The booking plugin's cards on the owner's home (the contract's `homeCards`), built as each reader would see
 * them: today's bookings and the next seven days of the reader's own sites only, a host only their own events'
 * bookings, group bookings as one line with the head count, cancelled ones left out, times in the site's zone.
 */
import type { HomeCard } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, homeCardsFor, homeFor, startTestPlatform } from '@platform/testing'

let platform: TestPlatform
// Tuesday 4 June 2030, 10:00 in Warsaw.
const now = new Date('2030-06-04T08:00:00Z')
const ids: Record<string, number> = {}
let guests = 0

const event = async (site: number, title: string, startISO: string, host: { owner?: number; member?: number }, eventType = 'one_on_one', capacity = 1) =>
  (
    await platform.payload.create({
      collection: 'events',
      data: {
        site,
        title,
        eventType,
        capacity,
        startTime: startISO,
        endTime: new Date(Date.parse(startISO) + 3_600_000).toISOString(),
        assignedToOwner: host.owner ?? null,
        assignedToTeamMember: host.member ?? null,
      } as never,
      overrideAccess: true, // test setup
    })
  ).id

const booking = async (site: number, eventId: number, guestName: string, status = 'confirmed') =>
  platform.payload.create({
    collection: 'bookings',
    data: { site, event: eventId, guestName, guestEmail: `guest-${++guests}@example.test`, status } as never,
    overrideAccess: true, // test setup
  })

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  const [ownerA, ownerB, host] = await Promise.all([createUser(payload), createUser(payload), createUser(payload)])
  ids.ownerA = ownerA.id
  ids.ownerB = ownerB.id
  ids.host = host.id
  ids.siteA = (await createSite(payload, ownerA.id, 'Anna Coaching')).id
  ids.siteB = (await createSite(payload, ownerB.id, 'Marek Studio')).id
  const member = await addTeamMember(payload, ids.siteA, host.id, host.email, 'host')

  const today = await event(ids.siteA, 'Sesja coachingowa', '2030-06-04T12:00:00Z', { owner: ownerA.id })
  await booking(ids.siteA, today, 'Jan Kowalski')
  const cancelled = await event(ids.siteA, 'Sesja odwołana', '2030-06-04T13:00:00Z', { owner: ownerA.id })
  await booking(ids.siteA, cancelled, 'Odwołany Gość', 'cancelled')
  const group = await event(ids.siteA, 'Joga w grupie', '2030-06-04T16:00:00Z', { owner: ownerA.id }, 'group', 8)
  await booking(ids.siteA, group, 'Ola Nowak')
  await booking(ids.siteA, group, 'Piotr Wiśniewski')
  const hosts = await event(ids.siteA, 'Konsultacja wieczorna', '2030-06-04T17:00:00Z', { member: member.id })
  await booking(ids.siteA, hosts, 'Ewa Zielińska')
  const upcoming = await event(ids.siteA, 'Sesja coachingowa', '2030-06-06T07:30:00Z', { owner: ownerA.id })
  await booking(ids.siteA, upcoming, 'Karol Mazur')
  const later = await event(ids.siteA, 'Sesja za dwa tygodnie', '2030-06-20T08:00:00Z', { owner: ownerA.id })
  await booking(ids.siteA, later, 'Za Późno')
  const yesterday = await event(ids.siteA, 'Sesja wczoraj', '2030-06-03T08:00:00Z', { owner: ownerA.id })
  await booking(ids.siteA, yesterday, 'Wczorajszy Gość')
  const other = await event(ids.siteB, 'Cudza sesja', '2030-06-04T09:00:00Z', { owner: ownerB.id })
  await booking(ids.siteB, other, 'Cudzy Klient')
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

const texts = (card: HomeCard | undefined) => card?.items.map((item) => item.text) ?? []

test("the owner's home shows today's bookings of her site, in time order, with the calendar link", async () => {
  const cards = await homeCardsFor(platform.payload, ids.ownerA, ids.siteA, { now })
  const today = cards.get('booking:today')!
  expect(today.title).toBe('Dziś')
  // Four confirmed bookings today (the group's two count twice); the cancelled one does not.
  expect(today.count).toBe(4)
  expect(today.countLabel).toBe('rezerwacje dziś')
  expect(texts(today)).toEqual(['Jan Kowalski · Sesja coachingowa', 'Joga w grupie', 'Ewa Zielińska · Konsultacja wieczorna'])
  expect(today.items[1].detail).toBe('2 osoby w tym terminie')
  expect(today.items[0].at).toBe('2030-06-04T12:00:00.000Z')
  expect(today.items[0].link).toMatch(/^\/admin\/collections\/bookings\/\d+$/)
  expect(today.timeZone).toBe('Europe/Warsaw')
  // Each link opens on this card's site.
  expect(today.links?.map((link) => link.href)).toEqual([
    `/admin/calendar?site=${ids.siteA}`,
    `/admin/working-hours?site=${ids.siteA}`,
    `/admin/collections/bookings?site=${ids.siteA}`,
  ])

  const upcoming = cards.get('booking:upcoming')!
  expect(upcoming.count).toBe(1)
  expect(texts(upcoming)).toEqual(['Karol Mazur · Sesja coachingowa'])
})

test("nothing of another owner's site reaches her home, nor hers his", async () => {
  const views = await homeFor(platform.payload, ids.ownerA, { now })
  expect(views.map((view) => view.site.name)).toEqual(['Anna Coaching'])
  const all = views.flatMap((view) => view.cards.flatMap((card) => texts(card)))
  expect(all.join('\n')).not.toContain('Cudz')

  const his = await homeCardsFor(platform.payload, ids.ownerB, ids.siteB, { now })
  expect(texts(his.get('booking:today'))).toEqual(['Cudzy Klient · Cudza sesja'])
  expect(await homeCardsFor(platform.payload, ids.ownerB, ids.siteA, { now })).toEqual(new Map())
})

test('a host sees only the bookings of their own events, in English when they read in English', async () => {
  const cards = await homeCardsFor(platform.payload, ids.host, ids.siteA, { now, lang: 'en' })
  const today = cards.get('booking:today')!
  expect(today.title).toBe('Today')
  expect(today.count).toBe(1)
  expect(today.countLabel).toBe('booking today')
  expect(texts(today)).toEqual(['Ewa Zielińska · Konsultacja wieczorna'])
  expect(cards.get('booking:upcoming')!.count).toBe(0)
  expect(cards.get('booking:upcoming')!.empty).toBe('No bookings in the coming days.')
})
