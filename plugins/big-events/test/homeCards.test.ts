/**
 * Big events on the owner's home (the contract's `homeCards`): upcoming published events soonest first with their
 * seats, the newest registrations with their event and status, all linking to the event's attendees tab; only the
 * reader's site; an editor sees both cards, a host and a viewer (who may read events but not registrations) the
 * events only, linking to the event; a site that never had an event gets no cards.
 */
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, homeCardsFor, startTestPlatform } from '@platform/testing'
import { createRegistration } from './ownerFixtures'
import { createEvent, inDays } from './publicSupport'

let platform: TestPlatform
const ids: Record<string, number> = {}
const DAY = 24 * 3_600_000

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  const [ownerA, ownerB, ownerC, editor, host, viewer] = await Promise.all(Array.from({ length: 6 }, () => createUser(payload)))
  Object.assign(ids, { ownerA: ownerA.id, ownerB: ownerB.id, ownerC: ownerC.id, editor: editor.id, host: host.id, viewer: viewer.id })
  ids.siteA = (await createSite(payload, ownerA.id)).id
  ids.siteB = (await createSite(payload, ownerB.id)).id
  ids.siteC = (await createSite(payload, ownerC.id)).id
  await addTeamMember(payload, ids.siteA, editor.id, editor.email, 'editor')
  await addTeamMember(payload, ids.siteA, host.id, host.email, 'host')
  await addTeamMember(payload, ids.siteA, viewer.id, viewer.email, 'viewer')
  const retreat = await createEvent(payload, ids.siteA, {
    title: 'Weekend z jogą w Beskidach',
    startDate: inDays(30),
    endDate: inDays(32),
    maxParticipants: 14,
    currentParticipants: 3,
    price: 1200,
  })
  const workshop = await createEvent(payload, ids.siteA, {
    title: 'Warsztat oddechu',
    startDate: inDays(5),
    endDate: inDays(5.1),
    maxParticipants: 2,
    currentParticipants: 2,
  })
  await createEvent(payload, ids.siteA, { title: 'Szkic jesiennego wyjazdu', status: 'draft', startDate: inDays(60), endDate: inDays(62) })
  await createEvent(payload, ids.siteA, { title: 'Zeszłoroczny wyjazd', startDate: inDays(-300), endDate: inDays(-298) })
  ids.retreat = retreat.id
  ids.workshop = workshop.id
  await createRegistration(payload, workshop, { name: 'Ola Kowalska', status: 'confirmed' })
  await createRegistration(payload, retreat, { name: 'Jan Nowak', status: 'pending_payment' })
  await createRegistration(payload, retreat, { name: 'Zofia Wiśniewska', status: 'waitlisted' })
  const other = await createEvent(payload, ids.siteB, { title: 'Cudzy warsztat', startDate: inDays(3), endDate: inDays(3.1) })
  await createRegistration(payload, other, { name: 'Cudzy Uczestnik' })
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

test("the owner's cards: upcoming published events soonest first with their seats, then the newest registrations, in Polish", async () => {
  const cards = await homeCardsFor(platform.payload, ids.ownerA, ids.siteA)
  const events = cards.get('big-events:events')!
  expect(events.title).toBe('Najbliższe wydarzenia')
  expect(events.count).toBe(2)
  expect(events.countLabel).toBe('nadchodzące wydarzenia')
  expect(events.items.map((item) => [item.text, item.detail, item.link])).toEqual([
    ['Warsztat oddechu', 'Zajęte miejsca: 2 z 2 (komplet)', `/admin/collections/big-events/${ids.workshop}/attendees`],
    ['Weekend z jogą w Beskidach', 'Zajęte miejsca: 3 z 14 (wolne: 11)', `/admin/collections/big-events/${ids.retreat}/attendees`],
  ])
  const registrations = cards.get('big-events:registrations')!
  expect(registrations.title).toBe('Nowe zapisy')
  expect(registrations.count).toBe(3)
  expect(registrations.countLabel).toBe('zapisy w ostatnich 7 dniach')
  expect(registrations.items.map((item) => [item.text, item.detail, item.link])).toEqual([
    ['Zofia Wiśniewska · Weekend z jogą w Beskidach', 'na liście rezerwowej', `/admin/collections/big-events/${ids.retreat}/attendees`],
    ['Jan Nowak · Weekend z jogą w Beskidach', 'czeka na płatność', `/admin/collections/big-events/${ids.retreat}/attendees`],
    ['Ola Kowalska · Warsztat oddechu', 'miejsce potwierdzone', `/admin/collections/big-events/${ids.workshop}/attendees`],
  ])
  expect(registrations.items.every((item) => item.at && Date.now() - Date.parse(String(item.at)) < 600_000)).toBe(true)
  expect(registrations.links).toEqual([{ label: 'Wszystkie zapisy', href: '/admin/collections/big-event-registrations' }])
})

test('a week later the workshop is over and the registrations are no longer new (English)', async () => {
  const cards = await homeCardsFor(platform.payload, ids.ownerA, ids.siteA, { now: new Date(Date.now() + 8 * DAY), lang: 'en' })
  const events = cards.get('big-events:events')!
  expect([events.title, events.count, events.countLabel]).toEqual(['Upcoming events', 1, 'upcoming event'])
  expect(events.items.map((item) => item.detail)).toEqual(['Seats taken: 3 of 14 (11 left)'])
  const registrations = cards.get('big-events:registrations')!
  expect([registrations.count, registrations.countLabel, registrations.items.length]).toEqual([0, 'registrations in the last 7 days', 3])
})

test('an editor sees both cards; a host and a viewer see the events only, linking to the event; other sites stay out', async () => {
  const editor = await homeCardsFor(platform.payload, ids.editor, ids.siteA)
  expect(editor.get('big-events:registrations')?.items).toHaveLength(3)
  for (const reader of [ids.host, ids.viewer]) {
    const cards = await homeCardsFor(platform.payload, reader, ids.siteA)
    expect(cards.has('big-events:registrations')).toBe(false)
    expect(cards.get('big-events:events')!.items.map((item) => item.link)).toEqual([
      `/admin/collections/big-events/${ids.workshop}`,
      `/admin/collections/big-events/${ids.retreat}`,
    ])
  }
  const other = await homeCardsFor(platform.payload, ids.ownerB, ids.siteB)
  expect(other.get('big-events:events')!.items.map((item) => item.text)).toEqual(['Cudzy warsztat'])
  expect(other.get('big-events:registrations')!.items.map((item) => item.text)).toEqual(['Cudzy Uczestnik · Cudzy warsztat'])
  // Someone else's site is not the owner's to read: the home gives no view of it at all.
  expect((await homeCardsFor(platform.payload, ids.ownerA, ids.siteB)).size).toBe(0)
})

test('a site that never had an event gets no big-events cards', async () => {
  const cards = await homeCardsFor(platform.payload, ids.ownerC, ids.siteC)
  expect([...cards.keys()].filter((key) => key.startsWith('big-events:'))).toEqual([])
})
