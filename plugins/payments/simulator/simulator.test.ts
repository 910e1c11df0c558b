/**
 * The simulator over real HTTP on 127.0.0.1, driven by the real client, with a fake shop receiving
 * urlStatus notifications. Retries run on P24's schedule scaled to milliseconds.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createP24Client, notificationSign, P24_STATUS, P24Error, refundNotificationSign, registerSign, signsEqual } from '../p24'
import type { P24Client, RefundNotification, TransactionNotification } from '../p24'
import { scaledRetryDelays } from './notifier'
import { startP24Simulator } from './server'
import type { P24Simulator } from './server'

const creds = { merchantId: 11111, posId: 22222, apiKey: 'api-key-ąę', crc: 'crc-key-1' }

type Shop = { url: string; received: { path: string; body: any }[]; answers: number[]; close: () => Promise<void>; next: (path: string) => Promise<any> }

/** The shop: answers notifications with the queued statuses (then 200) and records them. */
const startShop = async (): Promise<Shop> => {
  const received: Shop['received'] = []
  const answers: number[] = []
  const waiters: { path: string; resolve: (b: any) => void; seen: number }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const path = req.url ?? '/'
      if (req.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        received.push({ path, body })
        for (const w of [...waiters]) {
          if (w.path === path && received.filter((r) => r.path === path).length > w.seen) {
            waiters.splice(waiters.indexOf(w), 1)
            w.resolve(body)
          }
        }
      }
      res.writeHead(answers.shift() ?? 200).end('OK')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    received,
    answers,
    next: (path) => new Promise((resolve) => waiters.push({ path, resolve, seen: received.filter((r) => r.path === path).length })),
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

let sim: P24Simulator
let shop: Shop
let client: P24Client
let n = 0

beforeEach(async () => {
  sim = await startP24Simulator({ ...creds, retryDelaysMs: scaledRetryDelays(2) })
  shop = await startShop()
  client = createP24Client({ ...creds, baseUrl: sim.url })
})

afterEach(async () => {
  await sim.close()
  await shop.close()
})

const registerOne = async (amount = 4900) => {
  const sessionId = `sesja/ż-${++n}`
  const { token, redirectUrl } = await client.register({
    sessionId,
    amount,
    currency: 'PLN',
    description: 'Plan „Pro” — rok',
    email: 'owner@example.pl',
    urlReturn: `${shop.url}/return`,
    urlStatus: `${shop.url}/notify`,
  })
  return { sessionId, token, redirectUrl }
}

/** Clicks a button on the payment page as a browser would: GET the page, submit its form. */
const clickOnPage = async (redirectUrl: string, button: 'pay' | 'different' | 'fail') => {
  const page = await fetch(redirectUrl)
  expect(page.status).toBe(200)
  const html = await page.text()
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
  expect(action).toBeDefined()
  expect(html).toContain(`name="action" value="${button}"`)
  const res = await fetch(new URL(action!.replace(/&amp;/g, '&'), redirectUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action: button }).toString(),
    redirect: 'manual',
  })
  return { status: res.status, location: res.headers.get('location'), html }
}

const expectValidSign = (n: TransactionNotification) => {
  const { sign, ...fields } = n
  expect(signsEqual(notificationSign(fields, creds.crc), sign)).toBe(true)
}

