/**
 * The owner's billing over real HTTP: the platform and the P24 simulator on 127.0.0.1, a real SMTP listener.
 * Checkout → pay at the simulator → notification → paid with a receipt number → the receipt email with its PDF;
 * the receipt download and who may have it; bad bodies; the pay link other plugins send payers to; the plan
 * notices job; the failed-payment email.
 */
import { createLocalReq } from 'payload'

import { publishEvent } from '@platform'
import type { Session, SmtpListener, TestPlatform } from '@platform/testing'
import {
  addTeamMember,
  createSite,
  createUser,
  decodeSubject,
  delivered,
  mailsTo,
  PASSWORD,
  session,
  signIn,
  startSmtpListener,
  startTestPlatform,
  TEST_PUBLIC_URL,
} from '@platform/testing'
import { sendPlanNotices } from '..'
import type { TransactionNotification } from '../p24'
import { DEMO_PLANS } from '../seed'
import { pdfText } from './pdfText'
import { scaledRetryDelays, startP24Simulator, type P24Simulator } from '../simulator'

const creds = { merchantId: 22222, posId: 22222, apiKey: 'billing-api-key', crc: 'billing-crc-key' }
const P24_ENV = ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL'] as const

let platform: TestPlatform
let sim: P24Simulator
let smtp: SmtpListener
const plans: Record<string, number> = {}
let staff: Session

