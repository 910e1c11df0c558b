/**
 * The analytics view's data as each user reads it (overrideAccess: false, real PostgreSQL): an owner sees their own
 * site's subscribers, campaigns and link counters and nothing of another owner's; link counters are anonymous and
 * stay when a subscriber is deleted (GDPR), while the subscriber's deliveries go.
 */
import type { TypedUser } from 'payload'

import type { Session, TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { loadSiteAnalytics, rangeOf } from '../analytics/load'
import { clickUrl, openPixelUrl } from '../lib/tracking'
import { ANALYTICS, LINK_CLICKS, SUBSCRIPTIONS } from '../slugs'
import { addCampaign, addDelivery, addSubscriber } from './deliveries'
import { freshIp } from './support'

let platform: TestPlatform
let ownerA: TypedUser
let ownerB: TypedUser
let siteA: number
let siteB: number
let sessionB: Session
let campaignA: number
let subscriberA: number

const asUser = async (id: number) =>
  ({ ...(await platform.payload.findByID({ collection: 'users', id, overrideAccess: true })), collection: 'users' }) as TypedUser
const hit = (url: string) => fetch(url, { redirect: 'manual', headers: { 'x-forwarded-for': freshIp() } })

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const [a, b] = [await createUser(platform.payload), await createUser(platform.payload)]
  siteA = (await createSite(platform.payload, a.id)).id
  siteB = (await createSite(platform.payload, b.id)).id
  ownerA = await asUser(a.id)
  ownerB = await asUser(b.id)
  sessionB = await signIn(platform.baseURL, b.email, PASSWORD)

  // Site A: two confirmed subscribers and a pending one; one campaign sent to both confirmed, one opened, one clicked.
  const confirmedAt = new Date().toISOString()
  const [first, second] = [
    await addSubscriber(platform.payload, siteA, { isConfirmed: true, confirmedAt }),
    await addSubscriber(platform.payload, siteA, { isConfirmed: true, confirmedAt }),
  ]
  await addSubscriber(platform.payload, siteA)
  subscriberA = second.id
  const campaign = await addCampaign(platform.payload, siteA, 'Grudniowe warsztaty')
  campaignA = campaign.id
  await platform.payload.update({ collection: 'newsletter-campaigns', id: campaign.id, data: { sentCount: 2 }, overrideAccess: true }) // as sending counts
  const d1 = await addDelivery(platform.payload, { site: siteA, subscription: first.id, campaign: campaign.id })
  const d2 = await addDelivery(platform.payload, { site: siteA, subscription: second.id, campaign: campaign.id })
  await hit(openPixelUrl(platform.baseURL, d1.token))
  for (let i = 0; i < 3; i++)
    await hit(clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token: d2.token, href: 'https://example.com/zapisy' }))
  await hit(clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token: d2.token, href: 'https://example.com/o-mnie' }))
  // Site B: one subscriber of its own.
  await addSubscriber(platform.payload, siteB, { isConfirmed: true, confirmedAt })
})

afterAll(async () => {
  await platform?.close()
})

const load = (user: TypedUser, siteId: number) => loadSiteAnalytics({ payload: platform.payload, user, siteId, range: rangeOf('30d', new Date()), lang: 'pl' })

describe('analytics as each owner reads them', () => {
  it("the owner sees their site's subscribers, opens, clicks and links", async () => {
    const data = await load(ownerA, siteA)
    expect(data.active).toBe(2)
    expect(data.subscribers[data.subscribers.length - 1]).toMatchObject({ confirmed: 2, total: 2 })
    expect(data.engagement.reduce((sum, row) => sum + row.opens, 0)).toBe(2)
    expect(data.engagement.reduce((sum, row) => sum + row.clicks, 0)).toBe(1)
    expect(data.campaigns).toEqual([
      {
        id: campaignA,
        subject: 'Grudniowe warsztaty',
        sentAt: null,
        sent: 2,
        openRate: 1,
        clickRate: 0.5,
        topLinks: [
          { url: 'https://example.com/zapisy', count: 3 },
          { url: 'https://example.com/o-mnie', count: 1 },
        ],
      },
    ])
  })

  it("another owner reads nothing of it, in the view's loader and over REST", async () => {
    const data = await load(ownerB, siteA)
    expect(data.active).toBe(0)
    expect(data.campaigns).toEqual([])
    expect(data.engagement.every((row) => row.opens === 0 && row.clicks === 0)).toBe(true)
    expect((await load(ownerB, siteB)).active).toBe(1)
    for (const collection of [SUBSCRIPTIONS, ANALYTICS, LINK_CLICKS]) {
      const list = await sessionB.request('GET', `/api/${collection}?where[site][equals]=${siteA}&limit=0`)
      expect({ collection, docs: list.body.docs?.length ?? 0 }).toEqual({ collection, docs: 0 })
    }
    const write = await sessionB.request('POST', `/api/${LINK_CLICKS}`, { site: siteB, campaign: campaignA, url: 'https://x.example', count: 5 })
    expect([400, 403]).toContain(write.status)
  })
})

describe('GDPR', () => {
  it("deleting a subscriber deletes their deliveries; the campaign's link counters hold no subscriber and stay", async () => {
    const before = await platform.payload.find({ collection: LINK_CLICKS, where: { campaign: { equals: campaignA } }, overrideAccess: true })
    for (const row of before.docs) expect(Object.keys(row).sort()).toEqual(['campaign', 'count', 'createdAt', 'id', 'site', 'updatedAt', 'url'])
    await platform.payload.delete({ collection: SUBSCRIPTIONS, id: subscriberA, overrideAccess: true }) // as the owner's delete does
    expect((await platform.payload.count({ collection: ANALYTICS, where: { subscription: { equals: subscriberA } }, overrideAccess: true })).totalDocs).toBe(0)
    const after = await platform.payload.find({ collection: LINK_CLICKS, where: { campaign: { equals: campaignA } }, overrideAccess: true })
    expect(after.docs.map((row) => [row.url, row.count]).sort()).toEqual(before.docs.map((row) => [row.url, row.count]).sort())
  })
})
