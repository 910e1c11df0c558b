/**
 * The open pixel and the click redirect over real HTTP on a real PostgreSQL: the GIF and its headers, the first
 * open and the first click recorded once under parallel requests, exact per-link counts, the refused open redirect,
 * and a site that tracks no individuals keeping anonymous totals only, for its campaign token (shared by every
 * recipient, checked against the server secret) as for an older email's delivery token.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, startTestPlatform } from '@platform/testing'
import { campaignToken, clickUrl, openPixelUrl } from '../lib/tracking'
import { ANALYTICS, CAMPAIGNS, LINK_CLICKS, SUBSCRIPTIONS } from '../slugs'
import { PIXEL_GIF } from '../tracking/responses'
import { addCampaign, addDelivery, addSubscriber } from './deliveries'
import { freshIp } from './support'

let platform: TestPlatform
let siteId: number

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const owner = await createUser(platform.payload)
  siteId = (await createSite(platform.payload, owner.id)).id
})

afterAll(async () => {
  await platform?.close()
})

const get = (url: string, ip = freshIp()) => fetch(url, { redirect: 'manual', headers: { 'x-forwarded-for': ip } })
const pixel = (token: string, ip?: string) => get(openPixelUrl(platform.baseURL, token), ip)
const click = (token: string, href: string, ip?: string) => get(clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token, href }), ip)

const read = async <T extends typeof ANALYTICS | typeof SUBSCRIPTIONS | typeof CAMPAIGNS>(collection: T, id: number) =>
  (await platform.payload.findByID({ collection, id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>

const linkCounts = async (campaign: number) =>
  Object.fromEntries(
    (await platform.payload.find({ collection: LINK_CLICKS, where: { campaign: { equals: campaign } }, pagination: false, overrideAccess: true })).docs.map(
      (row) => [row.url, row.count],
    ),
  )

/** A campaign sent to one new subscriber of `site`. */
const sentOnce = async (site = siteId) => {
  const subscription = await addSubscriber(platform.payload, site, { isConfirmed: true })
  const campaign = await addCampaign(platform.payload, site)
  const { delivery, token } = await addDelivery(platform.payload, { site, subscription: subscription.id, campaign: campaign.id })
  return { subscription, campaign, delivery, token }
}

describe('open pixel', () => {
  it('answers a 1×1 transparent GIF with no-store, for known, unknown and malformed tokens alike', async () => {
    const { token } = await sentOnce()
    for (const path of [
      openPixelUrl(platform.baseURL, token),
      openPixelUrl(platform.baseURL, 'A'.repeat(43)),
      `${platform.baseURL}/api/public/newsletter/o/not-a-token`,
    ]) {
      const answer = await get(path)
      expect({ path, status: answer.status }).toEqual({ path, status: 200 })
      expect(answer.headers.get('content-type')).toBe('image/gif')
      expect(answer.headers.get('cache-control')).toBe('no-store')
      const bytes = Buffer.from(await answer.arrayBuffer())
      expect(bytes.equals(PIXEL_GIF)).toBe(true)
      expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a')
      expect([bytes.readUInt16LE(6), bytes.readUInt16LE(8)]).toEqual([1, 1])
    }
  })

  it('records the first of 5 parallel opens once: openedAt set, the subscriber and campaign counted once', async () => {
    const { subscription, campaign, delivery, token } = await sentOnce()
    const ip = freshIp()
    const answers = await Promise.all(Array.from({ length: 5 }, () => pixel(token, ip)))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    const opened = await read(ANALYTICS, delivery.id)
    expect(typeof opened.openedAt).toBe('string')
    expect(opened.clickedAt ?? null).toBeNull()
    expect((await read(SUBSCRIPTIONS, subscription.id)).emailsOpened).toBe(1)
    expect((await read(CAMPAIGNS, campaign.id)).openCount).toBe(1)
    // A later open changes nothing, not even the time of the first.
    await pixel(token)
    expect((await read(ANALYTICS, delivery.id)).openedAt).toBe(opened.openedAt)
    expect((await read(CAMPAIGNS, campaign.id)).openCount).toBe(1)
  })

  it('counts different recipients of one campaign exactly when they open at the same moment', async () => {
    const campaign = await addCampaign(platform.payload, siteId)
    const tokens = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const subscription = await addSubscriber(platform.payload, siteId, { isConfirmed: true })
        return (await addDelivery(platform.payload, { site: siteId, subscription: subscription.id, campaign: campaign.id })).token
      }),
    )
    await Promise.all(tokens.flatMap((token) => [pixel(token), pixel(token)]))
    expect((await read(CAMPAIGNS, campaign.id)).openCount).toBe(6)
  })

  it("loses none of sending's counts while opens are recorded on the same rows at the same moment", async () => {
    // Sending adds to emailsSent and sentCount with atomic increments while earlier emails are being opened.
    const subscription = await addSubscriber(platform.payload, siteId, { isConfirmed: true })
    const campaigns = await Promise.all(Array.from({ length: 8 }, () => addCampaign(platform.payload, siteId)))
    const tokens = await Promise.all(
      campaigns.map(async (campaign) => (await addDelivery(platform.payload, { site: siteId, subscription: subscription.id, campaign: campaign.id })).token),
    )
    const before = await read(SUBSCRIPTIONS, subscription.id)
    const sending = campaigns[0].id
    const sent = () =>
      Promise.all([
        platform.payload.db.updateOne({ collection: SUBSCRIPTIONS, id: subscription.id, data: { emailsSent: { $inc: 1 } }, returning: false }),
        platform.payload.db.updateOne({ collection: CAMPAIGNS, id: sending, data: { sentCount: { $inc: 1 } }, returning: false }),
      ])
    await Promise.all(tokens.flatMap((token) => [pixel(token), sent(), sent()]))
    const after = await read(SUBSCRIPTIONS, subscription.id)
    expect([Number(after.emailsSent) - Number(before.emailsSent ?? 0), Number(after.emailsOpened) - Number(before.emailsOpened ?? 0)]).toEqual([16, 8])
    const totals = await read(CAMPAIGNS, sending)
    expect([totals.sentCount, totals.openCount]).toEqual([16, 1])
  })
})

