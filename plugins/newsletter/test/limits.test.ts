/**
 * Limits over real HTTP: the per-IP and per-address sign-up limits (atomic: parallel requests cannot pass them
 * together) and the owner's plan limit on subscribers (payments' plans, set up through the Local API), which a
 * visitor never notices: the same 202, nothing stored or sent, the owner told once.
 */
import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, delivered, mailsTo, onServer, publishSiteAs, startSmtpListener, startTestPlatform } from '@platform/testing'
import { LIST_FULL } from '../endpoints/listFull'
import { SUBSCRIPTIONS } from '../slugs'
import { freshIp, linkIn, page, subscribeRequest } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let counter = 0
const address = () => `limits-${Date.now().toString(36)}-${++counter}@example.test`

/** A published site; `unlimited`: its owner has a plan without a subscriber limit (the free plan allows two). */
const newSite = async ({ unlimited = false } = {}) => {
  const owner = await createUser(platform.payload, { locale: 'pl' })
  if (unlimited) {
    const plan = (await platform.payload.find({ collection: 'plans', where: { slug: { equals: 'studio' } }, overrideAccess: true })).docs[0]
    const planEndsAt = new Date(Date.now() + 30 * 24 * 3_600_000).toISOString()
    await platform.payload.update({ collection: 'users', id: owner.id, data: { plan: plan.id, planEndsAt }, overrideAccess: true })
  }
  const site = await createSite(platform.payload, owner.id, `Studio ${++counter}`)
  await publishSiteAs(platform.payload, site.id)
  return { owner, site }
}

const rows = async (siteId: number) =>
  (await platform.payload.count({ collection: SUBSCRIPTIONS, where: { site: { equals: siteId } }, overrideAccess: true })).totalDocs

const setRate = (perIp: number, perAddress: number) => {
  process.env.NEWSLETTER_SUBSCRIBE_PER_IP = String(perIp)
  process.env.NEWSLETTER_SUBSCRIBE_PER_ADDRESS = String(perAddress)
}

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  setRate(1000, 1000)
  platform = await startTestPlatform()
  // The plans of the payments plugin: the free plan allows two subscribers.
  await platform.payload.create({
    collection: 'plans',
    data: { slug: 'free', namePl: 'Darmowy', nameEn: 'Free', monthlyPrice: 0, yearlyPrice: 0, isFree: true, limits: { maxNewsletterSubscribers: 2 } },
    overrideAccess: true,
  })
  await platform.payload.create({
    collection: 'plans',
    data: { slug: 'studio', namePl: 'Studio', nameEn: 'Studio', monthlyPrice: 9900, yearlyPrice: 99000, limits: {} },
    overrideAccess: true,
  })
})

afterEach(() => setRate(1000, 1000))

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_RETRY_DELAY_MS', 'NEWSLETTER_SUBSCRIBE_PER_IP', 'NEWSLETTER_SUBSCRIBE_PER_ADDRESS']) delete process.env[name]
})

