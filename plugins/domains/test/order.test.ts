/**
 * Ordering a domain on a real platform over real HTTP: the fake OVH (orders move one status per poll) and the P24
 * simulator (started by the payments plugin's dev service, as `npm run dev` does) on 127.0.0.1, and a real SMTP
 * listener. Order → pay at P24 → OVH's steps → followed to delivered → `domains.delivered`; a failing checkout
 * with its message, email and notification, then a retry; parallel orders for one name; interrupted steps never
 * make a second order; who may order, read and retry; a plan without custom domains; bad input; a payment that
 * never comes frees the name.
 */
import type { Plugin } from 'payload'

import { definePlatformPlugin, getJobs, type PlatformEvents } from '@platform'
import type { Session, SmtpListener, TestPlatform } from '@platform/testing'
import {
  addTeamMember,
  createSite,
  createUser,
  delivered as deliveredMail,
  mimePart,
  PASSWORD,
  session,
  signIn,
  startDevServices,
  startSmtpListener,
  startTestPlatform,
  TEST_PUBLIC_URL,
  waitFor,
} from '@platform/testing'
import '../events'
import { forgetOvhTimeOffsets } from '../ovh'
import { sweepOrders } from '../orders/jobs'
import { placeOrder } from '../orders/placeOrder'
import { initialSteps, withStep, type StepRow } from '../orders/steps'
import { DEV_OVH_KEYS, startFakeOvh, type FakeOvh } from '../simulator'
import { DOMAIN_ORDERS } from '../slugs'

const NBSP = '\u00a0'
const ENV: Record<string, string> = {
  DOMAINS_ORDER_POLL_MS: '100',
  DOMAINS_ORDER_POLL_MAX_MS: '400',
  DOMAINS_ORDER_RETRY_MS: '100',
  DOMAINS_ORDERS_PER_HOUR: '500',
  EMAIL_RETRY_DELAY_MS: '300',
  // The DNS part runs after delivery too: it gets a target to point the zone at, and checks slowly (nothing answers).
  DOMAINS_TARGET_IPV4: '203.0.113.10',
  DOMAINS_DNS_RESOLVERS: '127.0.0.1:9',
  DOMAINS_CHECK_FIRST_MS: '3600000',
}
const P24_NAMES = ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL', 'P24_SIMULATOR_URL', 'P24_NOTIFY_URL', 'P24_SIM_PORT']
const OTHER_NAMES = [
  'OVH_ENDPOINT',
  'OVH_APPLICATION_KEY',
  'OVH_APPLICATION_SECRET',
  'OVH_CONSUMER_KEY',
  'SMTP_URL',
  'PAYMENTS_RECONCILE_AFTER_MINUTES',
  'PAYMENTS_EXPIRE_AFTER_MINUTES',
]

let platform: TestPlatform
let fake: FakeOvh
let smtp: SmtpListener
let services: Awaited<ReturnType<typeof startDevServices>>
let proPlan: number
let siteA: number
let siteB: number
let ownerAId: number
let ownerBId: number
const as: Record<'ownerA' | 'admin' | 'editor' | 'viewer' | 'ownerB' | 'staff' | 'visitor', Session> = {} as never
const delivered: PlatformEvents['domains.delivered'][] = []

// Records what the DNS part will listen to.
const recorder: Plugin = definePlatformPlugin('domains-test-recorder', () => ({
  listeners: [
    {
      event: 'domains.delivered',
      name: 'record',
      handler: async (data) => {
        delivered.push(data)
      },
    },
  ],
}))({})

type View = {
  id: number
  domain: string
  unicodeName: string
  status: string
  statusLabel: string
  steps: { step: string; state: string; stateLabel: string }[]
  price: { gross: number; net: number; grossText: string; netText: string } | null
  ovhStatus: { status: string; label: string } | null
  error: { step: string; message: string } | null
  canRetry: boolean
  payUrl: string | null
}
type Answer<T> = { status: number; body: T & { errors?: { message: string }[] } }

