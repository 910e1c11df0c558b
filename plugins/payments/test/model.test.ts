/** The payments data model over real HTTP: who reads and writes payments and plans, the one free plan, the demo seed. */
import type { Session, TestPlatform } from '@platform/testing'
import { createTenant, createUser, PASSWORD, seedDemo, session, signIn, startTestPlatform } from '@platform/testing'

let platform: TestPlatform
let staff: Session

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  // The whole demo, plugins' seeds included: the plans come from this plugin's `seed`.
  await seedDemo(platform.payload)
  const staffUser = await createUser(platform.payload, { isStaff: true })
  staff = await signIn(platform.baseURL, staffUser.email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

/** A payment as trusted code makes one (the plugin's endpoints, another plugin's Local API call). */
const pay = (userId: number, data: { site?: number; purpose?: string; amount?: number; sessionId?: string | null } = {}) =>
  platform.payload.create({
    collection: 'payments',
    data: { user: userId, amount: 4900, description: 'Plan Pro', email: `payer-${userId}@example.test`, token: `tok-${userId}-${Date.now()}`, ...data },
    overrideAccess: true,
  })

const ids = (body: { docs: { id: number }[] }) => body.docs.map((doc) => doc.id).sort()
const planBySlug = async (slug: string) =>
  (await platform.payload.find({ collection: 'plans', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]
const freePlans = async () => (await platform.payload.find({ collection: 'plans', where: { isFree: { equals: true } }, overrideAccess: true })).docs

describe('payments', () => {
  it('are filled in by the model: a session id, PLN, pending, purpose plan, nothing refunded', async () => {
    const { userId } = await createTenant(platform)
    const payment = await pay(userId)
    expect(payment).toMatchObject({ currency: 'PLN', status: 'pending', purpose: 'plan', refundedAmount: 0 })
    expect(payment.sessionId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('refuse amounts that are not whole positive grosze, and a second payment with the same session id', async () => {
    const { userId } = await createTenant(platform)
    for (const amount of [0, -100, 49.5]) await expect(pay(userId, { amount })).rejects.toThrow()
    const first = await pay(userId)
    await expect(pay(userId, { sessionId: first.sessionId })).rejects.toThrow()
  })

  it('an owner lists and reads only their own; staff see all', async () => {
    const [a, b] = await Promise.all([createTenant(platform), createTenant(platform)])
    const [mine, theirs] = [await pay(a.userId), await pay(b.userId)]
    const listed = await a.session.request('GET', `/api/payments?depth=0&limit=0&where[id][in]=${mine.id},${theirs.id}`)
    expect(listed.status).toBe(200)
    expect(ids(listed.body)).toEqual([mine.id])
    expect((await a.session.request('GET', `/api/payments/${mine.id}?depth=0`)).status).toBe(200)
    expect((await a.session.request('GET', `/api/payments/${theirs.id}?depth=0`)).status).toBe(404)
    const all = await staff.request('GET', `/api/payments?depth=0&limit=0&where[id][in]=${mine.id},${theirs.id}`)
    expect(ids(all.body)).toEqual([mine.id, theirs.id].sort())
    expect((await session(platform.baseURL).request('GET', `/api/payments/${mine.id}`)).status).toBe(403)
  })

  it('hide the token and P24 internals from the payer, not from staff', async () => {
    const { userId, session: payer } = await createTenant(platform)
    const payment = await pay(userId)
    await platform.payload.update({
      collection: 'payments',
      id: payment.id,
      data: { p24OrderId: 31_337, history: [{ at: new Date().toISOString(), kind: 'register', summary: { responseCode: 0 } }] },
      overrideAccess: true,
    })
    const seen = (await payer.request('GET', `/api/payments/${payment.id}?depth=0`)).body
    expect(seen).toMatchObject({ id: payment.id, amount: 4900, status: 'pending' })
    for (const hidden of ['token', 'p24OrderId']) expect(seen).not.toHaveProperty(hidden)
    // Payload answers a hidden array as empty rather than leaving it out: either way none of its rows.
    expect(seen.history ?? []).toEqual([])
    const audited = (await staff.request('GET', `/api/payments/${payment.id}?depth=0`)).body
    expect(audited).toMatchObject({ token: payment.token, p24OrderId: 31_337, history: [{ kind: 'register', summary: { responseCode: 0 } }] })
  })

  it("a site's owner sees the payments made to their site (a workshop ticket), and no one else's", async () => {
    const [host, other, buyer] = await Promise.all([createTenant(platform), createTenant(platform), createTenant(platform)])
    const ticket = await pay(buyer.userId, { site: host.siteId, purpose: 'workshop-test.ticket' })
    const elsewhere = await pay(buyer.userId, { site: other.siteId })
    const listed = await host.session.request('GET', `/api/payments?depth=0&limit=0&where[id][in]=${ticket.id},${elsewhere.id}`)
    expect(ids(listed.body)).toEqual([ticket.id])
    expect((await other.session.request('GET', `/api/payments/${ticket.id}?depth=0`)).status).toBe(404)
    expect(ids((await buyer.session.request('GET', `/api/payments?depth=0&limit=0&where[user][equals]=${buyer.userId}`)).body)).toEqual(
      [ticket.id, elsewhere.id].sort(),
    )
  })

  it('outlive the site they were made to: deleting the site clears the reference and keeps the payment', async () => {
    const owner = await createTenant(platform)
    const payer = await createTenant(platform)
    const payment = await pay(payer.userId, { site: owner.siteId, purpose: 'registration' })
    expect((await owner.session.request('DELETE', `/api/sites/${owner.siteId}`)).status).toBe(200)
    const kept = await platform.payload.findByID({ collection: 'payments', id: payment.id, depth: 0, overrideAccess: true })
    expect(kept).toMatchObject({ id: payment.id, amount: 4900, purpose: 'registration', site: null })
  })

  it('nobody creates, changes or deletes a payment over REST, staff included', async () => {
    const { userId, session: payer } = await createTenant(platform)
    const payment = await pay(userId)
    for (const caller of [payer, staff]) {
      const body = { user: userId, amount: 100, description: 'forged', email: 'x@example.test' }
      expect((await caller.request('POST', '/api/payments', body)).status).toBe(403)
      expect((await caller.request('PATCH', `/api/payments/${payment.id}`, { status: 'paid' })).status).toBe(403)
      expect((await caller.request('DELETE', `/api/payments/${payment.id}`)).status).toBe(403)
    }
    const stored = await platform.payload.findByID({ collection: 'payments', id: payment.id, overrideAccess: true })
    expect(stored.status).toBe('pending')
  })
})

describe('plans', () => {
  it('the demo seed gives Free, Pro and Studio, once, with one free plan', async () => {
    const plans = (
      await platform.payload.find({ collection: 'plans', where: { slug: { in: ['free', 'pro', 'studio'] } }, sort: 'sortOrder', overrideAccess: true })
    ).docs
    expect(plans.map((plan) => [plan.slug, plan.monthlyPrice, plan.isFree])).toEqual([
      ['free', 0, true],
      ['pro', 4900, false],
      ['studio', 12900, false],
    ])
    expect(plans[2].limits?.maxNewsletterSubscribers ?? null).toBeNull()
  })

  it('the demo grants Anna Studio and Marek Pro with no end; Ewa is on the free plan', async () => {
    const users = await platform.payload.find({
      collection: 'users',
      where: { email: { in: ['anna@example.com', 'marek@example.com', 'ewa@example.com'] } },
      sort: 'email',
      depth: 1,
      overrideAccess: true,
    })
    const plans = users.docs.map((user) => [
      user.email,
      typeof user.plan === 'object' ? (user.plan?.slug ?? null) : (user.plan ?? null),
      user.planEndsAt ?? null,
    ])
    expect(plans).toEqual([
      ['anna@example.com', 'studio', null],
      ['ewa@example.com', null, null],
      ['marek@example.com', 'pro', null],
    ])
  })

  it('signed-in users read the offered plans; visitors none; only staff write', async () => {
    const { session: owner } = await createTenant(platform)
    const withdrawn = await staff.request('POST', '/api/plans', {
      slug: `old-${Date.now()}`,
      namePl: 'Stary',
      nameEn: 'Old',
      monthlyPrice: 100,
      yearlyPrice: 1000,
      isActive: false,
    })
    expect(withdrawn.status).toBe(201)
    const listed = await owner.request('GET', '/api/plans?depth=0&limit=0')
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((plan: { slug: string }) => plan.slug)).toEqual(expect.arrayContaining(['free', 'pro', 'studio']))
    expect(listed.body.docs.some((plan: { id: number }) => plan.id === withdrawn.body.doc.id)).toBe(false)
    expect((await session(platform.baseURL).request('GET', '/api/plans')).status).toBe(403)
    const pro = await planBySlug('pro')
    expect((await owner.request('POST', '/api/plans', { slug: 'mine', namePl: 'M', nameEn: 'M', monthlyPrice: 0, yearlyPrice: 0 })).status).toBe(403)
    expect((await owner.request('PATCH', `/api/plans/${pro.id}`, { monthlyPrice: 1 })).status).toBe(403)
    expect((await owner.request('DELETE', `/api/plans/${pro.id}`)).status).toBe(403)
    expect((await staff.request('PATCH', `/api/plans/${pro.id}`, { sortOrder: 1 })).status).toBe(200)
  })

  it('exactly one plan is free: making another free moves the flag; the free one is neither unset, priced nor deleted', async () => {
    const free = await planBySlug('free')
    expect((await staff.request('PATCH', `/api/plans/${free.id}`, { isFree: false })).status).toBe(400)
    expect((await staff.request('PATCH', `/api/plans/${free.id}`, { monthlyPrice: 100 })).status).toBe(400)
    expect((await staff.request('DELETE', `/api/plans/${free.id}`)).status).toBe(400)
    const priced = await staff.request('POST', '/api/plans', {
      slug: `x-${Date.now()}`,
      namePl: 'X',
      nameEn: 'X',
      monthlyPrice: 100,
      yearlyPrice: 0,
      isFree: true,
    })
    expect(priced.status).toBe(400)

    const starter = await staff.request('POST', '/api/plans', {
      slug: 'starter',
      namePl: 'Start',
      nameEn: 'Starter',
      monthlyPrice: 0,
      yearlyPrice: 0,
      isFree: true,
    })
    expect(starter.status).toBe(201)
    expect((await freePlans()).map((plan) => plan.slug)).toEqual(['starter'])
    // And back, so the other tests keep the seed's free plan.
    expect((await staff.request('PATCH', `/api/plans/${free.id}`, { isFree: true })).status).toBe(200)
    expect((await freePlans()).map((plan) => plan.slug)).toEqual(['free'])
  })

  it('two plans made free at once still leave one free plan', async () => {
    const made = await Promise.all(
      ['twin-a', 'twin-b'].map((slug) =>
        staff.request('POST', '/api/plans', { slug, namePl: slug, nameEn: slug, monthlyPrice: 0, yearlyPrice: 0, isFree: true }),
      ),
    )
    expect(made.map((answer) => answer.status)).toEqual([201, 201])
    expect(await freePlans()).toHaveLength(1)
    const free = await planBySlug('free')
    expect((await staff.request('PATCH', `/api/plans/${free.id}`, { isFree: true })).status).toBe(200)
  })
})

describe("a user's plan", () => {
  it('the user reads it but cannot set it; staff can', async () => {
    const { userId, session: user } = await createTenant(platform)
    const pro = await planBySlug('pro')
    const ends = '2027-01-01T00:00:00.000Z'
    expect((await user.request('PATCH', `/api/users/${userId}`, { plan: pro.id })).status).toBe(403)
    expect((await user.request('PATCH', `/api/users/${userId}`, { planEndsAt: ends })).status).toBe(403)
    expect((await staff.request('PATCH', `/api/users/${userId}`, { plan: pro.id, planEndsAt: ends })).status).toBe(200)
    expect((await user.request('GET', `/api/users/${userId}?depth=0`)).body).toMatchObject({ plan: pro.id, planEndsAt: ends })
  })

  it("a user whose plan was withdrawn still reads it; a site's owner does not see a team member's plan", async () => {
    const { userId, siteId, session: owner } = await createTenant(platform)
    const legacy = await staff.request('POST', '/api/plans', {
      slug: `legacy-${Date.now()}`,
      namePl: 'L',
      nameEn: 'L',
      monthlyPrice: 1,
      yearlyPrice: 10,
      isActive: false,
    })
    await platform.payload.update({ collection: 'users', id: userId, data: { plan: legacy.body.doc.id }, overrideAccess: true })
    expect((await owner.request('GET', `/api/plans/${legacy.body.doc.id}?depth=0`)).status).toBe(200)

    const admin = await createUser(platform.payload)
    await platform.payload.update({ collection: 'users', id: admin.id, data: { plan: legacy.body.doc.id, planEndsAt: '2027-01-01' }, overrideAccess: true })
    await platform.payload.create({
      collection: 'team-members',
      data: { site: siteId, email: admin.email, permissionRole: 'admin', invitationStatus: 'accepted', linkedUser: admin.id },
      overrideAccess: true,
    })
    // The owner manages the site, so reads the admin's account: without its plan.
    const seen = await owner.request('GET', `/api/users/${admin.id}?depth=0`)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ id: admin.id, email: admin.email })
    for (const hidden of ['plan', 'planEndsAt']) expect(seen.body).not.toHaveProperty(hidden)
  })
})
