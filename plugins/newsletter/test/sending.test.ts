/**
 * Sending campaigns for real: the platform's job runner sends through a real SMTP listener (smtp-server on
 * 127.0.0.1). A campaign entering `sending` is queued and sent to the site's active, confirmed, every-issue
 * subscribers only, exactly once each, with List-Unsubscribe headers and signed tracked links (the campaign's
 * anonymous token in them when the site turned individual tracking off); the sliding-window rate limit holds; repeated SMTP failures pause the campaign
 * and tell the owner; a 550 at RCPT TO deactivates the subscriber (hard bounce).
 */
import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, decodeSubject, mimePart, startSmtpListener, startTestPlatform, waitFor } from '@platform/testing'
import { campaignToken, clickSignatureValid } from '../lib/tracking'
import { ANALYTICS, CAMPAIGNS, LINK_CLICKS, SUBSCRIPTIONS } from '../slugs'
import { acceptedBy, addSubscribers, createCampaign } from './fixtures'
import { freshIp } from './support'

let smtp: SmtpListener
let platform: TestPlatform
const ENV = {
  EMAIL_FROM: 'Platforma Test <no-reply@platforma.test>',
  NEWSLETTER_SEND_LOCK_MS: '2000',
  NEWSLETTER_DISPATCH_MS: '300',
  EMAIL_RETRY_DELAY_MS: '200',
}

beforeAll(async () => {
  smtp = await startSmtpListener()
  Object.assign(process.env, ENV, { SMTP_URL: smtp.url })
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of [...Object.keys(ENV), 'SMTP_URL', 'NEWSLETTER_RATE_PER_MINUTE', 'NEWSLETTER_RATE_WINDOW_MS', 'NEWSLETTER_MAX_CONSECUTIVE_FAILURES'])
    delete process.env[name]
})

const newSite = async (name: string, { track = true }: { track?: boolean } = {}) => {
  const owner = await createUser(platform.payload, { locale: 'pl' })
  const site = await createSite(platform.payload, owner.id, name)
  if (!track) await platform.payload.update({ collection: 'sites', id: site.id, data: { newsletterTrackIndividuals: false }, overrideAccess: true }) // test setup
  return { owner, site }
}

/** An editor's "Send now" (the status move; the endpoints are tested in campaigns.test.ts). */
const sendNow = (id: number) => platform.payload.update({ collection: CAMPAIGNS, id, data: { status: 'sending' }, overrideAccess: true }) // test setup

const campaignWhen = (id: number, status: string, timeoutMs = 30_000) =>
  waitFor(
    async () => {
      const doc = await platform.payload.findByID({ collection: CAMPAIGNS, id, depth: 0, overrideAccess: true })
      return doc.status === status ? doc : undefined
    },
    { timeoutMs, what: `campaign ${id} ${status}` },
  )

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))