/** As the admin's Domain view would call: the session cookie, the admin's language. */
const call = async <T = { order: View; payUrl: string | null }>(
  who: Session,
  method: string,
  path: string,
  body?: unknown,
  lang = 'pl',
): Promise<Answer<T>> => {
  const cookie = who.cookie()
  const response = await fetch(`${platform.baseURL}${path}`, {
    method,
    headers: {
      'accept-language': lang,
      origin: TEST_PUBLIC_URL,
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}
const order = (who: Session, site: number | null, name: unknown, lang = 'pl') => call(who, 'POST', '/api/domains/orders', { site, name }, lang)

const stored = (id: number) => platform.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, overrideAccess: true })
const statusOf = async (id: number) => (await stored(id)).status
const stateOf = (steps: StepRow[] | null | undefined, step: string) => steps?.find((row) => row.step === step)?.state
/** Calls that would place or price an order (cart calls); earlier tests' orders keep polling statuses and DNS meanwhile. */
const cartCalls = () => fake.calls().filter((entry) => entry.path.startsWith('/order/cart'))
const fakeOrdersFor = (domain: string) => fake.store.orders().filter((entry) => entry.domains.includes(domain))

/** The owner follows the pay link to P24's page and clicks `action` (pay / fail); P24 sends them back. */
const payAtP24 = async (payUrl: string, action: 'pay' | 'fail' = 'pay') => {
  const toP24 = await fetch(payUrl.replace(TEST_PUBLIC_URL, platform.baseURL), { redirect: 'manual' })
  expect(toP24.status).toBe(303)
  const page = toP24.headers.get('location')!
  expect(page.startsWith(`${process.env.P24_SIMULATOR_URL}/trnRequest/`)).toBe(true)
  const back = await fetch(`${page}?lang=pl`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `action=${action}`,
    redirect: 'manual',
  })
  expect(back.status).toBe(303)
  return back.headers.get('location')
}

const waitForStatus = (id: number, status: string) =>
  waitFor(async () => (await statusOf(id)) === status, { what: `order ${id} to be ${status}`, timeoutMs: 30_000 })

/** Delivered by OVH: the DNS part (its listener runs in this platform too) may already have moved it on to verifying. */
const AFTER_DELIVERY = ['configuring_dns', 'verifying']
const waitForDelivery = (id: number) =>
  waitFor(async () => AFTER_DELIVERY.includes((await statusOf(id)) ?? ''), { what: `order ${id} to be delivered`, timeoutMs: 30_000 })

const mailTo = (to: string, subject: RegExp) => deliveredMail(smtp, to, subject)