describe('click redirect', () => {
  it('redirects a signed link with 302; the first of parallel clicks counts once, every click counts for its link', async () => {
    const { subscription, campaign, delivery, token } = await sentOnce()
    const first = 'https://example.com/warsztaty?termin=grudzień&a=1'
    const second = 'http://example.org/o-mnie'
    const answers = await Promise.all([...Array.from({ length: 7 }, () => click(token, first)), ...Array.from({ length: 3 }, () => click(token, second))])
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(302))
    expect(answers[0].headers.get('location')).toBe(new URL(first).href)
    expect(answers[9].headers.get('location')).toBe(second)
    expect(answers[0].headers.get('cache-control')).toBe('no-store')
    const record = await read(ANALYTICS, delivery.id)
    expect(typeof record.clickedAt).toBe('string')
    // A click implies an open.
    expect(typeof record.openedAt).toBe('string')
    const subscriber = await read(SUBSCRIPTIONS, subscription.id)
    expect([subscriber.emailsOpened, subscriber.emailsClicked]).toEqual([1, 1])
    const counts = await read(CAMPAIGNS, campaign.id)
    expect([counts.openCount, counts.clickCount]).toEqual([1, 1])
    // Counted under the normalised address the redirect goes to.
    expect(await linkCounts(campaign.id)).toEqual({ [new URL(first).href]: 7, [second]: 3 })
  })

  it('counts 20 parallel clicks of 4 recipients on one link exactly', async () => {
    const campaign = await addCampaign(platform.payload, siteId)
    const href = 'https://example.com/cennik'
    const tokens = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const subscription = await addSubscriber(platform.payload, siteId, { isConfirmed: true })
        return (await addDelivery(platform.payload, { site: siteId, subscription: subscription.id, campaign: campaign.id })).token
      }),
    )
    const answers = await Promise.all(tokens.flatMap((token) => Array.from({ length: 5 }, () => click(token, href))))
    expect(answers.every((answer) => answer.status === 302)).toBe(true)
    expect(await linkCounts(campaign.id)).toEqual({ [href]: 20 })
    const counts = await read(CAMPAIGNS, campaign.id)
    expect([counts.openCount, counts.clickCount]).toEqual([4, 4])
  })

  it('refuses the open redirect: another address with the original signature is a 400 page, not a redirect, and records nothing', async () => {
    const { campaign, delivery, token } = await sentOnce()
    const signed = new URL(clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token, href: 'https://example.com/ok' }))
    const tampered = new URL(signed)
    tampered.searchParams.set('u', 'https://evil.example')
    const answer = await get(tampered.href)
    expect(answer.status).toBe(400)
    expect(answer.headers.get('location')).toBeNull()
    expect(answer.headers.get('content-type')).toMatch(/text\/html/)
    expect(await answer.text()).toMatch(/Ten link jest nieprawidłowy/)
    const english = await fetch(tampered.href, { redirect: 'manual', headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    expect(english.status).toBe(400)
    expect(await english.text()).toMatch(/This link is not valid/)
    expect((await read(ANALYTICS, delivery.id)).clickedAt ?? null).toBeNull()
    expect(await linkCounts(campaign.id)).toEqual({})
  })

  it('refuses a missing or wrong signature, a non-web address and an unknown token with a 400, never a redirect', async () => {
    const { token } = await sentOnce()
    const base = `${platform.baseURL}/api/public/newsletter/c/${token}`
    const unknown = clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token: 'B'.repeat(43), href: 'https://example.com/' })
    const signedJs = clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token, href: 'javascript:alert(1)' })
    const signedMailto = clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token, href: 'mailto:anna@example.com' })
    const wrongSecret = clickUrl({ serverURL: platform.baseURL, secret: 'another-secret', token, href: 'https://example.com/' })
    for (const url of [
      `${base}?u=${encodeURIComponent('https://example.com/')}`,
      `${base}?u=${encodeURIComponent('https://example.com/')}&s=abc`,
      `${base}`,
      unknown,
      signedJs,
      signedMailto,
      wrongSecret,
    ]) {
      const answer = await get(url)
      expect({ url, status: answer.status, location: answer.headers.get('location') }).toEqual({ url, status: 400, location: null })
    }
  })
})

