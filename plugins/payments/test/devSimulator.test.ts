/**
 * `npm run dev` without P24 credentials: the plugin's dev service starts the P24 simulator and points the app at
 * it, and a plan can be bought by "clicking" through the simulator's page, all over real HTTP on 127.0.0.1.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { TestPlatform } from '@platform/testing'
import { createTenant, session, startDevServices, startTestPlatform, TEST_PUBLIC_URL, waitFor } from '@platform/testing'
import { p24Configured, p24SimulatorService } from '../dev/simulatorService'
import { DEMO_PLANS } from '../seed'

const P24_NAMES = ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL', 'P24_SIMULATOR_URL', 'P24_NOTIFY_URL', 'P24_SIM_PORT']

let platform: TestPlatform
let services: Awaited<ReturnType<typeof startDevServices>>
let proId: number

beforeAll(async () => {
  for (const name of P24_NAMES) delete process.env[name]
  platform = await startTestPlatform()
  services = await startDevServices(platform.payload.config, { publicURL: platform.baseURL, target: process.env, log: () => {} })
  for (const plan of DEMO_PLANS.slice(0, 2)) {
    const doc = await platform.payload.create({ collection: 'plans', data: plan, overrideAccess: true })
    if (plan.slug === 'pro') proId = doc.id
  }
})

afterAll(async () => {
  await services?.close()
  await platform?.close()
  for (const name of P24_NAMES) delete process.env[name]
})

it('the payments plugin starts the simulator and points the app at it', () => {
  // Other plugins' dev services (e.g. a fake OVH) may start beside it.
  expect(services.started).toContain('P24 simulator')
  expect(process.env.P24_SIMULATOR_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  expect(process.env.P24_NOTIFY_URL).toBe(`${platform.baseURL}/api/payments/p24/notify`)
})

it('an owner buys Pro through the simulator page; the return address names the payment and the notification makes it paid', async () => {
  const { userId, session: owner } = await createTenant(platform)
  const checkout = await owner.request<{ paymentId: number; redirectUrl: string }>('POST', '/api/payments/checkout', { plan: proId, period: 'monthly' })
  expect(checkout.status).toBe(201)
  const { paymentId, redirectUrl } = checkout.body
  expect(redirectUrl.startsWith(`${process.env.P24_SIMULATOR_URL}/trnRequest/`)).toBe(true)

  const page = await fetch(`${redirectUrl}?lang=pl`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('Zapłać')

  // The payer clicks "Zapłać": the simulator sends them back and, separately, notifies the platform.
  const back = await fetch(`${redirectUrl}?lang=pl`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'action=pay',
    redirect: 'manual',
  })
  expect(back.status).toBe(303)
  expect(back.headers.get('location')).toBe(`${TEST_PUBLIC_URL}/admin/billing?payment=${paymentId}`)

  await waitFor(async () => (await platform.payload.findByID({ collection: 'payments', id: paymentId, depth: 0, overrideAccess: true })).status === 'paid', {
    what: 'the payment to be paid',
  })
  const user = await platform.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
  expect(user.plan).toBe(proId)
  expect(Date.parse(user.planEndsAt!)).toBeGreaterThan(Date.now() + 27 * 24 * 3_600_000)

  // The owner reads it through the REST API the billing view polls, with their own access.
  const seen = await owner.request<{ status: string }>('GET', `/api/payments/${paymentId}?depth=0`)
  expect([seen.status, seen.body.status]).toEqual([200, 'paid'])
})

it('checkout refuses a visitor who is not signed in', async () => {
  const visitor = session(platform.baseURL)
  const answer = await visitor.request('POST', '/api/payments/checkout', { plan: proId, period: 'monthly' })
  expect(answer.status).toBe(401)
  expect(answer.body.errors[0].message).toEqual(expect.any(String))
})

describe('the simulator dev service', () => {
  it('starts nothing when P24 credentials or a simulator address are set', async () => {
    for (const env of [{ P24_API_KEY: 'real' }, { P24_SIMULATOR_URL: 'http://127.0.0.1:9999' }, { P24_MERCHANT_ID: ' 1 ' }]) {
      expect(p24Configured(env)).toBe(true)
      expect(await p24SimulatorService.start({ env, publicURL: 'http://localhost:3000' })).toBeNull()
    }
    expect(p24Configured({ P24_API_KEY: '  ', OTHER: 'x' })).toBe(false)
  })

  it('takes a free port when the usual one is held', async () => {
    const holder = http.createServer()
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
    const held = (holder.address() as AddressInfo).port
    const running = await p24SimulatorService.start({ env: { P24_SIM_PORT: String(held) }, publicURL: 'http://localhost:3000' })
    try {
      const url = running!.env!.P24_SIMULATOR_URL
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(url).not.toBe(`http://127.0.0.1:${held}`)
      // It is the simulator: an unknown payment page is its 404.
      const page = await fetch(`${url}/trnRequest/UNKNOWN`)
      expect([page.status, await page.text()]).toEqual([404, expect.stringContaining('Unknown transaction')])
    } finally {
      await running?.close()
      await new Promise<void>((resolve) => holder.close(() => resolve()))
    }
  })
})
