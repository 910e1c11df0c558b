/**
 * The OVH client against the fake OVH over real HTTP on 127.0.0.1: the whole order path (cart → item → assign →
 * configuration → checkout → status walk → delivered → zone → records → refresh), OVH's refusals as typed errors
 * with their causes, OVH's clock, timeouts, and the failures the fake can be told to produce.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createOvhClient, DOMAINS_ACCESS_RULES, forgetOvhTimeOffsets, ovhApi, OvhError, ovhSignature, type OvhConfig } from '../ovh'
import { DEV_OVH_KEYS, OVH_PARKING_IP, startFakeOvh, type FakeOvh } from '../simulator'

let fake: FakeOvh
let config: OvhConfig

const API_KEYS = { applicationKey: DEV_OVH_KEYS.applicationKey, applicationSecret: DEV_OVH_KEYS.applicationSecret, consumerKey: DEV_OVH_KEYS.consumerKey }

beforeAll(async () => {
  fake = await startFakeOvh({
    takenDomains: ['zajeta.pl'],
    consumerKeys: [
      { consumerKey: DEV_OVH_KEYS.consumerKey, applicationKey: DEV_OVH_KEYS.applicationKey, rules: [...DOMAINS_ACCESS_RULES] },
      { consumerKey: 'read-only-key', applicationKey: DEV_OVH_KEYS.applicationKey, rules: [{ method: 'GET', path: '/me/order/*/status' }] },
      { consumerKey: 'pending-key', applicationKey: DEV_OVH_KEYS.applicationKey, rules: [...DOMAINS_ACCESS_RULES], state: 'pendingValidation' },
    ],
  })
  config = { endpoint: fake.endpoint, ...API_KEYS, timeoutMs: 5000 }
})

afterAll(async () => {
  await fake?.close()
})

beforeEach(() => forgetOvhTimeOffsets())

const api = (overrides: Partial<OvhConfig> = {}) => ovhApi(createOvhClient({ ...config, ...overrides }))

const failure = async (promise: Promise<unknown>): Promise<OvhError> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof OvhError)) throw new Error(`expected an OvhError, got ${String(error)}`)
  return error
}

