/** Passwordless sign-in over real HTTP: link lifecycle, sign-up with terms, enumeration safety, rate limits, terms re-acceptance. */
import { lexicalToPlainText } from '../../src/platform/auth/termsContent'
import { createLocalReq } from 'payload'

import { claimLink } from '../../src/platform/auth/magicLinks'
import { magicLinkEmailComposer } from '../../src/platform/auth/magicLinkEmail'
import { createUser } from '../../src/platform/testing/fixtures'
import { session } from '../../src/platform/testing/http'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../../src/platform/testing/platform'
import { createTerms, freshIp, linkFromMailbox, makeExpiredLink, makeLink, raw, sessionCookie, storedEmailJobs, tokenOf } from './support'

let platform: TestPlatform

beforeAll(async () => {
  process.env.MAGIC_LINK_RATE_PER_EMAIL = '3'
  process.env.MAGIC_LINK_RATE_PER_IP = '5'
  platform = await startTestPlatform()
  await createTerms(platform.payload, { version: '2026-01', effectiveDate: new Date('2026-01-01T00:00:00Z') })
})

afterAll(async () => {
  await platform?.close()
  delete process.env.MAGIC_LINK_RATE_PER_EMAIL
  delete process.env.MAGIC_LINK_RATE_PER_IP
})

const verify = (token: string) => raw(platform.baseURL, 'GET', `/api/users/magic-link/verify?token=${encodeURIComponent(token)}`)

const me = async (cookie: string) => (await raw(platform.baseURL, 'GET', '/api/users/me', { cookie })).json().user

describe('sign-in links', () => {
  it('sign in once with a normal Payload session, then refuse the same link', async () => {
    const user = await createUser(platform.payload)
    const { token } = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })

    const opened = await verify(token)
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`${TEST_PUBLIC_URL}/admin`)
    const cookie = sessionCookie(opened.headers)
    expect(cookie).toBeDefined()
    expect(opened.headers.getSetCookie()[0]).toMatch(/HttpOnly/i)
    expect(await me(cookie!)).toMatchObject({ id: user.id, email: user.email })

    const stored = await platform.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true })
    expect(stored.lastLogin).toBeTruthy()
    expect(stored.sessions?.length).toBe(1)
    const link = (await platform.payload.find({ collection: 'magic-links', where: { user: { equals: user.id } }, overrideAccess: true })).docs[0]
    expect(link).toMatchObject({ used: true, actionType: 'login' })
    expect(link.usedAt).toBeTruthy()

    const again = await verify(token)
    expect(again.status).toBe(410)
    expect(again.headers.get('content-type')).toMatch(/text\/html/)
    expect(again.text).toContain('This link has already been used')
    expect(again.text).toContain('Ten link został już użyty')
    expect(sessionCookie(again.headers)).toBeUndefined()
  })

  it('refuses an expired link with a clear page', async () => {
    const user = await createUser(platform.payload)
    const { token } = await makeExpiredLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const opened = await verify(token)
    expect(opened.status).toBe(410)
    expect(opened.text).toContain('This link has expired')
    expect(opened.text).toContain('Ten link wygasł')
    expect(sessionCookie(opened.headers)).toBeUndefined()
  })

  it('refuses tampered, truncated and missing tokens without a stack trace', async () => {
    const user = await createUser(platform.payload)
    const { token } = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    for (const path of [`?token=${flipped}`, `?token=${token.slice(0, 20)}`, '', '?token=%3Cscript%3E']) {
      const opened = await raw(platform.baseURL, 'GET', `/api/users/magic-link/verify${path}`)
      expect(opened.status).toBe(400)
      expect(opened.headers.get('content-type')).toMatch(/text\/html/)
      expect(opened.text).toContain('This link is not valid')
      expect(opened.text).not.toMatch(/at .*\.(js|ts):\d+/)
      expect(opened.text).not.toContain('<script>')
    }
    // The real link still works after the attempts.
    expect((await verify(token)).status).toBe(303)
  })

  it('refuses a deactivated account', async () => {
    const user = await createUser(platform.payload)
    await platform.payload.update({ collection: 'users', id: user.id, data: { isActive: false }, overrideAccess: true })
    const { token } = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const opened = await verify(token)
    expect(opened.status).toBe(403)
    expect(opened.text).toContain('This account is deactivated')
    expect(sessionCookie(opened.headers)).toBeUndefined()
  })

  it('lets a link be used only once when opened twice at the same moment', async () => {
    const user = await createUser(platform.payload)
    const { token } = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const results = await Promise.all([verify(token), verify(token), verify(token)])
    expect(results.map((result) => result.status).sort()).toEqual([303, 410, 410])
  })
})