describe('a campaign', () => {
  it('goes to the active, confirmed every-issue subscribers only, once each, with List-Unsubscribe and signed tracked links', async () => {
    const { site, owner } = await newSite('Studio Wysyłki')
    const each = await addSubscribers(platform.payload, site.id, 6, { prefix: 'each' })
    const english = await addSubscribers(platform.payload, site.id, 2, { prefix: 'each-en', locale: 'en' })
    const others = [
      ...(await addSubscribers(platform.payload, site.id, 2, { prefix: 'weekly', frequency: 'weekly' })),
      ...(await addSubscribers(platform.payload, site.id, 2, { prefix: 'monthly', frequency: 'monthly' })),
      ...(await addSubscribers(platform.payload, site.id, 1, { prefix: 'inactive', isActive: false })),
    ]
    const pending = await platform.payload.create({
      collection: SUBSCRIPTIONS,
      data: { site: site.id, email: `pending-${Date.now()}@example.test`, frequency: 'each', locale: 'pl' },
      overrideAccess: true,
    }) // test setup
    const campaign = await createCampaign(platform.payload, site.id)
    await sendNow(campaign.id)
    const sent = await campaignWhen(campaign.id, 'sent')
    expect(sent).toMatchObject({ recipientCount: 8, sentCount: 8, failedCount: 0 })
    expect(sent.sentAt).toBeTruthy()

    const by = acceptedBy(smtp)
    for (const { email } of [...each, ...english]) expect({ email, count: by.get(email)?.length }).toEqual({ email, count: 1 })
    for (const { email } of [...others, { email: pending.email }]) expect(by.get(email)).toBeUndefined()

    const mail = by.get(each[0].email)![0]
    expect(decodeSubject(mail.headers.subject)).toBe('Wiosenne warsztaty')
    expect(mail.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/localhost:3999\/api\/public\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]+>, <mailto:no-reply@platforma\.test\?subject=unsubscribe%20[A-Za-z0-9_-]+>$/,
    )
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    // Replies reach the site's owner, not the platform's no-reply sender.
    expect(mail.headers['reply-to']).toContain(owner.email)
    expect(mail.headers['list-id']).toContain('.newsletter.platforma.test>')
    expect(mail.headers['message-id']).toMatch(/^<newsletter-\d+@platforma\.test>$/)
    const html = mimePart(mail.raw, 'text/html')!
    const text = mimePart(mail.raw, 'text/plain')!
    const click = hrefs(html).find((href) => href.includes('/api/public/newsletter/c/'))!
    const url = new URL(click)
    const token = url.pathname.split('/').pop()!
    expect(url.searchParams.get('u')).toBe('https://example.com/zapisy?x=1&y=2')
    expect(clickSignatureValid({ secret: platform.payload.secret, token, href: url.searchParams.get('u')!, signature: url.searchParams.get('s') })).toBe(true)
    expect(html).toContain(`/api/public/newsletter/o/${token}`)
    expect(text).toContain('Wypisz się: http://localhost:3999/api/public/newsletter/unsubscribe?token=')
    // The English subscribers got the English version.
    expect(decodeSubject(by.get(english[0].email)![0].headers.subject)).toBe('Spring workshops')

    // One delivery per recipient, sent; the tracking token in the email is the one whose hash the delivery keeps.
    const deliveries = await platform.payload.find({
      collection: ANALYTICS,
      where: { campaign: { equals: campaign.id } },
      limit: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(deliveries.docs).toHaveLength(8)
    expect(deliveries.docs.every((doc) => doc.sentAt && !doc.failedAt && doc.kind === 'campaign')).toBe(true)
    const { hashToken } = await import('@platform')
    expect(deliveries.docs.map((doc) => doc.trackingToken)).toContain(hashToken(token))
    const reader = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id: each[0].id, overrideAccess: true })
    expect(reader.emailsSent).toBe(1)
    expect(reader.lastSentAt).toBeTruthy()
  })

  it("with individual tracking off carries the campaign's token (the same for all, no delivery's) and counts opens and clicks anonymously", async () => {
    const { site } = await newSite('Studio Bez Śledzenia', { track: false })
    const readers = await addSubscribers(platform.payload, site.id, 3, { prefix: 'untracked' })
    const campaign = await createCampaign(platform.payload, site.id)
    await sendNow(campaign.id)
    await campaignWhen(campaign.id, 'sent')
    const by = acceptedBy(smtp)
    const mails = readers.map(({ email }) => by.get(email)![0])
    const expected = campaignToken(platform.payload.secret, campaign.id)
    const pixels: string[] = []
    const clicks: string[] = []
    for (const mail of mails) {
      const html = mimePart(mail.raw, 'text/html')!
      const pixel = /<img[^>]+src="([^"]*\/api\/public\/newsletter\/o\/[^"]+)"/.exec(html)?.[1]
      const click = hrefs(html).find((href) => href.includes('/api/public/newsletter/c/'))!
      expect(pixel).toBe(`http://localhost:3999/api/public/newsletter/o/${expected}`)
      const url = new URL(click)
      expect(url.pathname).toBe(`/api/public/newsletter/c/${expected}`)
      expect(url.searchParams.get('u')).toBe('https://example.com/zapisy?x=1&y=2')
      expect(
        clickSignatureValid({ secret: platform.payload.secret, token: expected, href: url.searchParams.get('u')!, signature: url.searchParams.get('s') }),
      ).toBe(true)
      pixels.push(pixel!)
      clicks.push(click)
      expect(mail.headers['list-unsubscribe']).toBeTruthy()
    }
    // Every recipient got the very same links: they name the campaign, not the reader.
    expect(new Set(pixels).size).toBe(1)
    expect(new Set(clicks).size).toBe(1)
    const deliveries = () =>
      platform.payload.find({ collection: ANALYTICS, where: { campaign: { equals: campaign.id } }, limit: 0, overrideAccess: true, showHiddenFields: true })
    const { hashToken } = await import('@platform')
    expect((await deliveries()).docs.map((doc) => doc.trackingToken === hashToken(expected))).toEqual([false, false, false])

    // Over HTTP, from the addresses in the emails: two readers open (one twice), one clicks.
    const local = (href: string) => `${platform.baseURL}${new URL(href).pathname}${new URL(href).search}`
    for (const pixel of [pixels[0], pixels[1], pixels[1]]) {
      const answer = await fetch(local(pixel), { headers: { 'x-forwarded-for': freshIp() } })
      expect([answer.status, answer.headers.get('content-type')]).toEqual([200, 'image/gif'])
    }
    const redirect = await fetch(local(clicks[2]), { redirect: 'manual', headers: { 'x-forwarded-for': freshIp() } })
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, 'https://example.com/zapisy?x=1&y=2'])
    const totals = await platform.payload.findByID({ collection: CAMPAIGNS, id: campaign.id, depth: 0, overrideAccess: true })
    expect([totals.sentCount, totals.openCount, totals.clickCount]).toEqual([3, 3, 1])
    const links = await platform.payload.find({ collection: LINK_CLICKS, where: { campaign: { equals: campaign.id } }, overrideAccess: true })
    expect(links.docs.map((row) => [row.url, row.count])).toEqual([['https://example.com/zapisy?x=1&y=2', 1]])
    // Nothing about anyone: no stamps on the deliveries, no counters on the subscribers.
    expect((await deliveries()).docs.map((doc) => [doc.openedAt ?? null, doc.clickedAt ?? null])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ])
    for (const reader of readers) {
      const subscriber = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id: reader.id, depth: 0, overrideAccess: true })
      expect([subscriber.emailsSent, subscriber.emailsOpened ?? 0, subscriber.emailsClicked ?? 0]).toEqual([1, 0, 0])
    }
  })

  it('keeps to the sliding-window rate limit across the whole platform', async () => {
    process.env.NEWSLETTER_RATE_PER_MINUTE = '4'
    process.env.NEWSLETTER_RATE_WINDOW_MS = '1500'
    try {
      const { site } = await newSite('Studio Limitu')
      await addSubscribers(platform.payload, site.id, 10, { prefix: 'rated' })
      const campaign = await createCampaign(platform.payload, site.id)
      const started = Date.now()
      await sendNow(campaign.id)
      await campaignWhen(campaign.id, 'sent')
      // 10 emails at 4 per 1.5 s need at least two full windows after the first four.
      expect(Date.now() - started).toBeGreaterThanOrEqual(3000)
      const claims = (
        await platform.payload.find({ collection: ANALYTICS, where: { campaign: { equals: campaign.id } }, limit: 0, overrideAccess: true })
      ).docs.map((doc) => Date.parse(doc.claimedAt!))
      expect(claims).toHaveLength(10)
      const worst = Math.max(...claims.map((at) => claims.filter((other) => other >= at && other < at + 1500).length))
      expect(worst).toBeLessThanOrEqual(4)
    } finally {
      delete process.env.NEWSLETTER_RATE_PER_MINUTE
      delete process.env.NEWSLETTER_RATE_WINDOW_MS
    }
  })

  it('pauses after N failures in a row, tells the owner in the admin and by email, and finishes once resumed', async () => {
    process.env.NEWSLETTER_MAX_CONSECUTIVE_FAILURES = '3'
    const { owner, site } = await newSite('Studio Awarii')
    const readers = await addSubscribers(platform.payload, site.id, 8, { prefix: 'failing' })
    const campaign = await createCampaign(platform.payload, site.id)
    smtp.refuseAll(451)
    try {
      await sendNow(campaign.id)
      const paused = await campaignWhen(campaign.id, 'paused')
      expect(paused.pausedReason).toMatch(/^451 /)
    } finally {
      smtp.refuseAll(undefined)
      delete process.env.NEWSLETTER_MAX_CONSECUTIVE_FAILURES
    }
    expect(readers.every(({ email }) => !acceptedBy(smtp).has(email))).toBe(true)
    // The owner is told right after the status is written (sendCampaign's settle, then tellOwnerPaused): wait for it.
    const notifications = await waitFor(
      async () => {
        const found = await platform.payload.find({
          collection: 'notifications',
          where: { and: [{ user: { equals: owner.id } }, { notificationType: { equals: 'newsletter.campaign-paused' } }] },
          overrideAccess: true,
        })
        return found.docs.length ? found : undefined
      },
      { what: 'the owner notification' },
    )
    expect(notifications.docs).toHaveLength(1)
    expect(notifications.docs[0].message).toContain('Wiosenne warsztaty')
    const email = await waitFor(
      async () =>
        smtp.received.find((mail) => mail.accepted && mail.headers.to?.includes(owner.email) && /wstrzymana/.test(decodeSubject(mail.headers.subject))),
      { what: 'the owner email' },
    )
    expect(decodeSubject(email.headers.subject)).toBe('Wysyłka kampanii „Wiosenne warsztaty” została wstrzymana')
    expect(mimePart(email.raw, 'text/plain')).toContain('451')
    // Only the failed attempts were tried (no more than the limit), and each counts as a temporary failure.
    const tried = await platform.payload.find({ collection: ANALYTICS, where: { campaign: { equals: campaign.id } }, limit: 0, overrideAccess: true })
    expect(tried.docs.length).toBeGreaterThanOrEqual(3)
    expect(tried.docs.length).toBeLessThanOrEqual(3 + 4) // the limit plus what was in flight (NEWSLETTER_SEND_CONCURRENCY 5)
    // Resumed: everyone gets it once, the failed ones retried after the lock lifetime (2 s here).
    await platform.payload.update({ collection: CAMPAIGNS, id: campaign.id, data: { status: 'sending' }, overrideAccess: true }) // test setup: Resume
    await campaignWhen(campaign.id, 'sent')
    for (const { email } of readers) expect({ email, count: acceptedBy(smtp).get(email)?.length }).toEqual({ email, count: 1 })
  })

  it('treats a 550 at RCPT TO as a hard bounce: the subscriber is deactivated, the rest get the campaign', async () => {
    const { site } = await newSite('Studio Odbić')
    const readers = await addSubscribers(platform.payload, site.id, 4, { prefix: 'bouncy' })
    smtp.refuseRecipient(readers[1].email, 550)
    const campaign = await createCampaign(platform.payload, site.id)
    await sendNow(campaign.id)
    const sent = await campaignWhen(campaign.id, 'sent')
    expect(sent).toMatchObject({ recipientCount: 4, sentCount: 3, failedCount: 1 })
    const bounced = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id: readers[1].id, overrideAccess: true })
    expect(bounced.isActive).toBe(false)
    expect(bounced.hardBouncedAt).toBeTruthy()
    expect(bounced.emailsSent).toBe(0)
    const delivery = await platform.payload.find({
      collection: ANALYTICS,
      where: { and: [{ campaign: { equals: campaign.id } }, { subscription: { equals: readers[1].id } }] },
      overrideAccess: true,
    })
    expect(delivery.docs[0].failedAt).toBeTruthy()
    expect(delivery.docs[0].failure).toMatch(/^550 /)
    for (const reader of [readers[0], readers[2], readers[3]]) expect(acceptedBy(smtp).get(reader.email)).toHaveLength(1)
  })

  it('starts a scheduled campaign when its time comes', async () => {
    const { site } = await newSite('Studio Planu')
    const [reader] = await addSubscribers(platform.payload, site.id, 1, { prefix: 'scheduled' })
    const campaign = await createCampaign(platform.payload, site.id, { status: 'scheduled', scheduledAt: new Date(Date.now() + 1500).toISOString() })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(acceptedBy(smtp).get(reader.email)).toBeUndefined()
    await campaignWhen(campaign.id, 'sent')
    expect(acceptedBy(smtp).get(reader.email)).toHaveLength(1)
  })
})