it('orders a domain the documented way and the order walks to delivered, creating its zone', async () => {
  const ovh = api()
  const cart = await ovh.createCart({ ovhSubsidiary: 'PL' })
  expect(cart).toMatchObject({ cartId: expect.any(String), items: [], readOnly: false })

  const offers = await ovh.domainOffers(cart.cartId, 'kowalska-coaching.pl')
  expect(offers).toEqual([
    expect.objectContaining({
      action: 'create',
      orderable: true,
      pricingMode: 'create-default',
      prices: expect.arrayContaining([{ label: 'TOTAL', price: { currencyCode: 'PLN', text: '39.99 PLN', value: 39.99, priceInUcents: 3999000000 } }]),
    }),
  ])

  const item = await ovh.addDomain(cart.cartId, { domain: 'kowalska-coaching.pl' })
  expect(item).toMatchObject({ cartId: cart.cartId, itemId: expect.any(Number), duration: 'P1Y', settings: { domain: 'kowalska-coaching.pl' } })

  // Configuration before the cart is the account's is refused, as at OVH.
  expect((await failure(ovh.configureItem(cart.cartId, item.itemId, { label: 'OWNER_LEGAL_AGE', value: 'true' }))).status).toBe(403)
  expect(await ovh.assignCart(cart.cartId)).toBeNull()
  const required = await ovh.requiredConfiguration(cart.cartId, item.itemId)
  expect(required).toContainEqual({ label: 'OWNER_LEGAL_AGE', type: 'bool', required: true })
  // A checkout without the required configuration names what is missing.
  const missing = await failure(ovh.checkout(cart.cartId))
  expect([missing.status, missing.ovhMessage]).toEqual([400, `Missing configuration OWNER_LEGAL_AGE for item ${item.itemId}`])
  expect(await ovh.configureItem(cart.cartId, item.itemId, { label: 'OWNER_LEGAL_AGE', value: 'true' })).toEqual({
    id: expect.any(Number),
    label: 'OWNER_LEGAL_AGE',
    value: 'true',
  })

  const order = await ovh.checkout(cart.cartId)
  // 39.99 PLN + 23% VAT (9.20) = 49.19 PLN
  expect(order).toMatchObject({
    orderId: expect.any(Number),
    url: `${fake.url}/fake/orders/${order.orderId}`,
    prices: { withoutTax: { value: 39.99 }, tax: { value: 9.2 }, withTax: { value: 49.19 } },
  })
  // The cart is closed now.
  expect((await failure(ovh.addDomain(cart.cartId, { domain: 'other.pl' }))).ovhMessage).toBe('This cart is read only')

  const seen = [] as string[]
  for (let poll = 0; poll < 4; poll++) seen.push(await ovh.orderStatus(order.orderId))
  expect(seen).toEqual(['checking', 'delivering', 'delivered', 'delivered'])

  // Delivered: the name is registered now and its zone exists, on OVH's defaults (parking apex, www alias).
  expect((await ovh.domainOffers((await ovh.createCart()).cartId, 'kowalska-coaching.pl'))[0].action).toBe('transfer')
  const apex = await ovh.zoneRecordIds('kowalska-coaching.pl', { fieldType: 'A', subDomain: '' })
  expect(apex).toHaveLength(1)
  expect(await ovh.zoneRecord('kowalska-coaching.pl', apex[0])).toMatchObject({ fieldType: 'A', subDomain: '', target: OVH_PARKING_IP })

  // Replacing the records: an A beside www's CNAME is refused, as DNS and OVH require; delete, create, refresh.
  const www = await ovh.zoneRecordIds('kowalska-coaching.pl', { subDomain: 'www' })
  expect((await failure(ovh.createRecord('kowalska-coaching.pl', { fieldType: 'A', subDomain: 'www', target: '203.0.113.10' }))).status).toBe(400)
  for (const id of [...apex, ...www]) expect(await ovh.deleteRecord('kowalska-coaching.pl', id)).toBeNull()
  await ovh.createRecord('kowalska-coaching.pl', { fieldType: 'A', subDomain: '', target: '203.0.113.10', ttl: 300 })
  await ovh.createRecord('kowalska-coaching.pl', { fieldType: 'A', subDomain: 'www', target: '203.0.113.10', ttl: 300 })
  expect(fake.store.zone('kowalska-coaching.pl')!.published.filter((record) => record.fieldType === 'A')).toEqual([
    expect.objectContaining({ target: OVH_PARKING_IP }),
  ])
  expect(await ovh.refreshZone('kowalska-coaching.pl')).toBeNull()
  const published = fake.store.zone('kowalska-coaching.pl')!.published.filter((record) => record.fieldType === 'A')
  expect(published.map((record) => [record.subDomain, record.target])).toEqual([
    ['', '203.0.113.10'],
    ['www', '203.0.113.10'],
  ])
})

it('offers a registered name for transfer and an unsold extension not at all', async () => {
  const ovh = api()
  const { cartId } = await ovh.createCart()
  expect((await ovh.domainOffers(cartId, 'zajeta.pl'))[0]).toMatchObject({ action: 'transfer', pricingMode: 'transfer-default' })
  expect(await ovh.domainOffers(cartId, 'kowalska.de')).toEqual([])
  expect((await ovh.domainOffers(cartId, 'kowalska.com.pl'))[0].prices).toContainEqual({
    label: 'TOTAL',
    price: { currencyCode: 'PLN', text: '24.99 PLN', value: 24.99, priceInUcents: 2499000000 },
  })
})