/** An owner on the Pro plan (custom domains included) with a site, signed in. */
const proOwner = async (locale: 'pl' | 'en' = 'en') => {
  const user = await createUser(platform.payload, { locale })
  await platform.payload.update({ collection: 'users', id: user.id, data: { plan: proPlan, planEndsAt: null }, overrideAccess: true })
  const site = await createSite(platform.payload, user.id)
  return { user, site: site.id, siteName: site.name, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const member = async (site: number, role: 'admin' | 'editor' | 'viewer') => {
  const user = await createUser(platform.payload)
  await addTeamMember(platform.payload, site, user.id, user.email, role)
  return signIn(platform.baseURL, user.email, PASSWORD)
}

beforeAll(async () => {
  for (const name of [...P24_NAMES, ...OTHER_NAMES]) delete process.env[name]
  fake = await startFakeOvh({ takenDomains: ['zajeta.pl'] })
  smtp = await startSmtpListener()
  Object.assign(process.env, ENV, {
    OVH_ENDPOINT: fake.endpoint,
    OVH_APPLICATION_KEY: DEV_OVH_KEYS.applicationKey,
    OVH_APPLICATION_SECRET: DEV_OVH_KEYS.applicationSecret,
    OVH_CONSUMER_KEY: DEV_OVH_KEYS.consumerKey,
    SMTP_URL: smtp.url,
  })
  forgetOvhTimeOffsets()
  platform = await startTestPlatform({ plugins: [recorder] })
  // OVH is set, so only the payments plugin's P24 simulator starts; it sets P24_SIMULATOR_URL and P24_NOTIFY_URL.
  services = await startDevServices(platform.payload.config, { publicURL: platform.baseURL, target: process.env, log: () => {} })
  expect(services.started).toEqual(['P24 simulator'])

  const plan = (slug: string, isFree: boolean, customDomain: boolean, monthlyPrice: number) =>
    platform.payload.create({
      collection: 'plans',
      data: {
        slug,
        namePl: isFree ? 'Darmowy' : 'Pro',
        nameEn: isFree ? 'Free' : 'Pro',
        monthlyPrice,
        yearlyPrice: monthlyPrice * 10,
        isFree,
        limits: { customDomain },
      },
      overrideAccess: true,
    })
  await plan('free', true, false, 0)
  proPlan = (await plan('pro', false, true, 4900)).id

  const a = await proOwner()
  const b = await proOwner()
  ownerAId = a.user.id
  ownerBId = b.user.id
  siteA = a.site
  siteB = b.site
  as.ownerA = a.client
  as.ownerB = b.client
  as.admin = await member(siteA, 'admin')
  as.editor = await member(siteA, 'editor')
  as.viewer = await member(siteA, 'viewer')
  as.staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
  as.visitor = session(platform.baseURL)
})

afterAll(async () => {
  await services?.close()
  await platform?.close()
  await fake?.close()
  await smtp?.close()
  for (const name of [...P24_NAMES, ...OTHER_NAMES, ...Object.keys(ENV)]) delete process.env[name]
})

it('order → pay at P24 → cart, item, assign, configuration, checkout at OVH → followed to delivered → domains.delivered', async () => {
  const before = cartCalls().length
  const answer = await order(as.ownerA, siteA, 'Kowalska-Coaching.pl')
  expect(answer.status).toBe(201)
  const { order: view, payUrl } = answer.body
  expect(view).toMatchObject({
    domain: 'kowalska-coaching.pl',
    unicodeName: 'kowalska-coaching.pl',
    status: 'pending_payment',
    statusLabel: 'Oczekująca na płatność',
    canRetry: false,
    error: null,
    // The fake's .pl: 39,99 zł net a year, 23% VAT.
    price: { gross: 4919, net: 3999, grossText: `49,19${NBSP}zł`, netText: `39,99${NBSP}zł` },
  })
  expect(view.payUrl).toBe(payUrl)
  expect(payUrl).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/api/payments/pay/[0-9a-f-]{36}$`))
  // OVH was asked for the price just now: a cart and the name's offers.
  expect(
    cartCalls()
      .slice(before)
      .map((entry) => `${entry.method} ${entry.path.replace(/\/cart\/[^/]+/, '/cart/*')}${entry.query}`),
  ).toEqual(['POST /order/cart', 'GET /order/cart/*/domain?domain=kowalska-coaching.pl'])

  // The payment goes through the payments plugin: purpose domain, the order as reference, paid to the platform (no site).
  const payments = await platform.payload.find({ collection: 'payments', where: { reference: { equals: String(view.id) } }, depth: 0, overrideAccess: true })
  expect(payments.docs).toHaveLength(1)
  expect(payments.docs[0]).toMatchObject({ purpose: 'domain', amount: 4919, currency: 'PLN', status: 'pending', user: ownerAId, site: null })
  expect((await stored(view.id)).paymentId).toBe(payments.docs[0].id)

  expect(await payAtP24(payUrl!)).toBe(`${TEST_PUBLIC_URL}/admin/domains?order=${view.id}`)
  await waitForDelivery(view.id)

  const done = await stored(view.id)
  // The DNS part may already be at work (its zone set, its first check planned in nextCheckAt): only the ordering's steps are asserted.
  expect(done).toMatchObject({ ovhOrderStatus: 'delivered', domainName: 'kowalska-coaching.pl' })
  expect(['payment', 'cart', 'item', 'assign', 'configuration', 'checkout', 'delivery'].map((step) => stateOf(done.steps, step))).toEqual([
    'done',
    'done',
    'done',
    'done',
    'done',
    'done',
    'done',
  ])
  // One order at OVH, from the cart the order names, configured and delivered; its zone exists now.
  const [ovhOrder, ...more] = fakeOrdersFor('kowalska-coaching.pl')
  expect(more).toEqual([])
  expect(ovhOrder).toMatchObject({ cartId: done.ovhCartId, status: 'delivered', autoPay: true })
  expect(String(ovhOrder.orderId)).toBe(done.ovhOrderId)
  expect(done.paymentUrl).toBe(`${fake.url}/fake/orders/${ovhOrder.orderId}`)
  const item = fake.store.items().find((entry) => entry.cartId === done.ovhCartId)!
  expect(item.configurations.map(({ label, value }) => [label, value])).toEqual([['OWNER_LEGAL_AGE', 'true']])
  expect(fake.store.zone('kowalska-coaching.pl')).toBeDefined()
  const checkouts = fake.calls().filter((entry) => entry.path === `/order/cart/${done.ovhCartId}/checkout`)
  expect(checkouts.map((entry) => entry.status)).toEqual([200])

  // Handed over to the DNS part, once.
  await waitFor(async () => delivered.some((event) => event.orderId === view.id), { what: 'domains.delivered' })
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(delivered.filter((event) => event.orderId === view.id)).toEqual([{ orderId: view.id, siteId: siteA, domainName: 'kowalska-coaching.pl' }])

  // The view reads it in the owner's language, and lists it for the site.
  // The DNS part has taken over: the zone is pointed at the target and resolution is being checked.
  await waitForStatus(view.id, 'verifying')
  const read = await call(as.ownerA, 'GET', `/api/domains/orders/${view.id}`)
  expect(read.status).toBe(200)
  expect(read.body.order).toMatchObject({
    statusLabel: 'Sprawdzana (DNS)',
    ovhStatus: { status: 'delivered', label: 'Zarejestrowana' },
    payUrl: null,
  })
  const listed = await call<{ orders: View[] }>(as.admin, 'GET', `/api/domains/orders?site=${siteA}`, undefined, 'en')
  expect(listed.status).toBe(200)
  expect(listed.body.orders.find((entry) => entry.id === view.id)).toMatchObject({ statusLabel: 'Checking DNS', ovhStatus: { label: 'Registered' } })
})

it('a failing checkout: failed with OVH’s message, the owner notified and emailed; retry continues from the checkout to delivered', async () => {
  const owner = await proOwner('pl')
  fake.failNext({ method: 'POST', path: '/order/cart/*/checkout', status: 400, message: 'Your preferred payment method is not valid' })
  const answer = await order(owner.client, owner.site, 'nieudana.pl')
  expect(answer.status).toBe(201)
  const id = answer.body.order.id
  await payAtP24(answer.body.payUrl!)
  await waitForStatus(id, 'failed')

  const message = 'Nie udało się: złożenie zamówienia w OVH. OVH odrzuciło zapytanie POST /order/cart/*/checkout: „Your preferred payment method is not valid”.'
  const failed = await call(owner.client, 'GET', `/api/domains/orders/${id}`)
  expect(failed.body.order).toMatchObject({ status: 'failed', statusLabel: 'Nieudana', canRetry: true, error: { step: 'checkout', message } })
  expect(failed.body.order.steps.filter((row) => row.state !== 'pending').map((row) => [row.step, row.state])).toEqual([
    ['payment', 'done'],
    ['cart', 'done'],
    ['item', 'done'],
    ['assign', 'done'],
    ['configuration', 'done'],
    ['checkout', 'failed'],
  ])
  expect((await call(owner.client, 'GET', `/api/domains/orders/${id}`, undefined, 'en')).body.order.error!.message).toBe(
    'Failed: placing the order at OVH. OVH refused POST /order/cart/*/checkout: "Your preferred payment method is not valid".',
  )
  const record = await stored(id)
  expect(record.errorMessage).toContain('OVH POST /order/cart/*/checkout: 400 Your preferred payment method is not valid')
  const cartId = record.ovhCartId

  // The owner is told: a notification leading to the order, and a Polish email with the message.
  const notices = await platform.payload.find({
    collection: 'notifications',
    where: { and: [{ user: { equals: owner.user.id } }, { notificationType: { equals: 'domains.order-failed' } }] },
    overrideAccess: true,
  })
  expect(notices.docs.map((notice) => [notice.notificationType, notice.message, notice.link])).toEqual([
    ['domains.order-failed', 'Zamówienie domeny nieudana.pl nie powiodło się. Sprawdź przyczynę i spróbuj ponownie.', `/admin/domains?order=${id}`],
  ])
  const mail = await mailTo(owner.user.email, /^Zamówienie domeny nieudana\.pl nie powiodło się$/)
  expect(mimePart(mail.raw, 'text/plain')!.replace(/\s+/g, ' ')).toContain(`dla strony ${owner.siteName} zatrzymało się z powodu błędu: ${message}`)

  // Only the site's owner or admins may retry; parallel clicks resume it once.
  expect((await call(as.ownerA, 'POST', `/api/domains/orders/${id}/retry`)).status).toBe(404)
  const retries = await Promise.all([1, 2, 3].map(() => call(owner.client, 'POST', `/api/domains/orders/${id}/retry`)))
  expect(retries.map((retry) => retry.status).sort()).toEqual([202, 409, 409])
  expect(retries.find((retry) => retry.status === 409)!.body.errors![0].message).toBe('Ponowić można tylko zamówienie, które się nie powiodło.')
  expect(retries.find((retry) => retry.status === 202)!.body.order).toMatchObject({ status: 'ordering', error: null })

  await waitForDelivery(id)
  const resumed = await stored(id)
  // The same cart, checked out once more; one order at OVH.
  expect(resumed.ovhCartId).toBe(cartId)
  expect(
    fake
      .calls()
      .filter((entry) => entry.path === `/order/cart/${cartId}/checkout`)
      .map((entry) => entry.status),
  ).toEqual([400, 200])
  expect(fake.calls().filter((entry) => entry.method === 'POST' && entry.path === `/order/cart/${cartId}/domain`)).toHaveLength(1)
  expect(fakeOrdersFor('nieudana.pl')).toHaveLength(1)
  expect(resumed.errorDetails).toBeNull()
  expect((await call(owner.client, 'POST', `/api/domains/orders/${id}/retry`)).status).toBe(409)
})

it('parallel orders for one name from two sites make one order and one payment; the others hear why', async () => {
  const name = 'rownolegla.pl'
  const answers = await Promise.all([...[1, 2, 3, 4].map(() => order(as.ownerA, siteA, name)), ...[1, 2, 3, 4].map(() => order(as.ownerB, siteB, name))])
  const created = answers.filter((answer) => answer.status === 201)
  expect(created).toHaveLength(1)
  const winnerSite = answers.indexOf(created[0]) < 4 ? siteA : siteB
  const loserAnswers = answers.filter((_, index) => (index < 4 ? siteA : siteB) !== winnerSite)
  const winnerAgain = answers.filter((answer, index) => (index < 4 ? siteA : siteB) === winnerSite && answer !== created[0])
  // The winning site's other clicks get the same order to pay; the other site hears the name is taken here.
  expect(winnerAgain.map((answer) => [answer.status, answer.body.order.id, answer.body.payUrl])).toEqual(
    winnerAgain.map(() => [200, created[0].body.order.id, created[0].body.payUrl]),
  )
  expect(loserAnswers.map((answer) => answer.status)).toEqual([409, 409, 409, 409])
  expect(loserAnswers[0].body.errors![0].message).toBe(
    'Domena rownolegla.pl jest już podłączona do strony na naszej platformie albo ktoś ją właśnie zamawia. Jedna domena nigdy nie jest podłączona do dwóch stron.',
  )
  const orders = await platform.payload.find({ collection: DOMAIN_ORDERS, where: { domainName: { equals: name } }, overrideAccess: true })
  expect(orders.docs).toHaveLength(1)
  const payments = await platform.payload.find({ collection: 'payments', where: { reference: { equals: String(orders.docs[0].id) } }, overrideAccess: true })
  expect(payments.totalDocs).toBe(1)
})

describe('a run interrupted (the process died) never makes a second order at OVH', () => {
  /** A paid order, as the payment listener leaves it, without queueing the job: the test runs it itself. */
  const paidOrder = async (domainName: string) =>
    platform.payload.create({
      collection: DOMAIN_ORDERS,
      data: {
        site: siteB,
        user: ownerBId,
        domainName,
        status: 'ordering',
        price: 4919,
        priceNet: 3999,
        steps: withStep(initialSteps(), 'payment', { state: 'done' }, new Date()),
      } as never,
      overrideAccess: true,
    })
  // Followed an hour later: these tests look at the ordering alone.
  const env = () => ({ ...process.env, DOMAINS_ORDER_POLL_MS: '3600000', DOMAINS_ORDER_POLL_MAX_MS: '3600000' })

  it('after the checkout reached OVH: sent again on the same cart, refused as read-only, failed for staff; still one order', async () => {
    const { id } = await paidOrder('przerwana.pl')
    await placeOrder(platform.payload, id, { env: env() })
    const placed = await stored(id)
    expect(placed).toMatchObject({ status: 'registering', ovhOrderId: expect.any(String) })
    // As if the process died after OVH took the checkout and before the order recorded it.
    await platform.payload.update({
      collection: DOMAIN_ORDERS,
      id,
      data: { status: 'ordering', ovhOrderId: null, steps: withStep(placed.steps as StepRow[], 'checkout', { state: 'running' }, new Date()) },
      overrideAccess: true,
    })
    await placeOrder(platform.payload, id, { env: env() })
    const after = await stored(id)
    expect(after.status).toBe('failed')
    expect(after.errorCode).toBe('checkout-interrupted')
    expect(fakeOrdersFor('przerwana.pl')).toHaveLength(1)
    const view = await call(as.ownerB, 'GET', `/api/domains/orders/${id}`)
    expect(view.body.order.error!.message).toBe(
      'Nie udało się: złożenie zamówienia w OVH. Składanie zamówienia w OVH zostało przerwane, a ponowna próba się nie udała (OVH odrzuciło zapytanie POST /order/cart/*/checkout: „This cart is read only”). Zamówienie mogło już powstać w OVH; administrator platformy musi to sprawdzić.',
    )
    // A retry cannot mend it: staff look at OVH.
    const retry = await call(as.ownerB, 'POST', `/api/domains/orders/${id}/retry`)
    expect([retry.status, retry.body.errors![0].message]).toEqual([
      409,
      'Tego zamówienia nie da się ponowić: administrator platformy musi je sprawdzić (przyczyna jest w opisie błędu).',
    ])
  })

  it('while adding the item: starts again on a fresh cart, the old one never checked out', async () => {
    const { id } = await paidOrder('przerwany-koszyk.pl')
    // The first run got as far as the item at OVH, then died: the cart holds the domain, the step says running.
    fake.failNext({ method: 'POST', path: '/order/cart/*/assign', status: 500, message: 'stop here' })
    await placeOrder(platform.payload, id, { env: { ...env(), DOMAINS_ORDER_AUTO_RETRIES: '1', DOMAINS_ORDER_RETRY_MS: '3600000' } })
    const stopped = await stored(id)
    const oldCart = stopped.ovhCartId
    expect(stateOf(stopped.steps, 'item')).toBe('done')
    await platform.payload.update({
      collection: DOMAIN_ORDERS,
      id,
      data: { status: 'ordering', steps: withStep(stopped.steps as StepRow[], 'item', { state: 'running' }, new Date()) },
      overrideAccess: true,
    })
    await placeOrder(platform.payload, id, { env: env() })
    const placed = await stored(id)
    expect(placed.status).toBe('registering')
    expect(placed.ovhCartId).not.toBe(oldCart)
    const orders = fakeOrdersFor('przerwany-koszyk.pl')
    expect(orders.map((entry) => entry.cartId)).toEqual([placed.ovhCartId])
    expect(fake.calls().filter((entry) => entry.path === `/order/cart/${oldCart}/checkout`)).toEqual([])
  })
  it('the sweep re-queues a look at OVH that is overdue (a lost job); a look before its time changes nothing', async () => {
    const { id } = await paidOrder('zagubiona.pl')
    await placeOrder(platform.payload, id, { env: env() })
    const placed = await stored(id)
    expect(placed.status).toBe('registering')
    // Seen from an hour and six minutes later, the look is overdue: queued now, it comes early and changes nothing.
    expect((await sweepOrders(platform.payload, new Date(Date.parse(placed.nextCheckAt!) + 6 * 60_000))).follow).toContain(id)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await stored(id)).toMatchObject({ status: 'registering', nextCheckAt: placed.nextCheckAt, lastCheckedAt: null })
    expect(fake.calls().filter((entry) => entry.path === `/me/order/${placed.ovhOrderId}/status`)).toEqual([])
    // Really overdue (its job lost): the sweep queues it, and the order is followed to delivered.
    await platform.payload.update({
      collection: DOMAIN_ORDERS,
      id,
      data: { nextCheckAt: new Date(Date.now() - 10 * 60_000).toISOString() },
      overrideAccess: true,
    })
    expect((await sweepOrders(platform.payload)).follow).toContain(id)
    await waitForDelivery(id)
  })
})

describe('who may order, read and retry', () => {
  it('only the site’s owner and admins order; others 403, signed out 401; OVH is not asked', async () => {
    const before = cartCalls().length
    for (const who of [as.viewer, as.editor, as.ownerB, as.staff])
      expect(await order(who, siteA, 'dostep.pl', 'en')).toEqual({
        status: 403,
        body: { errors: [{ message: "Only the site's owner or an admin may order domains for it." }] },
      })
    expect((await order(as.viewer, siteA, 'dostep.pl')).body.errors![0].message).toBe(
      'Domeny dla tej strony może zamawiać tylko jej właściciel lub administrator.',
    )
    expect(await order(as.visitor, siteA, 'dostep.pl')).toEqual({ status: 401, body: { errors: [{ message: 'Zaloguj się, aby zamówić domenę.' }] } })
    expect(cartCalls().length).toBe(before)
    expect(await platform.payload.count({ collection: DOMAIN_ORDERS, where: { domainName: { equals: 'dostep.pl' } }, overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
    // A site admin may.
    const byAdmin = await order(as.admin, siteA, 'przez-admina.pl')
    expect(byAdmin.status).toBe(201)
  })

  it('the list and the order: the site’s owner and admins; 404 for orders one cannot read', async () => {
    const { body } = await order(as.ownerA, siteA, 'czytanie.pl')
    const id = body.order.id
    for (const who of [as.viewer, as.editor, as.ownerB]) {
      expect((await call(who, 'GET', `/api/domains/orders?site=${siteA}`)).status).toBe(403)
      expect(await call(who, 'GET', `/api/domains/orders/${id}`)).toEqual({ status: 404, body: { errors: [{ message: 'Nie ma takiego zamówienia domeny.' }] } })
      expect((await call(who, 'POST', `/api/domains/orders/${id}/retry`)).status).toBe(404)
    }
    expect((await call(as.visitor, 'GET', `/api/domains/orders?site=${siteA}`)).status).toBe(401)
    expect((await call(as.visitor, 'GET', `/api/domains/orders/${id}`)).status).toBe(401)
    expect((await call(as.visitor, 'POST', `/api/domains/orders/${id}/retry`)).status).toBe(401)
    // Staff read every order (audit) but change none.
    expect((await call(as.staff, 'GET', `/api/domains/orders/${id}`)).status).toBe(200)
    expect((await call(as.staff, 'POST', `/api/domains/orders/${id}/retry`, undefined, 'en')).body).toEqual({
      errors: [{ message: "Only the site's owner or an admin may try the order again." }],
    })
    expect((await call(as.ownerA, 'GET', `/api/domains/orders?site=abc`)).status).toBe(400)
    // Waiting for payment is not failed.
    expect((await call(as.ownerA, 'POST', `/api/domains/orders/${id}/retry`)).status).toBe(409)
    const listed = await call<{ orders: View[] }>(as.ownerA, 'GET', `/api/domains/orders?site=${siteA}`)
    expect(listed.body.orders.find((entry) => entry.id === id)).toMatchObject({
      statusLabel: 'Oczekująca na płatność',
      payUrl: expect.stringContaining('/api/payments/pay/'),
    })
  })

  it('a plan without custom domains is refused with the plan’s words, before OVH is asked', async () => {
    const user = await createUser(platform.payload)
    const site = await createSite(platform.payload, user.id)
    const client = await signIn(platform.baseURL, user.email, PASSWORD)
    const before = cartCalls().length
    expect(await order(client, site.id, 'darmowa.pl')).toEqual({
      status: 403,
      body: { errors: [{ message: `Plan Darmowy nie obejmuje własnej domeny. Własna domena: plan Pro (od 49,00${NBSP}zł miesięcznie).` }] },
    })
    expect((await order(client, site.id, 'darmowa.pl', 'en')).body.errors![0].message).toBe(
      `The Free plan does not include a custom domain. For a custom domain: the Pro plan (from PLN${NBSP}49.00 a month).`,
    )
    expect(cartCalls().length).toBe(before)
  })
})

it('bad input: a clear 400, 409 or 422 in the admin’s language, and nothing is created', async () => {
  const count = () => platform.payload.count({ collection: DOMAIN_ORDERS, overrideAccess: true })
  const before = (await count()).totalDocs
  const calls = cartCalls().length
  const cases: [unknown, unknown, number, string][] = [
    [siteA, 'a b.pl', 400, '„a b.pl” nie jest poprawną nazwą domeny. Użyj liter (także polskich), cyfr i myślników, np. kowalska-coaching.pl.'],
    [siteA, '', 400, 'Wpisz nazwę domeny, np. kowalska.pl.'],
    [siteA, 42, 400, 'Wpisz nazwę domeny, np. kowalska.pl.'],
    [siteA, 'kowalska', 400, 'Podaj pełną nazwę domeny z końcówką, np. kowalska.pl.'],
    [siteA, 'blog.kowalska.pl', 400, 'Podaj samą domenę, bez subdomeny: np. kowalska.pl zamiast blog.kowalska.pl.'],
    [null, 'kowalska.pl', 400, 'Wybierz stronę, dla której zamawiasz domenę.'],
    [
      siteA,
      'kowalska-coaching.pl',
      409,
      'Domena kowalska-coaching.pl jest już podłączona do strony na naszej platformie albo ktoś ją właśnie zamawia. Jedna domena nigdy nie jest podłączona do dwóch stron.',
    ],
  ]
  for (const [site, name, status, message] of cases) expect(await order(as.ownerA, site as number, name)).toEqual({ status, body: { errors: [{ message }] } })
  // None of those reached OVH.
  expect(cartCalls().length).toBe(calls)

  // A site's own domain set by hand counts as attached too.
  await platform.payload.update({ collection: 'sites', id: siteB, data: { domain: 'www.reczna.pl' }, overrideAccess: true })
  expect((await order(as.ownerA, siteA, 'reczna.pl', 'en')).body).toEqual({
    errors: [{ message: 'The domain reczna.pl is already attached to a site on our platform, or being ordered. A domain is never attached to two sites.' }],
  })
  // Registered by someone: 409; not sold: 422.
  expect(await order(as.ownerA, siteA, 'zajeta.pl')).toEqual({
    status: 409,
    body: { errors: [{ message: 'Domena zajeta.pl jest już zajęta. Jeśli należy do Ciebie, podłącz ją jako własną domenę.' }] },
  })
  expect(await order(as.ownerA, siteA, 'kowalska.de', 'en')).toEqual({
    status: 422,
    body: { errors: [{ message: 'kowalska.de cannot be bought through our platform.' }] },
  })
  // Not JSON.
  const form = await fetch(`${platform.baseURL}/api/domains/orders`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', cookie: as.ownerA.cookie()!, origin: TEST_PUBLIC_URL, 'accept-language': 'pl' },
    body: 'site=1&name=x.pl',
  })
  expect([form.status, (await form.json()).errors[0].message]).toEqual([
    415,
    'Wyślij dane zamówienia jako JSON: { "site": <id strony>, "name": "kowalska.pl" }.',
  ])
  expect((await count()).totalDocs).toBe(before)
})

it('OVH refusing the platform’s keys: 502 naming the cause, nothing created', async () => {
  fake.failNext({ method: 'GET', path: '/order/cart/*/domain', status: 403, errorCode: 'NOT_GRANTED_CALL', message: 'This call has not been granted' })
  const answer = await order(as.ownerA, siteA, 'klucze.pl', 'en')
  expect(answer.status).toBe(502)
  expect(answer.body.errors![0].message).toContain('not allowed to call GET /order/cart/*/domain (NOT_GRANTED_CALL: "This call has not been granted")')
  expect(await platform.payload.count({ collection: DOMAIN_ORDERS, where: { domainName: { equals: 'klucze.pl' } }, overrideAccess: true })).toEqual({
    totalDocs: 0,
  })
})

// Last: reconciliation expires every payment still pending, other tests' included.
it('a payment that never comes: P24 fails it, reconciliation expires it, the order is cancelled and the name is free again', async () => {
  const answer = await order(as.ownerA, siteA, 'zwolniona.pl')
  expect(answer.status).toBe(201)
  const id = answer.body.order.id
  // The owner clicks "Fail" at P24: P24 tells the platform nothing, as the real one does.
  await payAtP24(answer.body.payUrl!, 'fail')
  expect(await statusOf(id)).toBe('pending_payment')
  // Another site meanwhile: the name is taken by the waiting order.
  expect((await order(as.ownerB, siteB, 'zwolniona.pl')).status).toBe(409)

  Object.assign(process.env, { PAYMENTS_RECONCILE_AFTER_MINUTES: '0', PAYMENTS_EXPIRE_AFTER_MINUTES: '0' })
  await getJobs(platform.payload).enqueue('payments.reconcile')
  await waitForStatus(id, 'cancelled')
  const cancelled = await stored(id)
  // The name moved to releasedName; domainName holds a placeholder under the reserved .invalid TLD.
  expect([cancelled.domainName, cancelled.releasedName, stateOf(cancelled.steps, 'payment')]).toEqual([
    expect.stringMatching(new RegExp(`^released-${id}-[0-9a-f]{8}\\.invalid$`)),
    'zwolniona.pl',
    'failed',
  ])
  expect((await call(as.ownerA, 'GET', `/api/domains/orders/${id}`)).body.order).toMatchObject({
    domain: 'zwolniona.pl',
    status: 'cancelled',
    statusLabel: 'Anulowana',
    canRetry: false,
    payUrl: null,
    error: {
      step: 'payment',
      message:
        'Nie udało się: płatność. Płatność nie została dokończona w wyznaczonym czasie, więc anulowaliśmy zamówienie. Nie pobraliśmy pieniędzy; domenę możesz zamówić ponownie.',
    },
  })
  // Free: another site orders it now.
  const again = await order(as.ownerB, siteB, 'zwolniona.pl')
  expect(again.status).toBe(201)
  expect(again.body.order.id).not.toBe(id)
})
