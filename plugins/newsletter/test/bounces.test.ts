/**
 * The bounce webhook over real HTTP: off without NEWSLETTER_BOUNCE_SECRET, 401 without the right secret, hard
 * bounces and complaints end subscriptions (on every site, or the one named), soft bounces are counted until the
 * limit, and a bad body changes nothing.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, startTestPlatform } from '@platform/testing'
import { SUBSCRIPTIONS } from '../slugs'
import { addSubscriber, uniqueAddress } from './deliveries'

const SECRET = 'bounce-secret-for-tests-0123456789'

let platform: TestPlatform
let siteA: { id: number; identifier: string }
let siteB: { id: number; identifier: string }

beforeAll(async () => {
  process.env.NEWSLETTER_BOUNCE_SECRET = SECRET
  process.env.NEWSLETTER_SOFT_BOUNCE_LIMIT = '3'
  platform = await startTestPlatform({ processJobs: false })
  const owner = await createUser(platform.payload)
  siteA = await createSite(platform.payload, owner.id)
  siteB = await createSite(platform.payload, owner.id)
})

afterAll(async () => {
  await platform?.close()
  delete process.env.NEWSLETTER_BOUNCE_SECRET
  delete process.env.NEWSLETTER_SOFT_BOUNCE_LIMIT
})

const post = (body: unknown, { auth = `Bearer ${SECRET}`, raw }: { auth?: string | null; raw?: string } = {}) =>
  fetch(`${platform.baseURL}/api/newsletter/bounces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth === null ? {} : { authorization: auth }) },
    body: raw ?? JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: await response.json().catch(() => undefined) }))

const state = async (id: number) => {
  const doc = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id, depth: 0, overrideAccess: true })
  return { isActive: doc.isActive, hardBounced: Boolean(doc.hardBouncedAt), unsubscribed: Boolean(doc.unsubscribedAt), softBounceCount: doc.softBounceCount }
}

const ACTIVE = { isActive: true, hardBounced: false, unsubscribed: false, softBounceCount: 0 }

describe('authentication', () => {
  it('is off (404) without NEWSLETTER_BOUNCE_SECRET, 401 without or with a wrong secret, and changes nothing then', async () => {
    const { id, email } = await addSubscriber(platform.payload, siteA.id, { isConfirmed: true })
    const body = { email, type: 'hard' }
    expect((await post(body, { auth: null })).status).toBe(401)
    expect((await post(body, { auth: 'Bearer wrong-secret' })).status).toBe(401)
    expect((await post(body, { auth: SECRET })).status).toBe(401)
    delete process.env.NEWSLETTER_BOUNCE_SECRET
    try {
      expect((await post(body)).status).toBe(404)
    } finally {
      process.env.NEWSLETTER_BOUNCE_SECRET = SECRET
    }
    expect(await state(id)).toEqual(ACTIVE)
    expect(await post(body)).toEqual({ status: 202, body: { reports: 1, deactivated: 1, unsubscribed: 0, softBounces: 0, unmatched: 0 } })
  })
})

describe('effects', () => {
  it('a hard bounce ends every active subscription of the address, on all sites', async () => {
    const email = uniqueAddress()
    const [a, b] = [await addSubscriber(platform.payload, siteA.id, { email }), await addSubscriber(platform.payload, siteB.id, { email })]
    const answer = await post({ email: email.toUpperCase(), type: 'hard', reason: '550 5.1.1 user unknown' })
    expect(answer).toEqual({ status: 202, body: { reports: 1, deactivated: 2, unsubscribed: 0, softBounces: 0, unmatched: 0 } })
    for (const id of [a.id, b.id]) expect(await state(id)).toEqual({ isActive: false, hardBounced: true, unsubscribed: false, softBounceCount: 0 })
  })

  it('a complaint for one site (by id or identifier) unsubscribes there only', async () => {
    const email = uniqueAddress()
    const [a, b] = [await addSubscriber(platform.payload, siteA.id, { email }), await addSubscriber(platform.payload, siteB.id, { email })]
    expect((await post({ email, type: 'complaint', site: siteA.identifier })).body).toMatchObject({ deactivated: 1, unsubscribed: 1 })
    expect(await state(a.id)).toEqual({ isActive: false, hardBounced: true, unsubscribed: true, softBounceCount: 0 })
    expect(await state(b.id)).toEqual(ACTIVE)
    expect((await post({ email, type: 'complaint', siteId: siteB.id })).body).toMatchObject({ deactivated: 1, unsubscribed: 1 })
    expect((await state(b.id)).unsubscribed).toBe(true)
  })

  it('soft bounces are counted, and the limit-th one (NEWSLETTER_SOFT_BOUNCE_LIMIT=3) counts as hard', async () => {
    const { id, email } = await addSubscriber(platform.payload, siteA.id)
    expect(
      (
        await post([
          { email, type: 'soft' },
          { email, type: 'soft' },
        ])
      ).body,
    ).toEqual({ reports: 2, deactivated: 0, unsubscribed: 0, softBounces: 2, unmatched: 0 })
    expect(await state(id)).toEqual({ ...ACTIVE, softBounceCount: 2 })
    expect((await post({ email, type: 'soft' })).body).toMatchObject({ deactivated: 1, softBounces: 1 })
    expect(await state(id)).toEqual({ isActive: false, hardBounced: true, unsubscribed: false, softBounceCount: 3 })
  })

  it('counts parallel soft bounces of one address exactly', async () => {
    const { id, email } = await addSubscriber(platform.payload, siteB.id)
    process.env.NEWSLETTER_SOFT_BOUNCE_LIMIT = '100'
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => post({ email, type: 'soft' })))
      expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(202))
    } finally {
      process.env.NEWSLETTER_SOFT_BOUNCE_LIMIT = '3'
    }
    expect(await state(id)).toEqual({ ...ACTIVE, softBounceCount: 6 })
  })

  it('reports unknown addresses, sites and already inactive subscriptions as unmatched', async () => {
    const gone = await addSubscriber(platform.payload, siteA.id, { isActive: false })
    const known = await addSubscriber(platform.payload, siteA.id)
    const answer = await post([
      { email: uniqueAddress('nobody'), type: 'hard' },
      { email: gone.email, type: 'hard' },
      { email: known.email, type: 'hard', site: 'no-such-site-here' },
    ])
    expect(answer).toEqual({ status: 202, body: { reports: 3, deactivated: 0, unsubscribed: 0, softBounces: 0, unmatched: 3 } })
    expect(await state(known.id)).toEqual(ACTIVE)
    expect((await state(gone.id)).hardBounced).toBe(false)
  })
})

describe('bad bodies', () => {
  it('answers 400 (415 for another type) and changes nothing, even for the valid reports of a batch', async () => {
    const { id, email } = await addSubscriber(platform.payload, siteA.id)
    const tooMany = Array.from({ length: 1001 }, () => ({ email, type: 'soft' }))
    const bodies: unknown[] = [
      {},
      [],
      { email, type: 'bounced' },
      { email: 'not-an-address', type: 'hard' },
      { email, type: 'hard', extra: 1 },
      { email, type: 'hard', siteId: 'abc' },
      [
        { email, type: 'hard' },
        { email: 'x', type: 'hard' },
      ],
      tooMany,
      'hard',
      null,
    ]
    for (const body of bodies) {
      const answer = await post(body)
      expect({ body: JSON.stringify(body).slice(0, 60), status: answer.status }).toEqual({ body: JSON.stringify(body).slice(0, 60), status: 400 })
      expect(answer.body.errors[0].message).toEqual(expect.any(String))
    }
    expect((await post(undefined, { raw: '{"email": ' })).status).toBe(400)
    const wrongType = await fetch(`${platform.baseURL}/api/newsletter/bounces`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${SECRET}` },
      body: JSON.stringify({ email, type: 'hard' }),
    })
    expect(wrongType.status).toBe(415)
    expect(await state(id)).toEqual(ACTIVE)
  })
})