describe('rate limits', () => {
  it('lets exactly N of many parallel sign-ups from one IP through, the rest get 429 with Retry-After', async () => {
    setRate(3, 1000)
    const { site } = await newSite({ unlimited: true })
    const ip = freshIp()
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => subscribeRequest(platform.baseURL, site.identifier, { email: address(), consent: true }, { ip })),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 202)).toHaveLength(3)
    expect(statuses.filter((status) => status === 429)).toHaveLength(9)
    const refused = answers.find((answer) => answer.status === 429)!
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // In the language of the page signed up on (Polish when the form names none).
    expect(refused.body.errors[0].message).toBe('Z Twojej sieci wysłano zbyt wiele zapisów. Spróbuj ponownie później.')
    const english = await subscribeRequest(platform.baseURL, site.identifier, { email: address(), consent: true, locale: 'en' }, { ip })
    expect({ status: english.status, message: english.body.errors[0].message }).toEqual({
      status: 429,
      message: 'Too many sign-ups from your network. Please try again later.',
    })
    expect(await rows(site.id)).toBe(3)
    // Another network is not affected.
    expect((await subscribeRequest(platform.baseURL, site.identifier, { email: address(), consent: true }, { ip: freshIp() })).status).toBe(202)
  })

  it('limits one address across networks and sites, so nobody floods an inbox with confirmations', async () => {
    setRate(1000, 2)
    const [{ site: first }, { site: second }] = [await newSite({ unlimited: true }), await newSite({ unlimited: true })]
    const email = address()
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => subscribeRequest(platform.baseURL, (i % 2 ? first : second).identifier, { email, consent: true }, { ip: freshIp() })),
    )
    expect(answers.filter((answer) => answer.status === 202)).toHaveLength(2)
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(6)
    expect(answers.find((answer) => answer.status === 429)!.body.errors[0].message).toBe('Ten adres zapisywano już zbyt wiele razy. Spróbuj ponownie później.')
    await delivered(smtp, email, /Potwierdź zapis/, 2)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(mailsTo(smtp, email)).toHaveLength(2)
  })
})

describe("the owner's plan limit", () => {
  it('answers the same 202 when the list is full, stores and sends nothing, and tells the owner once', async () => {
    const { owner, site } = await newSite()
    const emails = [address(), address(), address(), address()]
    const answers = []
    for (const email of emails) answers.push(await subscribeRequest(platform.baseURL, site.identifier, { email, consent: true }, { ip: freshIp() }))
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202])
    for (const answer of answers.slice(1)) expect(answer.body).toEqual(answers[0].body)
    expect(await rows(site.id)).toBe(2)
    await delivered(smtp, emails[1], /Potwierdź zapis/)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(mailsTo(smtp, emails[2])).toEqual([])
    expect(mailsTo(smtp, emails[3])).toEqual([])
    const notes = await platform.payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: owner.id } }, { notificationType: { equals: LIST_FULL } }] },
      overrideAccess: true,
    })
    expect(notes.docs).toHaveLength(1)
    expect(notes.docs[0].site).toBeTruthy()
    expect(notes.docs[0].message).toBe(
      `Lista newslettera strony ${site.name} osiągnęła limit subskrybentów Twojego planu: nowe zapisy są odrzucane. Wyższy plan pozwala na więcej subskrybentów.`,
    )

    // Unsubscribing frees a place.
    const link = linkIn(await delivered(smtp, emails[0], /Potwierdź zapis/), 'unsubscribe')
    expect((await page(onServer(platform.baseURL, link), { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200)
    expect((await subscribeRequest(platform.baseURL, site.identifier, { email: emails[2], consent: true }, { ip: freshIp() })).status).toBe(202)
    expect(await rows(site.id)).toBe(3)
    await delivered(smtp, emails[2], /Potwierdź zapis/)
  })

  it('lets no more than the limit through when many sign up at once', async () => {
    const { site } = await newSite()
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => subscribeRequest(platform.baseURL, site.identifier, { email: address(), consent: true }, { ip: freshIp() })),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(202))
    expect(await rows(site.id)).toBe(2)
  })

  it('does not count abandoned sign-ups whose confirmation link expired', async () => {
    const { site } = await newSite()
    for (const email of [address(), address()]) await subscribeRequest(platform.baseURL, site.identifier, { email, consent: true }, { ip: freshIp() })
    const stale = new Date(Date.now() - 8 * 24 * 3_600_000).toISOString()
    await platform.payload.update({
      collection: SUBSCRIPTIONS,
      where: { site: { equals: site.id } },
      data: { confirmationSentAt: stale },
      overrideAccess: true,
    })
    await subscribeRequest(platform.baseURL, site.identifier, { email: address(), consent: true }, { ip: freshIp() })
    expect(await rows(site.id)).toBe(3)
  })
})
