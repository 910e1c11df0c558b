/**
 * The testimonials card on the owner's home (the contract's `homeCards`): how many wait for moderation and the
 * newest ones, of the reader's own site only; the moderation link for those who moderate, not for a viewer.
 */
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, homeCardsFor, startTestPlatform } from '@platform/testing'
import { addTestimonial } from './moderationFixtures'

let platform: TestPlatform
const ids: Record<string, number> = {}

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  const [ownerA, ownerB, viewer] = await Promise.all([createUser(payload), createUser(payload), createUser(payload)])
  Object.assign(ids, { ownerA: ownerA.id, ownerB: ownerB.id, viewer: viewer.id })
  ids.siteA = (await createSite(payload, ownerA.id)).id
  ids.siteB = (await createSite(payload, ownerB.id)).id
  await addTeamMember(payload, ids.siteA, viewer.id, viewer.email, 'viewer')
  await addTestimonial(payload, ids.siteA, { authorName: 'Zadowolona Klientka', status: 'approved', rating: 5 })
  for (const authorName of ['Pierwszy Czekający', 'Druga Czekająca', 'Trzeci Czekający'])
    await addTestimonial(payload, ids.siteA, { authorName, status: 'pending', rating: 4 })
  await addTestimonial(payload, ids.siteB, { authorName: 'Cudza Opinia', status: 'pending' })
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

test("the owner's card counts what waits on her site and lists the newest first, in correct Polish", async () => {
  const card = (await homeCardsFor(platform.payload, ids.ownerA, ids.siteA)).get('testimonials:new')!
  expect(card.title).toBe('Nowe opinie')
  expect(card.count).toBe(3)
  expect(card.countLabel).toBe('opinie czekają na moderację')
  expect(card.items.map((item) => item.text)).toEqual(['Trzeci Czekający', 'Druga Czekająca', 'Pierwszy Czekający', 'Zadowolona Klientka'])
  expect(card.items[0].detail).toBe('ocena 4 na 5, czeka na moderację')
  expect(card.items[3].detail).toBe('ocena 5 na 5, zatwierdzona')
  expect(card.links?.[0]).toEqual({ label: 'Przejdź do moderacji', href: `/admin/testimonials-moderation?site=${ids.siteA}&status=pending` })
})

test("another owner's card has only his own testimonial; a viewer reads but gets no moderation link", async () => {
  const his = (await homeCardsFor(platform.payload, ids.ownerB, ids.siteB, { lang: 'en' })).get('testimonials:new')!
  expect(his.items.map((item) => item.text)).toEqual(['Cudza Opinia'])
  expect(his.count).toBe(1)
  expect(his.countLabel).toBe('testimonial waits for moderation')

  const viewer = (await homeCardsFor(platform.payload, ids.viewer, ids.siteA)).get('testimonials:new')!
  expect(viewer.count).toBe(3)
  expect(viewer.links?.map((link) => link.href)).toEqual(['/admin/collections/testimonials'])
})