describe('OVH’s refusals reach the caller as typed errors naming the cause', () => {
  it('a wrong application secret: INVALID_SIGNATURE', async () => {
    const error = await failure(api({ applicationSecret: 'not-the-secret' }).createCart())
    expect([error.status, error.errorCode, error.ovhMessage, error.kind]).toEqual([400, 'INVALID_SIGNATURE', 'Invalid signature', 'invalid-signature'])
    expect(error.userMessage('pl')).toContain('OVH odrzuciło podpis zapytania (INVALID_SIGNATURE')
    expect(error.userMessage('en')).toContain('OVH rejected the request signature (INVALID_SIGNATURE')
  })

  it('an unknown application key: INVALID_KEY; an unknown or unvalidated consumer key: INVALID_CREDENTIAL', async () => {
    const key = await failure(api({ applicationKey: 'nope' }).createCart())
    expect([key.status, key.errorCode, key.ovhMessage]).toEqual([403, 'INVALID_KEY', 'Invalid application key'])
    const unknown = await failure(api({ consumerKey: 'nope' }).createCart())
    expect([unknown.status, unknown.errorCode, unknown.ovhMessage]).toEqual([403, 'INVALID_CREDENTIAL', 'This credential does not exist'])
    const pending = await failure(api({ consumerKey: 'pending-key' }).createCart())
    expect([pending.errorCode, pending.ovhMessage]).toEqual(['INVALID_CREDENTIAL', 'This credential is not valid'])
    expect(pending.userMessage('pl')).toContain('npm run ovh:consumer-key')
  })

  it('a call outside the key’s rules: NOT_GRANTED_CALL, naming the call', async () => {
    const error = await failure(api({ consumerKey: 'read-only-key' }).createCart())
    expect([error.status, error.errorCode, error.ovhMessage]).toEqual([403, 'NOT_GRANTED_CALL', 'This call has not been granted'])
    expect(error.userMessage('en')).toContain('not allowed to call POST /order/cart')
    expect(error.userMessage('pl')).toContain('nie ma uprawnienia do wywołania POST /order/cart')
    // What the rule allows still works with that key.
    await expect(api({ consumerKey: 'read-only-key' }).orderStatus(999)).rejects.toMatchObject({ status: 404 })
  })

  it('a forged or replayed call: the fake recomputes the signature over what it received', async () => {
    const timestamp = Math.round(Date.now() / 1000)
    const url = `${fake.endpoint}/order/cart`
    const signed = ovhSignature({ ...API_KEYS, method: 'POST', url, body: '{"ovhSubsidiary":"PL"}', timestamp })
    const send = (body: string, at = timestamp) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'X-Ovh-Application': API_KEYS.applicationKey,
          'X-Ovh-Consumer': API_KEYS.consumerKey,
          'X-Ovh-Timestamp': String(at),
          'X-Ovh-Signature': signed,
        },
        body,
      }).then(async (response) => [response.status, await response.json()])
    expect(await send('{"ovhSubsidiary":"PL"}')).toEqual([200, expect.objectContaining({ cartId: expect.any(String) })])
    // Another body under the same signature.
    expect(await send('{"ovhSubsidiary":"FR"}')).toEqual([400, { errorCode: 'INVALID_SIGNATURE', httpCode: '400 Bad Request', message: 'Invalid signature' }])
    // The same call ten minutes later.
    expect(await send('{"ovhSubsidiary":"PL"}', timestamp - 600)).toEqual([
      400,
      { errorCode: 'QUERY_TIME_OUT', httpCode: '400 Bad Request', message: 'Query out of time' },
    ])
  })
})

it('signs with OVH’s clock, and takes it again when OVH says the time is off', async () => {
  fake.setClockOffset(3600)
  try {
    const client = createOvhClient(config)
    expect(await client.timeOffset()).toBeGreaterThanOrEqual(3599)
    await ovhApi(client).createCart()
    // OVH's clock jumps back: the cached offset is wrong, OVH answers QUERY_TIME_OUT once, the client re-syncs.
    fake.setClockOffset(-3600)
    const before = fake.calls().length
    await ovhApi(client).createCart()
    expect(
      fake
        .calls()
        .slice(before)
        .map((call) => [call.path, call.status, call.errorCode]),
    ).toEqual([
      ['/order/cart', 400, 'QUERY_TIME_OUT'],
      ['/auth/time', 200, undefined],
      ['/order/cart', 200, undefined],
    ])
  } finally {
    fake.setClockOffset(0)
  }
})