beforeAll(async () => {
  sim = await startP24Simulator({ ...creds, retryDelaysMs: scaledRetryDelays(1) })
  smtp = await startSmtpListener()
  Object.assign(process.env, {
    P24_MERCHANT_ID: String(creds.merchantId),
    P24_POS_ID: String(creds.posId),
    P24_API_KEY: creds.apiKey,
    P24_CRC: creds.crc,
    P24_BASE_URL: sim.url,
    SMTP_URL: smtp.url,
    EMAIL_RETRY_DELAY_MS: '300',
  })
  platform = await startTestPlatform()
  process.env.P24_NOTIFY_URL = `${platform.baseURL}/api/payments/p24/notify`
  for (const plan of [...DEMO_PLANS, { ...DEMO_PLANS[1], slug: 'legacy', namePl: 'Stary', nameEn: 'Legacy', isActive: false }]) {
    plans[plan.slug] = (await platform.payload.create({ collection: 'plans', data: plan, overrideAccess: true })).id
  }
  const staffUser = await createUser(platform.payload, { isStaff: true })
  staff = await signIn(platform.baseURL, staffUser.email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
  await sim?.close()
  await smtp?.close()
  for (const name of [...P24_ENV, 'P24_NOTIFY_URL', 'SMTP_URL', 'EMAIL_RETRY_DELAY_MS', 'PAYMENTS_CHECKOUT_PER_HOUR']) delete process.env[name]
})

const owner = async (locale: 'pl' | 'en' = 'pl', name?: { firstName: string; lastName: string }) => {
  const user = await createUser(platform.payload, { locale })
  if (name) await platform.payload.update({ collection: 'users', id: user.id, data: name, overrideAccess: true })
  return { user, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}
const paymentById = (id: number) => platform.payload.findByID({ collection: 'payments', id, depth: 0, overrideAccess: true })
const paymentsOf = async (userId: number) =>
  (await platform.payload.find({ collection: 'payments', where: { user: { equals: userId } }, overrideAccess: true, pagination: false })).docs
const tokenOf = (redirectUrl: string) => decodeURIComponent(redirectUrl.split('/trnRequest/')[1])
const postNotification = (body: object) =>
  fetch(`${platform.baseURL}/api/payments/p24/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
/** The first application/pdf part of a raw message, decoded. */
const pdfAttachment = (raw: string): { filename: string; pdf: Buffer } | undefined => {
  const at = raw.search(/Content-Type: application\/pdf/i)
  if (at < 0) return undefined
  const rest = raw.slice(at)
  const headerEnd = rest.search(/\r?\n\r?\n/)
  const filename = /filename="?([^";\r\n]+)"?/i.exec(rest.slice(0, headerEnd))?.[1] ?? ''
  const body = rest
    .slice(headerEnd)
    .replace(/^\r?\n\r?\n/, '')
    .split(/\r?\n--/)[0]
  return { filename, pdf: Buffer.from(body.replace(/\s+/g, ''), 'base64') }
}
const checkout = (client: Session, body: unknown) =>
  client.request<{ paymentId: number; redirectUrl: string; errors: { message: string }[] }>('POST', '/api/payments/checkout', body)
const download = async (client: Session | null, id: number) => {
  const res = await fetch(`${platform.baseURL}/api/payments/${id}/receipt`, {
    headers: { origin: TEST_PUBLIC_URL, ...(client?.cookie() ? { cookie: client.cookie()! } : {}) },
  })
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }
}
/** A pending payment another plugin made through the Local API (trusted code), optionally paid to a site. */
const pluginPayment = async (userId: number, email: string, siteId?: number) =>
  platform.payload.create({
    collection: 'payments',
    data: {
      user: userId,
      amount: 15000,
      description: 'Bilet: Warsztaty oddechu',
      email,
      purpose: 'workshop-test.ticket',
      reference: 'registration-1',
      returnUrl: 'https://studio.example/warsztaty',
      ...(siteId ? { site: siteId } : {}),
    },
    overrideAccess: true,
  })

describe('owner checkout and receipt', () => {
  it('buys a plan: 201 with the P24 address, paid at P24, receipt number, receipt email with the PDF in Polish', async () => {
    const { user, client } = await owner('pl', { firstName: 'Anna', lastName: 'Gęślińska' })
    const res = await checkout(client, { plan: plans.pro, period: 'monthly' })
    expect(res.status).toBe(201)
    const { paymentId, redirectUrl } = res.body
    expect(redirectUrl).toMatch(new RegExp(`^${sim.url}/trnRequest/`))
    expect(await paymentById(paymentId)).toMatchObject({
      user: user.id,
      status: 'pending',
      amount: 4900,
      currency: 'PLN',
      purpose: 'plan',
      reference: String(plans.pro),
      plan: plans.pro,
      period: 'monthly',
      email: user.email,
      description: 'Plan Pro – 1 miesiąc',
      returnUrl: `${TEST_PUBLIC_URL}/admin/billing?payment=${paymentId}`,
    })
    expect(sim.transactions().find((tx) => tx.token === tokenOf(redirectUrl))).toMatchObject({
      amount: 4900,
      urlReturn: `${TEST_PUBLIC_URL}/admin/billing?payment=${paymentId}`,
    })

    sim.pay(tokenOf(redirectUrl))
    await sim.idle()
    const paid = await paymentById(paymentId)
    expect(paid.status).toBe('paid')
    expect(paid.receiptNumber).toMatch(/^R\/\d{4}\/\d{6}$/)

    const mail = await delivered(smtp, user.email, /Dziękujemy za płatność/)
    expect(decodeSubject(mail.headers.subject!)).toBe('Dziękujemy za płatność – Plan Pro – 1 miesiąc')
    const attachment = pdfAttachment(mail.raw)!
    expect(attachment.filename).toBe(`receipt-${paid.receiptNumber!.replace(/\//g, '-')}.pdf`)
    expect(attachment.pdf.subarray(0, 4).toString()).toBe('%PDF')
    const text = await pdfText(attachment.pdf)
    for (const expected of [paid.receiptNumber!, 'Potwierdzenie zapłaty', 'Anna Gęślińska', 'Plan Pro – 1 miesiąc', '49,00 zł', 'Przelewy24'])
      expect(text).toContain(expected)

    // Downloads: the payer and staff get the PDF; another user and a pending payment's receipt are 404; signed out 401.
    const own = await download(client, paymentId)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('application/pdf')
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="receipt-${paid.receiptNumber!.replace(/\//g, '-')}.pdf"`)
    expect(await pdfText(own.body)).toContain(paid.receiptNumber!)
    expect((await download(staff, paymentId)).status).toBe(200)
    const stranger = await owner('en')
    expect((await download(stranger.client, paymentId)).status).toBe(404)
    expect((await download(null, paymentId)).status).toBe(401)
    expect((await download(client, 999_999)).status).toBe(404)
    const pending = await checkout(client, { plan: plans.studio, period: 'yearly' })
    expect(pending.status).toBe(201)
    expect(await paymentById(pending.body.paymentId)).toMatchObject({ amount: 129000, description: 'Plan Studio – 1 rok' })
    expect((await download(client, pending.body.paymentId)).status).toBe(404)
  })

  it('refuses bad bodies with a 400 and creates nothing; signed out 401', async () => {
    const { user, client } = await owner('en')
    const bad: [unknown, RegExp][] = [
      [{ period: 'monthly' }, /^Plan is required$/],
      [{ plan: String(plans.pro), period: 'monthly' }, /^Plan: enter a number$/],
      [{ plan: plans.pro, period: 'weekly' }, /^Billing period: choose monthly or yearly billing$/],
      [{ plan: 999_999, period: 'monthly' }, /not offered/],
      [{ plan: plans.legacy, period: 'monthly' }, /not offered/],
      [{ plan: plans.free, period: 'yearly' }, /free plan/],
    ]
    for (const [body, message] of bad) {
      const res = await checkout(client, body)
      expect({ body, status: res.status }).toEqual({ body, status: 400 })
      expect(res.body.errors[0].message).toMatch(message)
    }
    expect(await paymentsOf(user.id)).toEqual([])
    const anonymous = await session(platform.baseURL).request('POST', '/api/payments/checkout', { plan: plans.pro, period: 'monthly' })
    expect(anonymous.status).toBe(401)
    // In the owner's language.
    const polish = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'pl' })
    const refused = await polish.request('POST', '/api/payments/checkout', { plan: plans.pro, period: 'weekly' })
    expect(refused.body.errors[0].message).toBe('Okres rozliczeniowy: wybierz rozliczenie miesięczne albo roczne')
    const free = await polish.request('POST', '/api/payments/checkout', { plan: plans.free, period: 'yearly' })
    expect(free.body.errors[0].message).toBe('Darmowy plan nie wymaga płatności.')
  })

  it('refuses to renew a plan granted with no end date (409), and creates nothing', async () => {
    const { user, client } = await owner('en')
    await platform.payload.update({ collection: 'users', id: user.id, data: { plan: plans.pro, planEndsAt: null }, overrideAccess: true }) // test: staff grant
    const renew = await checkout(client, { plan: plans.pro, period: 'monthly' })
    expect(renew.status).toBe(409)
    expect(renew.body.errors[0].message).toMatch(/no end date/)
    expect(await paymentsOf(user.id)).toEqual([])
    // Another plan is still for sale.
    expect((await checkout(client, { plan: plans.studio, period: 'monthly' })).status).toBe(201)
  })

  it('limits checkouts per user (429)', async () => {
    const { client } = await owner('en')
    process.env.PAYMENTS_CHECKOUT_PER_HOUR = '2'
    try {
      expect((await checkout(client, { plan: plans.free, period: 'monthly' })).status).toBe(400)
      expect((await checkout(client, { plan: plans.free, period: 'monthly' })).status).toBe(400)
      const refused = await checkout(client, { plan: plans.pro, period: 'monthly' })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      // Another user has their own allowance.
      expect((await checkout((await owner('en')).client, { plan: plans.free, period: 'monthly' })).status).toBe(400)
    } finally {
      delete process.env.PAYMENTS_CHECKOUT_PER_HOUR
    }
  })

  it('answers 503 when payments are not configured and 502 (payment failed) when P24 cannot be reached', async () => {
    const { user, client } = await owner('en')
    const saved = Object.fromEntries(P24_ENV.map((name) => [name, process.env[name]]))
    for (const name of P24_ENV) delete process.env[name]
    try {
      const res = await checkout(client, { plan: plans.pro, period: 'monthly' })
      expect(res.status).toBe(503)
      expect(res.body.errors[0].message).toMatch(/not configured/)
    } finally {
      Object.assign(process.env, saved)
    }
    expect(await paymentsOf(user.id)).toEqual([])
    process.env.P24_BASE_URL = 'http://127.0.0.1:9'
    try {
      const res = await checkout(client, { plan: plans.pro, period: 'monthly' })
      expect(res.status).toBe(502)
      expect(res.body.errors[0].message).toMatch(/Nothing was charged/)
    } finally {
      process.env.P24_BASE_URL = sim.url
    }
    const [failed] = await paymentsOf(user.id)
    expect(failed).toMatchObject({ status: 'failed', history: [{ kind: 'register-failed' }] })
  })

  it('gives payments completed at the same moment distinct consecutive receipt numbers', async () => {
    const { client } = await owner('en')
    const started = []
    for (let i = 0; i < 5; i++) started.push((await checkout(client, { plan: plans.pro, period: 'monthly' })).body)
    sim.drop(5)
    const notifications: TransactionNotification[] = started.map(({ redirectUrl }) => sim.pay(tokenOf(redirectUrl)))
    expect(await Promise.all(notifications.map((n) => postNotification(n).then((res) => res.status)))).toEqual(Array(5).fill(200))
    const numbers = (await Promise.all(started.map(({ paymentId }) => paymentById(paymentId)))).map((p) => p.receiptNumber!)
    const sequences = numbers.map((number) => Number(number.split('/')[2])).sort((a, b) => a - b)
    expect(new Set(numbers).size).toBe(5)
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0] + i))
  })
})

describe('the pay link for other plugins', () => {
  it('registers once, redirects to P24 (303), and after payment answers 409; site admins download the receipt', async () => {
    const payer = await createUser(platform.payload, { locale: 'en' })
    const siteOwner = await owner('pl')
    const site = await createSite(platform.payload, siteOwner.user.id)
    const admin = await owner('en')
    await addTeamMember(platform.payload, site.id, admin.user.id, admin.user.email, 'admin')
    const payment = await pluginPayment(payer.id, payer.email, site.id)
    const visitor = session(platform.baseURL, { origin: null })
    expect((await visitor.request('GET', '/api/payments/pay/no-such-session')).status).toBe(404)
    // Two clicks at once: one registration at P24, the same page for both.
    const [first, second] = await Promise.all([1, 2].map(() => visitor.request('GET', `/api/payments/pay/${payment.sessionId}`)))
    expect([first.status, second.status]).toEqual([303, 303])
    expect(first.headers.get('location')).toMatch(new RegExp(`^${sim.url}/trnRequest/`))
    expect(second.headers.get('location')).toBe(first.headers.get('location'))
    expect((await paymentById(payment.id)).history?.map((row) => row.kind)).toEqual(['register'])

    sim.pay(tokenOf(first.headers.get('location')!))
    await sim.idle()
    expect((await paymentById(payment.id)).status).toBe('paid')
    expect((await visitor.request('GET', `/api/payments/pay/${payment.sessionId}`)).status).toBe(409)
    expect((await download(siteOwner.client, payment.id)).status).toBe(200)
    expect((await download(admin.client, payment.id)).status).toBe(200)
    const mail = await delivered(smtp, payer.email, /Thank you for your payment/)
    expect(await pdfText(pdfAttachment(mail.raw)!.pdf)).toContain('PLN 150.00')
  })
})

describe('plan and payment emails', () => {
  it('reminds once per term 7 days before the end, and once when the plan has ended', async () => {
    const { user } = await owner('pl')
    const now = new Date('2030-03-10T08:00:00Z')
    const endsAt = new Date('2030-03-13T12:00:00Z')
    await platform.payload.update({ collection: 'users', id: user.id, data: { plan: plans.pro, planEndsAt: endsAt.toISOString() }, overrideAccess: true })
    const mine = (told: { userId: number; notice: string }[]) => told.filter((entry) => entry.userId === user.id)
    expect(mine(await sendPlanNotices(platform.payload, now))).toEqual([{ userId: user.id, notice: 'ending' }])
    expect(mine(await sendPlanNotices(platform.payload, now))).toEqual([])
    const reminder = await delivered(smtp, user.email, /kończy się/)
    expect(decodeSubject(reminder.headers.subject!)).toBe('Twój plan Pro kończy się 13 marca 2030')
    expect(reminder.raw).toContain('/admin/billing')

    const later = new Date('2030-03-14T08:00:00Z')
    expect(mine(await sendPlanNotices(platform.payload, later))).toEqual([{ userId: user.id, notice: 'ended' }])
    expect(mine(await sendPlanNotices(platform.payload, later))).toEqual([])
    await delivered(smtp, user.email, /się zakończył/)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(mailsTo(smtp, user.email)).toHaveLength(2)
  })

  it('sends "nothing was charged, try again" when payment.failed is announced', async () => {
    const payer = await createUser(platform.payload, { locale: 'en' })
    const payment = await pluginPayment(payer.id, payer.email)
    const req = await createLocalReq({}, platform.payload)
    await publishEvent(req, 'payment.failed', {
      paymentId: payment.id,
      purpose: payment.purpose!,
      reference: payment.reference ?? null,
      userId: payer.id,
      siteId: null,
      amount: payment.amount,
      currency: 'PLN',
      reason: 'expired',
    })
    const mail = await delivered(smtp, payer.email, /did not go through/)
    expect(mail.raw).toContain('not completed in time')
    expect(mail.raw).toContain('Nothing was charged')
    expect(mail.raw).toContain('https://studio.example/warsztaty')
  })
})