describe('sign-up links', () => {
  const signup = (body: Record<string, unknown>) => raw(platform.baseURL, 'POST', '/api/users/magic-link/signup', { body })

  it('lead to the sign-up page, require the current terms, create the account and sign in', async () => {
    const email = `new-${Date.now()}@example.test`
    const { token } = await makeLink(platform.payload, { email, actionType: 'signup' })

    const opened = await verify(token)
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`${TEST_PUBLIC_URL}/signup?token=${token}`)
    expect(sessionCookie(opened.headers)).toBeUndefined()

    expect((await signup({ token })).status).toBe(400)
    expect((await signup({ token, acceptTerms: false, termsVersion: '2026-01' })).status).toBe(400)
    const stale = await signup({ token, acceptTerms: true, termsVersion: '2025-01' })
    expect(stale.status).toBe(409)
    expect(stale.json().errors[0].message).toMatch(/version 2026-01/)
    expect((await signup({ token: 'x'.repeat(43), acceptTerms: true, termsVersion: '2026-01' })).status).toBe(400)
    expect((await platform.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)

    const done = await signup({ token, acceptTerms: true, termsVersion: '2026-01', firstName: 'Nowa', lastName: 'Osoba', locale: 'en' })
    expect(done.status).toBe(200)
    const cookie = sessionCookie(done.headers)
    expect(cookie).toBeDefined()
    const account = await me(cookie!)
    expect(account).toMatchObject({ email, firstName: 'Nowa', lastName: 'Osoba', locale: 'en', isStaff: false })
    const terms = await platform.payload.find({ collection: 'terms-of-service', where: { version: { equals: '2026-01' } } })
    expect(account.termsAgreement === terms.docs[0].id || account.termsAgreement?.id === terms.docs[0].id).toBe(true)

    const reused = await signup({ token, acceptTerms: true, termsVersion: '2026-01' })
    expect(reused.status).toBe(410)
    expect((await verify(token)).status).toBe(410)
  })

  it('refuse an expired sign-up link, and a sign-in link used as a sign-up link', async () => {
    const expired = await makeExpiredLink(platform.payload, { email: `late-${Date.now()}@example.test`, actionType: 'signup' })
    expect((await signup({ token: expired.token, acceptTerms: true, termsVersion: '2026-01' })).status).toBe(410)
    expect((await verify(expired.token)).status).toBe(410)
    const user = await createUser(platform.payload)
    const login = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    expect((await signup({ token: login.token, acceptTerms: true, termsVersion: '2026-01' })).status).toBe(400)
  })
})

