/**
 * The newsletter card on the owner's home (the contract's `homeCards`): confirmed subscribers of the reader's
 * own site and the newest sign-ups; none for a host, who does not read the site's audience.
 */
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, homeCardsFor, startTestPlatform } from '@platform/testing'
import { SUBSCRIPTIONS } from '../slugs'

let platform: TestPlatform
const ids: Record<string, number> = {}

const subscribe = (site: number, email: string, data: { isConfirmed?: boolean; isActive?: boolean } = {}) =>
  platform.payload.create({ collection: SUBSCRIPTIONS, data: { site, email, frequency: 'each', locale: 'pl', ...data }, overrideAccess: true }) // test setup

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  const [ownerA, ownerB, host] = await Promise.all([createUser(payload), createUser(payload), createUser(payload)])
  Object.assign(ids, { ownerA: ownerA.id, ownerB: ownerB.id, host: host.id })
  ids.siteA = (await createSite(payload, ownerA.id)).id
  ids.siteB = (await createSite(payload, ownerB.id)).id
  await addTeamMember(payload, ids.siteA, host.id, host.email, 'host')
  for (let i = 1; i <= 5; i++) await subscribe(ids.siteA, `potwierdzony${i}@example.test`, { isConfirmed: true })
  await subscribe(ids.siteA, 'wypisany@example.test', { isConfirmed: true, isActive: false })
  await subscribe(ids.siteA, 'nowy@example.test')
  await subscribe(ids.siteB, 'cudzy@example.test', { isConfirmed: true })
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

test("the owner's card counts confirmed, active subscribers of her site and lists the newest sign-ups", async () => {
  const card = (await homeCardsFor(platform.payload, ids.ownerA, ids.siteA)).get('newsletter:subscribers')!
  expect(card.count).toBe(5)
  expect(card.countLabel).toBe('potwierdzonych subskrybentów')
  expect(card.items.map((item) => item.text)).toEqual([
    'nowy@example.test',
    'wypisany@example.test',
    'potwierdzony5@example.test',
    'potwierdzony4@example.test',
    'potwierdzony3@example.test',
  ])
  expect(card.items.slice(0, 3).map((item) => item.detail)).toEqual(['oczekujący na potwierdzenie adresu', 'wypisany', 'potwierdzony'])
  expect(card.items.map((item) => item.text).join('\n')).not.toContain('cudzy')
})

test("another owner sees only his subscriber; a host's home has no newsletter card", async () => {
  const his = (await homeCardsFor(platform.payload, ids.ownerB, ids.siteB, { lang: 'en' })).get('newsletter:subscribers')!
  expect(his.items.map((item) => item.text)).toEqual(['cudzy@example.test'])
  expect(his.countLabel).toBe('confirmed subscriber')
  const host = await homeCardsFor(platform.payload, ids.host, ids.siteA)
  expect(host.has('newsletter:subscribers')).toBe(false)
  // The host still has the site's other cards (the home is theirs too).
  expect(host.size).toBeGreaterThan(0)
})