it('gives up on a silent OVH after the timeout, and says so', async () => {
  const silent = http.createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  try {
    const error = await failure(api({ endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/1.0`, timeoutMs: 300 }).createCart())
    expect([error.kind, error.status]).toEqual(['timeout', 0])
    expect(error.userMessage('pl')).toBe('OVH nie odpowiedziało w ciągu 1 s. Spróbuj ponownie za chwilę.')
    expect(error.isTransient).toBe(true)
  } finally {
    silent.closeAllConnections()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
  }
})

it('reports an unreachable OVH as a network error', async () => {
  const closed = http.createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise<void>((resolve) => closed.close(() => resolve()))
  const error = await failure(api({ endpoint: `http://127.0.0.1:${port}/1.0` }).createCart())
  expect([error.kind, error.ovhMessage]).toEqual(['network', 'ECONNREFUSED'])
})

describe('failures on demand', () => {
  it('the next matching call answers the given error, then calls work again', async () => {
    const ovh = api()
    const { cartId } = await ovh.createCart()
    fake.failNext({ method: 'POST', path: '/order/cart/*/assign', status: 503, message: 'Service temporarily unavailable' })
    const error = await failure(ovh.assignCart(cartId))
    expect([error.kind, error.status, error.isTransient]).toEqual(['unavailable', 503, true])
    expect(error.userMessage('pl')).toBe('OVH jest chwilowo niedostępne (HTTP 503: „Service temporarily unavailable”). Spróbuj ponownie za kilka minut.')
    expect(await ovh.assignCart(cartId)).toBeNull()
  })

  it('over HTTP too (for a dev server or a browser test)', async () => {
    const ovh = api()
    const told = await fetch(`${fake.url}/fake/fail`, {
      method: 'POST',
      body: JSON.stringify({ path: '/order/cart', status: 403, errorCode: 'NOT_GRANTED_CALL', message: 'This call has not been granted' }),
    })
    expect(told.status).toBe(204)
    expect((await failure(ovh.createCart())).kind).toBe('not-granted')
    await ovh.createCart()
  })

  it('an order told to fail is cancelled at that step; a name registered meanwhile is never delivered', async () => {
    const ovh = api()
    const buy = async (domain: string) => {
      const { cartId } = await ovh.createCart()
      const { itemId } = await ovh.addDomain(cartId, { domain })
      await ovh.assignCart(cartId)
      await ovh.configureItem(cartId, itemId, { label: 'OWNER_LEGAL_AGE', value: 'true' })
      return (await ovh.checkout(cartId)).orderId
    }
    const told = await fetch(`${fake.url}/fake/orders/fail`, { method: 'POST', body: JSON.stringify({ domain: 'pechowa.pl', at: 'delivering' }) })
    expect(told.status).toBe(204)
    const unlucky = await buy('pechowa.pl')
    expect([await ovh.orderStatus(unlucky), await ovh.orderStatus(unlucky), await ovh.orderStatus(unlucky)]).toEqual(['checking', 'cancelled', 'cancelled'])
    expect(fake.store.zone('pechowa.pl')).toBeUndefined()

    const raced = await buy('wyscig.pl')
    fake.store.markTaken('wyscig.pl')
    expect([await ovh.orderStatus(raced), await ovh.orderStatus(raced)]).toEqual(['checking', 'cancelled'])
  })
})

it('walks orders by time when paced so (npm run dev)', async () => {
  const timed = await startFakeOvh({ orderPace: { everyMs: 40 } })
  try {
    const ovh = ovhApi(createOvhClient({ ...config, endpoint: timed.endpoint }))
    const { cartId } = await ovh.createCart()
    const { itemId } = await ovh.addDomain(cartId, { domain: 'powoli.eu' })
    await ovh.assignCart(cartId)
    await ovh.configureItem(cartId, itemId, { label: 'OWNER_LEGAL_AGE', value: 'true' })
    const { orderId } = await ovh.checkout(cartId)
    expect(timed.store.order(orderId)!.status).toBe('notPaid')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await ovh.orderStatus(orderId)).toBe('delivered')
    expect(timed.store.zone('powoli.eu')).toBeDefined()
  } finally {
    await timed.close()
  }
})