describe('P24 simulator', () => {
  it('register → pay on the page → signed notification → verify → by sessionId → refund → refund notification', async () => {
    const { sessionId, redirectUrl } = await registerOne(4900)
    expect(redirectUrl).toMatch(new RegExp(`^${sim.url}/trnRequest/`))

    const notified = shop.next('/notify')
    const click = await clickOnPage(redirectUrl, 'pay')
    expect(click.html).toContain('Zapłać')
    expect(click).toMatchObject({ status: 303, location: `${shop.url}/return` })

    const notification: TransactionNotification = await notified
    expect(notification).toMatchObject({ merchantId: creds.merchantId, posId: creds.posId, sessionId, amount: 4900, originAmount: 4900, currency: 'PLN' })
    expectValidSign(notification)

    expect((await client.bySessionId(sessionId))!.status).toBe(P24_STATUS.advance)
    await client.verify({ sessionId, amount: notification.amount, currency: notification.currency, orderId: notification.orderId })
    expect(await client.bySessionId(sessionId)).toMatchObject({ status: P24_STATUS.completed, orderId: notification.orderId, amount: 4900 })

    const refunded = shop.next('/refund')
    const results = await client.refund({
      requestId: 'req-1',
      refundsUuid: 'uuid-1',
      urlStatus: `${shop.url}/refund`,
      refunds: [{ orderId: notification.orderId, sessionId, amount: 1000, description: 'Zwrot' }],
    })
    expect(results).toEqual([{ orderId: notification.orderId, sessionId, amount: 1000, description: 'Zwrot', status: true, message: 'success' }])
    const refundNote: RefundNotification = await refunded
    expect(refundNote).toMatchObject({
      orderId: notification.orderId,
      sessionId,
      requestId: 'req-1',
      refundsUuid: 'uuid-1',
      amount: 1000,
      currency: 'PLN',
      status: 0,
    })
    const { sign, requestId: _r, timestamp: _t, ...signed } = refundNote
    expect(sign).toBe(refundNotificationSign(signed, creds.crc))
  })

  it('serves the page in English too, with no external assets', async () => {
    const { redirectUrl } = await registerOne()
    const html = await (await fetch(`${redirectUrl}?lang=en`)).text()
    expect(html).toContain('>Pay<')
    expect(html).toContain('Pay a different amount')
    expect(html).toContain('Fail')
    expect(html).not.toMatch(/(src|href)="https?:/)
  })

  it('"Pay a different amount" notifies the changed amount, signed, which verify with the registered amount refuses', async () => {
    const { sessionId, redirectUrl } = await registerOne(4900)
    const notified = shop.next('/notify')
    await clickOnPage(redirectUrl, 'different')
    const notification: TransactionNotification = await notified
    expect(notification.amount).not.toBe(4900)
    expectValidSign(notification)
    const err = await client.verify({ sessionId, amount: 4900, currency: 'PLN', orderId: notification.orderId }).catch((e) => e)
    expect(err).toMatchObject({ status: 400, message: 'Invalid amount' })
  })

  it('"Fail" redirects back without a notification', async () => {
    const { sessionId, redirectUrl } = await registerOne()
    const click = await clickOnPage(redirectUrl, 'fail')
    expect(click).toMatchObject({ status: 303, location: `${shop.url}/return` })
    await sim.idle()
    expect(shop.received).toHaveLength(0)
    expect((await client.bySessionId(sessionId))!.status).toBe(P24_STATUS.noPayment)
  })

  it('rejects bad Basic auth and a bad register sign', async () => {
    const wrongKey = createP24Client({ ...creds, apiKey: 'nope', baseUrl: sim.url })
    await expect(wrongKey.bySessionId('x')).rejects.toMatchObject({ status: 401, message: 'Incorrect authentication' })
    const wrongCrc = createP24Client({ ...creds, crc: 'other', baseUrl: sim.url })
    const input = {
      sessionId: 's-crc',
      amount: 100,
      currency: 'PLN',
      description: 'd',
      email: 'a@b.pl',
      urlReturn: `${shop.url}/r`,
      urlStatus: `${shop.url}/notify`,
    }
    await expect(wrongCrc.register(input)).rejects.toMatchObject({ status: 400, message: 'Incorrect sign' })
    expect(sim.transactions()).toHaveLength(0)
  })

  it('rejects a non-positive amount and an unknown currency, even when signed', async () => {
    const post = (body: object) =>
      fetch(`${sim.url}/api/v1/transaction/register`, {
        method: 'POST',
        headers: { authorization: 'Basic ' + Buffer.from(`${creds.posId}:${creds.apiKey}`).toString('base64'), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const base = {
      merchantId: creds.merchantId,
      posId: creds.posId,
      sessionId: 's-z',
      description: 'd',
      email: 'a@b.pl',
      country: 'PL',
      language: 'pl',
      urlReturn: `${shop.url}/r`,
    }
    for (const [amount, currency, error] of [
      [0, 'PLN', 'Invalid amount'],
      [100, 'USD', 'Invalid currency'],
    ] as const) {
      const sign = registerSign({ sessionId: 's-z', merchantId: creds.merchantId, amount, currency }, creds.crc)
      const res = await post({ ...base, amount, currency, sign })
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ error, code: 400 })
    }
    expect((await post({ ...base })).status).toBe(400)
  })

  it('rejects a verify with a wrong amount, and verify of an unpaid transaction', async () => {
    const { sessionId, token } = await registerOne(2500)
    await expect(client.verify({ sessionId, amount: 2500, currency: 'PLN', orderId: 1 })).rejects.toBeInstanceOf(P24Error)
    const notification = sim.pay(token)
    await expect(client.verify({ sessionId, amount: 2400, currency: 'PLN', orderId: notification.orderId })).rejects.toMatchObject({
      message: 'Invalid amount',
    })
    await client.verify({ sessionId, amount: 2500, currency: 'PLN', orderId: notification.orderId })
  })

  it('rejects a duplicate refund requestId and a refund above what was paid', async () => {
    const { sessionId, token } = await registerOne(3000)
    const { orderId } = sim.pay(token)
    await client.verify({ sessionId, amount: 3000, currency: 'PLN', orderId })
    const refund = (requestId: string, amount: number) =>
      client.refund({ requestId, refundsUuid: `u-${requestId}`, refunds: [{ orderId, sessionId, amount, description: 'z' }] })
    await refund('r-1', 2000)
    await expect(refund('r-1', 500)).rejects.toMatchObject({ status: 400, message: 'Request already exists' })
    await expect(refund('r-2', 1001)).rejects.toMatchObject({ status: 409, message: 'The amount of refund exceeds available amount for the transaction' })
    await refund('r-3', 1000)
    expect((await client.bySessionId(sessionId))!.status).toBe(P24_STATUS.returned)
  })

  it('retries a notification the shop answers 500 to, on the scaled schedule, until 200', async () => {
    const { token } = await registerOne()
    shop.answers.push(500, 500)
    sim.pay(token)
    await sim.idle()
    const attempts = sim.deliveries()
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ])
    // Waits of 3 and 5 "minutes" at 2 ms each.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(5)
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(9)
    expect(shop.received.map((r) => r.body)).toEqual([attempts[0].body, attempts[0].body, attempts[0].body])
  })

  it('gives up after P24 retries are exhausted (8 attempts)', async () => {
    const { token } = await registerOne()
    shop.answers.push(...Array(20).fill(500))
    sim.pay(token)
    await sim.idle()
    expect(sim.deliveries()).toHaveLength(8)
  })

  it('drop() loses the next notification; by sessionId still reports paid-but-unverified', async () => {
    const { sessionId, token } = await registerOne()
    sim.drop()
    const notification = sim.pay(token)
    await sim.idle()
    expect(shop.received).toHaveLength(0)
    expect(await client.bySessionId(sessionId)).toMatchObject({ status: P24_STATUS.advance, orderId: notification.orderId })
    expect(sim.transactions()[0]).toMatchObject({ state: 'paid', notification })
  })

  it('answers 404 for an unknown session', async () => {
    await expect(client.bySessionId('nieznana')).resolves.toBeNull()
  })
})