describe('POST /api/users/magic-link', () => {
  const request = (body: unknown, ip = freshIp()) => raw(platform.baseURL, 'POST', '/api/users/magic-link', { body, ip })

  it('answers bad input with 400', async () => {
    for (const body of [{}, { email: 'not-an-email' }, { email: 42 }, { email: 'a@example.test', locale: 'de' }, '[1]']) {
      const response = await request(body)
      expect(response.status).toBe(400)
      expect(response.json().errors[0].message).toBeTruthy()
    }
  })

  it('answers the same for a known and an unknown address, and links each to the right action', async () => {
    const user = await createUser(platform.payload)
    const unknown = `nobody-${Date.now()}@example.test`
    const known = await request({ email: user.email.toUpperCase() })
    const other = await request({ email: unknown, locale: 'pl' })
    expect(known.status).toBe(200)
    expect(other.status).toBe(200)
    expect(known.text).toBe(other.text)
    expect(known.headers.get('content-type')).toBe(other.headers.get('content-type'))

    const links = async (email: string) =>
      (await platform.payload.find({ collection: 'magic-links', where: { email: { equals: email } }, overrideAccess: true })).docs
    expect((await links(user.email)).map((link) => link.actionType)).toEqual(['login'])
    expect((await links(unknown)).map((link) => link.actionType)).toEqual(['signup'])
  })

  it('emails a working sign-in link to a known address and a sign-up link to a new one', async () => {
    const VERIFY_LINK = /http:\/\/localhost:3999\/api\/users\/magic-link\/verify\?token=[A-Za-z0-9_-]{43}/
    const user = await createUser(platform.payload)
    expect((await request({ email: user.email })).status).toBe(200)
    const signIn = await verify(tokenOf(await linkFromMailbox(platform.payload, user.email, VERIFY_LINK)))
    expect(signIn.status).toBe(303)
    expect(await me(sessionCookie(signIn.headers)!)).toMatchObject({ id: user.id })

    const email = `fresh-${Date.now()}@example.test`
    expect((await request({ email, locale: 'pl' })).status).toBe(200)
    const signUp = await verify(tokenOf(await linkFromMailbox(platform.payload, email, VERIFY_LINK)))
    expect(signUp.status).toBe(303)
    expect(signUp.headers.get('location')).toMatch(/\/signup\?token=/)
  })

  it('keeps no working link in the job queue or the outbox, while the emailed links work', async () => {
    const VERIFY_LINK = /http:\/\/localhost:3999\/api\/users\/magic-link\/verify\?token=[A-Za-z0-9_-]{43}/
    const user = await createUser(platform.payload)
    const email = `kept-${Date.now()}@example.test`
    expect((await request({ email: user.email })).status).toBe(200)
    expect((await request({ email })).status).toBe(200)
    const signInToken = tokenOf(await linkFromMailbox(platform.payload, user.email, VERIFY_LINK))
    const signUpToken = tokenOf(await linkFromMailbox(platform.payload, email, VERIFY_LINK))

    // The emails went out through the queue: their jobs and outbox rows are kept (JOBS_KEEP_DAYS), without the links.
    const stored = await storedEmailJobs(platform.databaseURL)
    expect(stored.jobs.length).toBeGreaterThanOrEqual(2)
    expect(stored.outbox.length).toBeGreaterThanOrEqual(2)
    for (const data of [...stored.jobs, ...stored.outbox]) {
      expect(data).not.toContain(signInToken)
      expect(data).not.toContain(signUpToken)
      expect(data).not.toMatch(/magic-link\/verify\?token=|signup\?token=/)
    }

    const signIn = await verify(signInToken)
    expect(signIn.status).toBe(303)
    expect(await me(sessionCookie(signIn.headers)!)).toMatchObject({ id: user.id })
    const signUp = await verify(signUpToken)
    expect(signUp.headers.get('location')).toBe(`${TEST_PUBLIC_URL}/signup?token=${signUpToken}`)
  })

  it('rate limits per email address with a clear 429', async () => {
    const email = `busy-${Date.now()}@example.test`
    for (let i = 0; i < 3; i++) expect((await request({ email })).status).toBe(200)
    const limited = await request({ email })
    expect(limited.status).toBe(429)
    expect(limited.json().errors[0].message).toMatch(/Too many links requested for this address/)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    // Another address is not affected.
    expect((await request({ email: `calm-${Date.now()}@example.test` })).status).toBe(200)
  })

  it('rate limits per client IP with a clear 429', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 5; i++) expect((await request({ email: `ip-${i}-${Date.now()}@example.test` }, ip)).status).toBe(200)
    const limited = await request({ email: `ip-last-${Date.now()}@example.test` }, ip)
    expect(limited.status).toBe(429)
    expect(limited.json().errors[0].message).toMatch(/from your network/)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // The same address from elsewhere is fine.
    expect((await request({ email: `ip-last-${Date.now()}@example.test` }, '203.0.113.78')).status).toBe(200)
  })
})

describe('the sign-in email, made when it is sent', () => {
  const compose = (linkId: unknown) => magicLinkEmailComposer.compose({ payload: platform.payload, args: { linkId, locale: 'en' } })

  it('carries the link issued at the request, expiring as it would have', async () => {
    const user = await createUser(platform.payload)
    const issued = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const email = await compose(issued.id)
    expect(email).toMatchObject({ to: user.email, template: 'magic-link-login', locale: 'en' })
    expect(email!.data.link).toBe(`${TEST_PUBLIC_URL}/api/users/magic-link/verify?token=${issued.token}`)
    expect(email!.data.expiresAt).toBe(issued.expiresAt.toISOString())
  })

  it('is nothing once the link was used or has expired, or for an unknown id', async () => {
    const user = await createUser(platform.payload)
    const used = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const req = await createLocalReq({}, platform.payload)
    const link = (await platform.payload.findByID({ collection: 'magic-links', id: used.id, overrideAccess: true })) as never
    expect(await claimLink({ req, link })).toBe('claimed')
    expect(await compose(used.id)).toBeUndefined()
    const expired = await makeExpiredLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    expect(await compose(expired.id)).toBeUndefined()
    expect(await compose(999_999_999)).toBeUndefined()
    expect(await compose({ id: 1 })).toBeUndefined()
  })
})

