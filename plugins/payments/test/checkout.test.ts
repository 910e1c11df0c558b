/**
 * Checkout over real HTTP: the platform on 127.0.0.1, the P24 simulator on 127.0.0.1, notifications from the
 * simulator to the platform's notify endpoint, verify back to the simulator. A test plugin listens for
 * `payment.completed` to count the announcements.
 */
import type { Plugin } from 'payload'

import { createLocalReq } from 'payload'

import { definePlatformPlugin, type PlatformEvents } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { createTenant, createUser, startTestPlatform, waitFor } from '@platform/testing'
import { reconcilePayments, startCheckout } from '..'
import { notificationSign } from '../p24'
import type { TransactionNotification } from '../p24'
import { DEMO_PLANS } from '../seed'
import { scaledRetryDelays, startP24Simulator, type P24Simulator } from '../simulator'

const creds = { merchantId: 12345, posId: 12345, apiKey: 'test-api-key', crc: 'test-crc-key' }
const MONTH_MS = 31 * 24 * 3_600_000

let platform: TestPlatform
let sim: P24Simulator
let planId: number
let staffId: number
const completed: PlatformEvents['payment.completed'][] = []

const recorder: Plugin = definePlatformPlugin('payments-test-recorder', () => ({
  listeners: [
    {
      event: 'payment.completed',
      name: 'record',
      handler: async (data) => {
        completed.push(data)
      },
    },
  ],
}))({})

beforeAll(async () => {
  // Notifications are retried after 3, 5, 15 … ms instead of minutes.
  sim = await startP24Simulator({ ...creds, retryDelaysMs: scaledRetryDelays(1) })
  Object.assign(process.env, {
    P24_MERCHANT_ID: String(creds.merchantId),
    P24_POS_ID: String(creds.posId),
    P24_API_KEY: creds.apiKey,
    P24_CRC: creds.crc,
    P24_BASE_URL: sim.url,
  })
  platform = await startTestPlatform({ plugins: [recorder] })
  // PUBLIC_URL (http://localhost:3999) is not where this test's server listens.
  process.env.P24_NOTIFY_URL = `${platform.baseURL}/api/payments/p24/notify`
  for (const plan of DEMO_PLANS.slice(0, 2)) {
    const doc = await platform.payload.create({ collection: 'plans', data: plan, overrideAccess: true })
    if (plan.slug === 'pro') planId = doc.id
  }
  staffId = (await createUser(platform.payload, { isStaff: true })).id
})

