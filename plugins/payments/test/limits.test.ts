/**
 * Plan limits over real HTTP: an owner creating sites and inviting a team through the REST API, refused at
 * their plan's limit with a message in their language, allowed more by a better plan, falling back to the free
 * plan when a plan ends (nothing deleted), and parallel creates that cannot pass a limit together.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform, TEST_PUBLIC_URL } from '@platform/testing'
import { DEMO_PLANS, seedPlans } from '../seed'

const DAY_MS = 24 * 3_600_000
const nbsp = '\u00a0'
const unique = () => Math.random().toString(36).slice(2, 10)

let platform: TestPlatform

const siteBody = () => ({ name: `Site ${unique()}`, identifier: `limit-${unique()}`, templateConfig: {} })

/** The owner's session, but asking in the given language (or in none: then the account's language decides). */
const requestIn = async (who: Session, language: string | null, method: string, path: string, body?: unknown) => {
  const headers: Record<string, string> = { origin: TEST_PUBLIC_URL, cookie: who.cookie()!, 'content-type': 'application/json' }
  if (language) headers['accept-language'] = language
  const response = await fetch(`${platform.baseURL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, body: await response.json() }
}

const message = (body: { errors?: { message: string }[] }) => body.errors?.[0]?.message

const owner = async (locale: 'pl' | 'en' = 'en') => {
  const user = await createUser(platform.payload, { locale })
  return { id: user.id, session: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const planId = async (slug: string) =>
  (await platform.payload.find({ collection: 'plans', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0].id

/** Buying or staff granting a plan comes down to these two fields (set here as trusted test setup). */
const givePlan = (userId: number, slug: string, planEndsAt: Date | null) =>
  planId(slug).then((plan) =>
    platform.payload.update({ collection: 'users', id: userId, data: { plan, planEndsAt: planEndsAt?.toISOString() ?? null }, overrideAccess: true }),
  )

const sitesOf = async (userId: number) =>
  (await platform.payload.find({ collection: 'sites', where: { owner: { equals: userId } }, depth: 0, pagination: false, overrideAccess: true })).docs

const invite = (who: Session, site: number, role = 'editor') =>
  who.request('POST', '/api/team-members/invite', { site, email: `member-${unique()}@example.test`, role })

const seatsOn = async (siteId: number) =>
  (
    await platform.payload.count({
      collection: 'team-members',
      where: { and: [{ site: { equals: siteId } }, { invitationStatus: { in: ['pending', 'accepted'] } }] },
      overrideAccess: true,
    })
  ).totalDocs

describe('with the demo plans (Free: 1 site, 1 team member; Pro: 3 and 5; Studio: 10 and 25)', () => {
  beforeAll(async () => {
    platform = await startTestPlatform({ processJobs: false })
    await seedPlans({ payload: platform.payload, sites: [], teamMembers: [] })
  })
  afterAll(async () => {
    await platform?.close()
  })

  it('the free plan allows one site; the second is a 403 naming the plan that allows more, in the asked language', async () => {
    const { id, session } = await owner()
    expect((await session.request('POST', '/api/sites', siteBody())).status).toBe(201)
    const english = await session.request('POST', '/api/sites', siteBody())
    expect(english.status).toBe(403)
    expect(message(english.body)).toBe(`The Free plan allows 1 site. For more sites: the Pro plan (from PLN${nbsp}49.00 a month).`)
    const polish = await requestIn(session, 'pl-PL,pl;q=0.9', 'POST', '/api/sites', siteBody())
    expect(polish.status).toBe(403)
    expect(message(polish.body)).toBe(`Plan Darmowy pozwala na 1 stronę. Więcej stron: plan Pro (od 49,00${nbsp}zł miesięcznie).`)
    expect(await sitesOf(id)).toHaveLength(1)
  })

  it("the admin's new-site form (from a template) is refused too, in the admin's chosen language", async () => {
    const { id, session } = await owner()
    const site = await createSite(platform.payload, id)
    const template = await session.request('POST', `/api/sites/${site.id}/save-as-template`, { name: 'Mine' })
    expect(template.status).toBe(201)
    const response = await fetch(`${platform.baseURL}/api/sites/from-template`, {
      method: 'POST',
      // The admin's language switch sets payload-lng; it wins over the browser's Accept-Language.
      headers: { origin: TEST_PUBLIC_URL, cookie: `${session.cookie()}; payload-lng=pl`, 'accept-language': 'en', 'content-type': 'application/json' },
      body: JSON.stringify({ templateId: template.body.doc.id, name: 'Second', identifier: `limit-${unique()}` }),
    })
    expect(response.status).toBe(403)
    expect(message(await response.json())).toMatch(/^Plan Darmowy pozwala na 1 stronę\. Więcej stron: plan Pro/)
    expect(await sitesOf(id)).toHaveLength(1)
  })

  it("without a language in the request, the account's language decides", async () => {
    const { session } = await owner('pl')
    expect((await session.request('POST', '/api/sites', siteBody())).status).toBe(201)
    const refused = await requestIn(session, null, 'POST', '/api/sites', siteBody())
    expect(refused.status).toBe(403)
    expect(message(refused.body)).toMatch(/^Plan Darmowy pozwala na 1 stronę\./)
  })

  it('Pro allows three; when it ends the owner falls back to Free: every site is kept and editable, a new one is refused', async () => {
    const { id, session } = await owner()
    expect((await session.request('POST', '/api/sites', siteBody())).status).toBe(201)
    await givePlan(id, 'pro', new Date(Date.now() + 30 * DAY_MS))
    for (let index = 0; index < 2; index++) expect((await session.request('POST', '/api/sites', siteBody())).status).toBe(201)
    const fourth = await requestIn(session, 'pl', 'POST', '/api/sites', siteBody())
    expect(fourth.status).toBe(403)
    expect(message(fourth.body)).toBe(`Plan Pro pozwala na 3 strony. Więcej stron: plan Studio (od 129,00${nbsp}zł miesięcznie).`)

    await givePlan(id, 'pro', new Date(Date.now() - DAY_MS))
    const kept = await sitesOf(id)
    expect(kept).toHaveLength(3)
    const renamed = await session.request('PATCH', `/api/sites/${kept[0].id}`, { name: 'Still mine' })
    expect(renamed.status).toBe(200)
    const refused = await session.request('POST', '/api/sites', siteBody())
    expect(refused.status).toBe(403)
    // Pro would not take a fourth site either: the suggestion is the plan that fits what the owner kept.
    expect(message(refused.body)).toBe(`The Free plan allows 1 site. For more sites: the Studio plan (from PLN${nbsp}129.00 a month).`)
    expect(await sitesOf(id)).toHaveLength(3)
  })

  it('a plan granted without an end date lasts; a withdrawn plan still holds for whoever has it', async () => {
    const { id, session } = await owner()
    await givePlan(id, 'studio', null)
    await platform.payload.update({ collection: 'plans', id: await planId('studio'), data: { isActive: false }, overrideAccess: true })
    try {
      for (let index = 0; index < 4; index++) expect((await session.request('POST', '/api/sites', siteBody())).status).toBe(201)
    } finally {
      await platform.payload.update({ collection: 'plans', id: await planId('studio'), data: { isActive: true }, overrideAccess: true })
    }
  })

  it("the team counts against the site owner's plan: Free allows one member, revoking frees the place, a re-opened invitation takes one", async () => {
    const { id, session } = await owner('pl')
    const site = await createSite(platform.payload, id)
    const first = await invite(session, site.id)
    expect(first.status).toBe(201)
    const second = await requestIn(session, 'pl', 'POST', '/api/team-members/invite', { site: site.id, email: `b-${unique()}@example.test`, role: 'viewer' })
    expect(second.status).toBe(403)
    expect(message(second.body)).toBe(`Plan Darmowy pozwala na 1 członka zespołu. Więcej członków zespołu: plan Pro (od 49,00${nbsp}zł miesięcznie).`)
    // Straight through the collection's REST create as well.
    const direct = await session.request('POST', '/api/team-members', { site: site.id, email: `c-${unique()}@example.test`, permissionRole: 'viewer' })
    expect(direct.status).toBe(403)
    expect(message(direct.body)).toBe(`The Free plan allows 1 team member. For more team members: the Pro plan (from PLN${nbsp}49.00 a month).`)

    const firstEmail = first.body.teamMember.email
    expect((await session.request('POST', `/api/team-members/${first.body.teamMember.id}/revoke`)).status).toBe(200)
    const replacement = await invite(session, site.id)
    expect(replacement.status).toBe(201)
    // Inviting the revoked address again re-opens its record: that would be a second member.
    const reopened = await session.request('POST', '/api/team-members/invite', { site: site.id, email: firstEmail, role: 'viewer' })
    expect(reopened.status).toBe(403)
    expect(await seatsOn(site.id)).toBe(1)
    // Changing the member the owner has is not adding one.
    expect((await session.request('PATCH', `/api/team-members/${replacement.body.teamMember.id}`, { permissionRole: 'admin' })).status).toBe(200)
  })

  it("a team admin inviting is limited by the owner's plan, not their own", async () => {
    const siteOwner = await owner()
    const admin = await owner()
    await givePlan(admin.id, 'studio', null)
    const site = await createSite(platform.payload, siteOwner.id)
    const adminUser = await platform.payload.findByID({ collection: 'users', id: admin.id, overrideAccess: true })
    await platform.payload.create({
      collection: 'team-members',
      data: { site: site.id, email: adminUser.email, permissionRole: 'admin', invitationStatus: 'accepted', linkedUser: admin.id },
      overrideAccess: true,
    })
    const refused = await invite(admin.session, site.id)
    expect(refused.status).toBe(403)
    expect(message(refused.body)).toMatch(/^The Free plan allows 1 team member\./)
    await givePlan(siteOwner.id, 'pro', new Date(Date.now() + DAY_MS))
    expect((await invite(admin.session, site.id)).status).toBe(201)
    expect(await seatsOn(site.id)).toBe(2)
  })

  it('ten parallel creates against a limit of two: exactly two sites are made', async () => {
    const duo = await platform.payload.create({
      collection: 'plans',
      data: { ...DEMO_PLANS[1], slug: `duo-${unique()}`, namePl: 'Duo', nameEn: 'Duo', isFree: false, limits: { ...DEMO_PLANS[1].limits, maxSites: 2 } },
      overrideAccess: true,
    })
    const { id, session } = await owner()
    await platform.payload.update({ collection: 'users', id, data: { plan: duo.id, planEndsAt: null }, overrideAccess: true })
    const answers = await Promise.all(Array.from({ length: 10 }, () => session.request('POST', '/api/sites', siteBody())))
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses).toEqual([201, 201, ...Array(8).fill(403)])
    expect(await sitesOf(id)).toHaveLength(2)
  })

  it('six parallel invitations on the free plan: exactly one member', async () => {
    const { id, session } = await owner()
    const site = await createSite(platform.payload, id)
    const answers = await Promise.all(Array.from({ length: 6 }, () => invite(session, site.id)))
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 403, 403, 403, 403, 403])
    expect(await seatsOn(site.id)).toBe(1)
  })
})