describe('terms re-acceptance', () => {
  it('asks a user to accept a newer version and records it for the caller only', async () => {
    const older = await platform.payload.find({ collection: 'terms-of-service', where: { version: { equals: '2026-01' } } })
    const user = await createUser(platform.payload)
    const other = await createUser(platform.payload)
    for (const account of [user, other]) {
      await platform.payload.update({ collection: 'users', id: account.id, data: { termsAgreement: older.docs[0].id }, overrideAccess: true })
    }
    const { token } = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const cookie = sessionCookie((await verify(token)).headers)!
    const status = () => raw(platform.baseURL, 'GET', '/api/users/terms-status', { cookie }).then((response) => response.json())
    expect(await status()).toMatchObject({ mustAccept: false, current: { version: '2026-01' } })

    // A version that is not in force yet changes nothing; one in force does.
    await createTerms(platform.payload, { version: '2099-01', effectiveDate: new Date('2099-01-01T00:00:00Z') })
    expect((await status()).mustAccept).toBe(false)
    await createTerms(platform.payload, { version: '2026-06', effectiveDate: new Date(Date.now() - 1000) })
    const answer = await status()
    expect(answer).toMatchObject({ mustAccept: true, current: { version: '2026-06' } })
    expect([lexicalToPlainText(answer.current.contentPl), lexicalToPlainText(answer.current.contentEn)]).toEqual(['Regulamin 2026-06', 'Terms 2026-06'])

    expect((await raw(platform.baseURL, 'POST', '/api/users/accept-terms', { cookie, body: { termsVersion: '2026-01' } })).status).toBe(409)
    expect((await raw(platform.baseURL, 'POST', '/api/users/accept-terms', { body: { termsVersion: '2026-06' } })).status).toBe(401)
    const accepted = await raw(platform.baseURL, 'POST', '/api/users/accept-terms', { cookie, body: { termsVersion: '2026-06' } })
    expect(accepted.status).toBe(200)
    expect((await status()).mustAccept).toBe(false)
    const untouched = await platform.payload.findByID({ collection: 'users', id: other.id, depth: 0, overrideAccess: true })
    expect(untouched.termsAgreement).toBe(older.docs[0].id)
    expect((await session(platform.baseURL).request('GET', '/api/users/terms-status')).status).toBe(401)
  })
})

describe('the magic-links collection', () => {
  it('is closed to the API except staff reads, and never shows the token hash', async () => {
    const user = await createUser(platform.payload)
    const { token } = await makeLink(platform.payload, { email: user.email, actionType: 'login', userId: user.id })
    const cookie = sessionCookie((await verify(token)).headers)!
    expect((await raw(platform.baseURL, 'GET', '/api/magic-links', { cookie })).status).toBe(403)
    expect(
      (
        await raw(platform.baseURL, 'POST', '/api/magic-links', {
          cookie,
          body: { email: user.email, token: 'x', actionType: 'login', expiresAt: new Date().toISOString() },
        })
      ).status,
    ).toBe(403)

    const staff = await createUser(platform.payload, { isStaff: true })
    const staffLink = await makeLink(platform.payload, { email: staff.email, actionType: 'login', userId: staff.id })
    const staffCookie = sessionCookie((await verify(staffLink.token)).headers)!
    const listed = await raw(platform.baseURL, 'GET', `/api/magic-links?where[email][equals]=${encodeURIComponent(user.email)}`, { cookie: staffCookie })
    expect(listed.status).toBe(200)
    const docs = listed.json().docs
    expect(docs.length).toBe(1)
    expect(docs[0].token).toBeUndefined()
    expect(docs[0].requestIp).toBeUndefined()
    expect((await raw(platform.baseURL, 'DELETE', `/api/magic-links/${docs[0].id}`, { cookie: staffCookie })).status).toBe(403)
  })
})