afterAll(async () => {
  await platform?.close()
  await sim?.close()
  for (const name of ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL', 'P24_NOTIFY_URL']) delete process.env[name]
})

/** A pending plan payment made by trusted code, registered with P24; the token is the simulator's handle. */
const checkedOut = async (headers: Record<string, string> = {}) => {
  const { userId } = await createTenant(platform)
  const payment = await platform.payload.create({
    collection: 'payments',
    data: { user: userId, amount: 4900, description: 'Plan Pro, miesiąc', email: `payer-${userId}@example.test`, plan: planId, period: 'monthly' },
    overrideAccess: true,
  })
  const req = await createLocalReq({ req: { headers: new Headers(headers) } }, platform.payload)
  const { redirectUrl } = await startCheckout({ req, payment })
  const token = decodeURIComponent(redirectUrl.split('/trnRequest/')[1])
  return { userId, payment, redirectUrl, token }
}

const paymentById = (id: number) => platform.payload.findByID({ collection: 'payments', id, depth: 0, overrideAccess: true })
const userById = (id: number) => platform.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
const completedFor = (paymentId: number) => completed.filter((event) => event.paymentId === paymentId)
const postNotification = (body: object) =>
  fetch(`${platform.baseURL}/api/payments/p24/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
/** Listener jobs run in the background: wait for the first, then long enough for a second to show up. */
const settledEvents = async (paymentId: number) => {
  await waitFor(async () => completedFor(paymentId).length > 0, { what: 'payment.completed' })
  await new Promise((resolve) => setTimeout(resolve, 1500))
  return completedFor(paymentId)
}
const resign = (n: Omit<TransactionNotification, 'sign'>): TransactionNotification => ({ ...n, sign: notificationSign(n, creds.crc) })

describe('checkout', () => {
  it('buys a plan: register → pay at P24 → notification → verify → paid, plan extended, one payment.completed', async () => {
    const { userId, payment, redirectUrl, token } = await checkedOut()
    expect(redirectUrl).toBe(`${sim.url}/trnRequest/${token}`)
    const registered = await paymentById(payment.id)
    expect(registered).toMatchObject({ status: 'pending', token, history: [{ kind: 'register' }] })
    expect(sim.transactions().find((tx) => tx.token === token)).toMatchObject({ urlReturn: 'http://localhost:3999/admin/billing', amount: 4900 })

    const notification = sim.pay(token)
    await sim.idle()
    expect(
      sim
        .deliveries()
        .filter((d) => (d.body as TransactionNotification).sessionId === payment.sessionId)
        .map((d) => d.status),
    ).toEqual([200])

    const paid = await paymentById(payment.id)
    expect(paid).toMatchObject({ status: 'paid', p24OrderId: notification.orderId })
    expect(paid.paidAt && paid.verifiedAt).toBeTruthy()
    expect(paid.history?.map((row) => row.kind)).toEqual(['register', 'verify'])
    expect(sim.transactions().find((tx) => tx.token === token)?.state).toBe('verified')

    const user = await userById(userId)
    expect(user.plan).toBe(planId)
    const endsIn = Date.parse(user.planEndsAt!) - Date.now()
    expect(endsIn).toBeGreaterThan(27 * 24 * 3_600_000)
    expect(endsIn).toBeLessThanOrEqual(MONTH_MS)

    expect(await settledEvents(payment.id)).toEqual([
      { paymentId: payment.id, purpose: 'plan', reference: null, userId, siteId: null, amount: 4900, currency: 'PLN' },
    ])

    // P24 retries hours later: the same answer, nothing happens twice.
    const replay = await postNotification(notification)
    expect(replay.status).toBe(200)
    expect(await settledEvents(payment.id)).toHaveLength(1)
    expect((await userById(userId)).planEndsAt).toBe(user.planEndsAt)
    expect((await paymentById(payment.id)).history).toHaveLength(2)
  })

  it('P24 shows its page in the payer’s language: the browser’s English, else Polish', async () => {
    const english = await checkedOut({ 'accept-language': 'en-GB,en;q=0.9' })
    const polish = await checkedOut()
    expect(sim.transactions().find((tx) => tx.token === english.token)?.language).toBe('en')
    expect(sim.transactions().find((tx) => tx.token === polish.token)?.language).toBe('pl')
  })

  it('50 concurrent copies of one notification complete the payment once and extend the plan once', async () => {
    const { userId, payment, token } = await checkedOut()
    sim.drop(1)
    const notification = sim.pay(token)
    const answers = await Promise.all(Array.from({ length: 50 }, () => postNotification(notification).then((res) => res.status)))
    expect(answers).toEqual(Array(50).fill(200))
    expect(await settledEvents(payment.id)).toHaveLength(1)
    expect((await paymentById(payment.id)).history?.map((row) => row.kind)).toEqual(['register', 'verify'])
    expect(Date.parse((await userById(userId)).planEndsAt!) - Date.now()).toBeLessThanOrEqual(MONTH_MS)
  })

  it('a forged sign is a 400 and changes nothing', async () => {
    const { payment, token } = await checkedOut()
    sim.drop(1)
    const notification = sim.pay(token)
    const forged = [
      { ...notification, sign: notification.sign.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) },
      { ...notification, amount: 1 },
    ]
    for (const body of forged) expect((await postNotification(body)).status).toBe(400)
    expect(await paymentById(payment.id)).toMatchObject({ status: 'pending', history: [{ kind: 'register' }] })
    expect(sim.transactions().find((tx) => tx.token === token)?.state).toBe('paid')
  })

  it('a signed notification of another amount: no verify, needs review, staff told once', async () => {
    const { payment, token } = await checkedOut()
    const notification = sim.pay(token, { amount: 4899 })
    await sim.idle()
    const flagged = await paymentById(payment.id)
    expect(flagged).toMatchObject({ status: 'needs_review' })
    expect(flagged.reviewReason).toContain('amount 4899')
    expect(sim.transactions().find((tx) => tx.token === token)?.state).toBe('paid')
    expect((await postNotification(notification)).status).toBe(200)
    const told = await platform.payload.find({
      collection: 'notifications',
      where: {
        and: [{ user: { equals: staffId } }, { notificationType: { equals: 'payments.needs-review' } }, { message: { contains: `Payment ${payment.id} ` } }],
      },
      overrideAccess: true,
    })
    expect(told.totalDocs).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(completedFor(payment.id)).toHaveLength(0)
  })

  it('an unknown session is a 404', async () => {
    const body = resign({
      merchantId: creds.merchantId,
      posId: creds.posId,
      sessionId: 'no-such-session',
      amount: 100,
      originAmount: 100,
      currency: 'PLN',
      orderId: 1,
      methodId: 25,
      statement: 'x',
    })
    expect((await postNotification(body)).status).toBe(404)
  })

  it('with P24_NOTIFY_IPS set, refuses other addresses (403) before reading anything', async () => {
    const { payment, token } = await checkedOut()
    sim.drop(1)
    const notification = sim.pay(token)
    process.env.P24_NOTIFY_IPS = '192.0.2.1'
    try {
      expect((await postNotification(notification)).status).toBe(403)
    } finally {
      delete process.env.P24_NOTIFY_IPS
    }
    expect(await paymentById(payment.id)).toMatchObject({ status: 'pending' })
    process.env.P24_NOTIFY_IPS = '192.0.2.1, 127.0.0.1'
    try {
      expect((await postNotification(notification)).status).toBe(200)
    } finally {
      delete process.env.P24_NOTIFY_IPS
    }
    expect(await paymentById(payment.id)).toMatchObject({ status: 'paid' })
  })

  it('reconciliation completes a payment whose notification got lost, once; a never-paid one expires', async () => {
    const lost = await checkedOut()
    const unpaid = await checkedOut()
    sim.drop(1)
    sim.pay(lost.token)
    expect(await paymentById(lost.payment.id)).toMatchObject({ status: 'pending' })

    const later = new Date(Date.now() + 20 * 60_000)
    const outcomes = await reconcilePayments(platform.payload, later)
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { paymentId: lost.payment.id, outcome: 'completed' },
        { paymentId: unpaid.payment.id, outcome: 'waiting' },
      ]),
    )
    expect(await paymentById(lost.payment.id)).toMatchObject({
      status: 'paid',
      history: [{ kind: 'register' }, { kind: 'verify', summary: { source: 'reconcile' } }],
    })
    expect((await userById(lost.userId)).plan).toBe(planId)
    expect(await settledEvents(lost.payment.id)).toHaveLength(1)

    const dayLater = new Date(Date.now() + 25 * 3_600_000)
    const second = await reconcilePayments(platform.payload, dayLater)
    expect(second.find((o) => o.paymentId === lost.payment.id)).toBeUndefined()
    expect(second).toEqual(expect.arrayContaining([{ paymentId: unpaid.payment.id, outcome: 'expired' }]))
    expect(await paymentById(unpaid.payment.id)).toMatchObject({ status: 'expired' })
    expect(completedFor(lost.payment.id)).toHaveLength(1)
  })
})