describe('a site that tracks no individuals', () => {
  it('keeps anonymous campaign totals and per-link counts only: no stamps on the delivery, no subscriber counters', async () => {
    const owner = await createUser(platform.payload)
    const site = await createSite(platform.payload, owner.id)
    await platform.payload.update({ collection: 'sites', id: site.id, data: { newsletterTrackIndividuals: false }, overrideAccess: true }) // test: the owner's setting
    const { subscription, campaign, delivery, token } = await sentOnce(site.id)
    await pixel(token)
    await pixel(token)
    expect((await click(token, 'https://example.com/a')).status).toBe(302)
    const record = await read(ANALYTICS, delivery.id)
    expect([record.openedAt ?? null, record.clickedAt ?? null]).toEqual([null, null])
    const subscriber = await read(SUBSCRIPTIONS, subscription.id)
    expect([subscriber.emailsOpened, subscriber.emailsClicked]).toEqual([0, 0])
    const counts = await read(CAMPAIGNS, campaign.id)
    expect([counts.openCount, counts.clickCount]).toEqual([2, 1])
    expect(await linkCounts(campaign.id)).toEqual({ 'https://example.com/a': 1 })
  })
})

describe('a campaign token (a site that tracks no individuals)', () => {
  /** A campaign of a site with tracking off, sent to one subscriber, and the token its emails carry. */
  const anonymousCampaign = async () => {
    const owner = await createUser(platform.payload)
    const site = await createSite(platform.payload, owner.id)
    await platform.payload.update({ collection: 'sites', id: site.id, data: { newsletterTrackIndividuals: false }, overrideAccess: true }) // test: the owner's setting
    const sent = await sentOnce(site.id)
    return { ...sent, campaignToken: campaignToken(platform.payload.secret, sent.campaign.id) }
  }

  it('counts every open, also 6 parallel ones, in the campaign total only: no delivery or subscriber is touched', async () => {
    const { subscription, campaign, delivery, campaignToken: token } = await anonymousCampaign()
    const answers = await Promise.all(Array.from({ length: 6 }, () => pixel(token)))
    for (const answer of answers) {
      expect([answer.status, answer.headers.get('content-type'), answer.headers.get('cache-control')]).toEqual([200, 'image/gif', 'no-store'])
      expect(Buffer.from(await answer.arrayBuffer()).equals(PIXEL_GIF)).toBe(true)
    }
    expect((await read(CAMPAIGNS, campaign.id)).openCount).toBe(6)
    const record = await read(ANALYTICS, delivery.id)
    expect([record.openedAt ?? null, record.clickedAt ?? null]).toEqual([null, null])
    const subscriber = await read(SUBSCRIPTIONS, subscription.id)
    expect([subscriber.emailsOpened, subscriber.emailsClicked]).toEqual([0, 0])
  })

  it('answers the GIF but counts nothing for a tampered or foreign campaign token', async () => {
    const { campaign, campaignToken: token } = await anonymousCampaign()
    const other = await addCampaign(platform.payload, siteId)
    const mac = token.split('.')[2]
    const forged = [
      `c.${other.id}.${mac}`, // this campaign's MAC on another campaign
      `c.${campaign.id}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, // one character changed
      `c.${campaign.id}.${mac.slice(1)}`, // too short
      `c.${campaign.id}`,
      campaignToken('not-the-server-secret', campaign.id),
    ]
    for (const token of forged) {
      const answer = await pixel(token)
      expect({ token, status: answer.status, type: answer.headers.get('content-type') }).toEqual({ token, status: 200, type: 'image/gif' })
      expect(Buffer.from(await answer.arrayBuffer()).equals(PIXEL_GIF)).toBe(true)
    }
    expect([(await read(CAMPAIGNS, campaign.id)).openCount, (await read(CAMPAIGNS, other.id)).openCount]).toEqual([0, 0])
  })

  it('redirects a click only with a valid signature and counts it per link; nothing for a forged token or signature', async () => {
    const { subscription, campaign, delivery, campaignToken: token } = await anonymousCampaign()
    const first = 'https://example.com/warsztaty'
    const second = 'https://example.com/cennik?od=1'
    const answers = await Promise.all([...Array.from({ length: 4 }, () => click(token, first)), click(token, second)])
    expect(answers.map((answer) => [answer.status, answer.headers.get('location')])).toEqual([...Array(4).fill([302, first]), [302, second]])
    expect(await linkCounts(campaign.id)).toEqual({ [first]: 4, [second]: 1 })
    expect((await read(CAMPAIGNS, campaign.id)).clickCount).toBe(5)

    const signed = new URL(clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token, href: first }))
    const tampered = new URL(signed)
    tampered.searchParams.set('u', 'https://evil.example/')
    const unsigned = new URL(signed)
    unsigned.searchParams.delete('s')
    const mac = token.split('.')[2]
    // A forged campaign token signed with the real secret still fails: the token itself is checked.
    const forgedToken = clickUrl({ serverURL: platform.baseURL, secret: platform.payload.secret, token: `c.${campaign.id}.${'A'.repeat(43)}`, href: first })
    const foreignSecret = clickUrl({ serverURL: platform.baseURL, secret: 'another-secret', token: campaignToken('another-secret', campaign.id), href: first })
    const otherCampaign = `${platform.baseURL}/api/public/newsletter/c/c.${campaign.id + 1}.${mac}${signed.search}`
    for (const url of [tampered.href, unsigned.href, forgedToken, foreignSecret, otherCampaign]) {
      const answer = await get(url)
      expect({ url, status: answer.status, location: answer.headers.get('location') }).toEqual({ url, status: 400, location: null })
    }
    expect(await linkCounts(campaign.id)).toEqual({ [first]: 4, [second]: 1 })
    const totals = await read(CAMPAIGNS, campaign.id)
    expect([totals.openCount, totals.clickCount]).toEqual([0, 5])
    const record = await read(ANALYTICS, delivery.id)
    expect([record.openedAt ?? null, record.clickedAt ?? null]).toEqual([null, null])
    expect((await read(SUBSCRIPTIONS, subscription.id)).emailsClicked).toBe(0)
  })

  it('is rate-limited per IP like a delivery token: past the limit it answers as usual and counts nothing', async () => {
    process.env.NEWSLETTER_TRACK_PER_IP = '2'
    try {
      const { campaign, campaignToken: token } = await anonymousCampaign()
      const ip = freshIp()
      expect((await pixel(token, ip)).status).toBe(200)
      expect((await click(token, 'https://example.com/a', ip)).status).toBe(302)
      expect((await pixel(token, ip)).headers.get('content-type')).toBe('image/gif')
      expect((await click(token, 'https://example.com/a', ip)).headers.get('location')).toBe('https://example.com/a')
      const totals = await read(CAMPAIGNS, campaign.id)
      expect([totals.openCount, totals.clickCount]).toEqual([1, 1])
      expect(await linkCounts(campaign.id)).toEqual({ 'https://example.com/a': 1 })
    } finally {
      delete process.env.NEWSLETTER_TRACK_PER_IP
    }
  })
})

describe('the per-IP limit', () => {
  it('past NEWSLETTER_TRACK_PER_IP the pixel and a signed redirect still answer, but nothing is recorded', async () => {
    process.env.NEWSLETTER_TRACK_PER_IP = '2'
    try {
      const ip = freshIp()
      const counted = await sentOnce()
      const over = await sentOnce()
      expect((await pixel(counted.token, ip)).status).toBe(200)
      expect((await click(counted.token, 'https://example.com/a', ip)).status).toBe(302)
      const gif = await pixel(over.token, ip)
      expect([gif.status, gif.headers.get('content-type')]).toEqual([200, 'image/gif'])
      const redirect = await click(over.token, 'https://example.com/b', ip)
      expect([redirect.status, redirect.headers.get('location')]).toEqual([302, 'https://example.com/b'])
      expect(typeof (await read(ANALYTICS, counted.delivery.id)).clickedAt).toBe('string')
      const ignored = await read(ANALYTICS, over.delivery.id)
      expect([ignored.openedAt ?? null, ignored.clickedAt ?? null]).toEqual([null, null])
      expect(await linkCounts(over.campaign.id)).toEqual({})
      // Another network is not affected.
      expect((await pixel(over.token)).status).toBe(200)
      expect(typeof (await read(ANALYTICS, over.delivery.id)).openedAt).toBe('string')
    } finally {
      delete process.env.NEWSLETTER_TRACK_PER_IP
    }
  })
})
