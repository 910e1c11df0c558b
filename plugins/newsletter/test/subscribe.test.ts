/**
 * The visitor side end to end, over real HTTP, a real PostgreSQL and a real SMTP listener: sign-up, the
 * confirmation email, the confirm link (once, 7 days), the welcome email, the preferences page, RFC 8058
 * one-click unsubscribe (and a GET that unsubscribes nobody), List-Unsubscribe on every email, the same 202
 * for new, pending and confirmed addresses, bad input refused with nothing stored.
 */
import type { SmtpListener, TestPlatform } from '@platform/testing'
import {
  addTeamMember,
  createSite,
  createUser,
  decodeSubject,
  delivered,
  mailsTo,
  onServer,
  PASSWORD,
  publishSiteAs,
  signIn,
  startSmtpListener,
  startTestPlatform,
  waitFor,
} from '@platform/testing'
import { SUBSCRIPTIONS } from '../slugs'
import { freshIp, linkIn, page, subscribeRequest } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let site: { id: number; identifier: string; name: string }
let counter = 0
const address = (domain = 'example.test') => `reader-${Date.now().toString(36)}-${++counter}@${domain}`

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  process.env.NEWSLETTER_SUBSCRIBE_PER_IP = '1000'
  process.env.NEWSLETTER_SUBSCRIBE_PER_ADDRESS = '1000'
  platform = await startTestPlatform()
  const owner = await createUser(platform.payload, { locale: 'pl' })
  site = await createSite(platform.payload, owner.id, 'Gabinet Anny')
  await publishSiteAs(platform.payload, site.id)
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS', 'NEWSLETTER_SUBSCRIBE_PER_IP', 'NEWSLETTER_SUBSCRIBE_PER_ADDRESS'])
    delete process.env[name]
})

const subscribe = (body: Record<string, unknown>, options?: Parameters<typeof subscribeRequest>[3]) =>
  subscribeRequest(platform.baseURL, site.identifier, { frequency: 'weekly', consent: true, ...body }, options)

const subscriptionOf = async (email: string) =>
  (
    await platform.payload.find({
      collection: SUBSCRIPTIONS,
      where: { and: [{ site: { equals: site.id } }, { email: { equals: email } }] },
      overrideAccess: true,
    })
  ).docs

const rowsInSite = async () =>
  (await platform.payload.count({ collection: SUBSCRIPTIONS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs

const CONFIRM_PL = /Potwierdź zapis do newslettera: Gabinet Anny/
const WELCOME_PL = /Witamy w newsletterze Gabinet Anny/

describe('sign-up, confirmation and welcome', () => {
  it('stores an unconfirmed subscriber, emails the confirmation link, confirms once and sends the welcome email', async () => {
    const email = address()
    const answer = await subscribe({ email: `  ${email.toUpperCase()} `, locale: 'pl' })
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual({ status: 'check-inbox', message: expect.stringContaining('Sprawdź skrzynkę') })

    const [stored] = await subscriptionOf(email)
    expect(stored).toMatchObject({ email, frequency: 'weekly', locale: 'pl', isActive: true, isConfirmed: false, emailsSent: 0 })
    expect(stored.subscribedAt).toBeTruthy()
    // Only hashes (64 hex characters) are stored, never a token.
    expect(stored.confirmationToken).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.unsubscribeToken).toMatch(/^[0-9a-f]{64}$/)

    const confirmation = await delivered(smtp, email, CONFIRM_PL)
    const confirmLink = linkIn(confirmation, 'confirm')
    const token = new URL(confirmLink).searchParams.get('token')!
    expect(JSON.stringify(stored)).not.toContain(token)
    expect(confirmLink.startsWith(`${platform.payload.config.serverURL}/api/public/newsletter/confirm?token=`)).toBe(true)

    const confirmed = await page(onServer(platform.baseURL, confirmLink))
    expect(confirmed.status).toBe(200)
    expect(confirmed.headers.get('content-type')).toMatch(/^text\/html/)
    expect(confirmed.headers.get('cache-control')).toBe('no-store')
    expect(confirmed.html).toContain('<html lang="pl">')
    expect(confirmed.html).toContain('Zapis potwierdzony')
    expect(confirmed.html).toContain('cotygodniowe podsumowanie')
    expect((await subscriptionOf(email))[0]).toMatchObject({ isConfirmed: true, confirmedAt: expect.any(String) })

    const welcome = await delivered(smtp, email, WELCOME_PL)
    expect(linkIn(welcome, 'preferences')).toContain('/api/public/newsletter/preferences?token=')

    // The link works once: a second click is a 410 page and sends no second welcome.
    const again = await page(onServer(platform.baseURL, confirmLink))
    expect(again.status).toBe(410)
    expect(again.html).toContain('Ten link został już użyty')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(mailsTo(smtp, email, WELCOME_PL)).toHaveLength(1)
  })

  it('answers the same 202 body for a new, a pending and a confirmed address, re-sending only what fits', async () => {
    const email = address()
    const first = await subscribe({ email, locale: 'en' })
    const firstMail = await delivered(smtp, email, /Confirm your subscription: Gabinet Anny/)
    const pending = await subscribe({ email, locale: 'en' })
    const secondMail = await delivered(smtp, email, /Confirm your subscription/, 2)
    // The newer link replaced the older one.
    expect((await page(onServer(platform.baseURL, linkIn(firstMail, 'confirm')))).status).toBe(404)
    expect((await page(onServer(platform.baseURL, linkIn(secondMail, 'confirm')))).status).toBe(200)
    await delivered(smtp, email, /Welcome to the Gabinet Anny newsletter/)
    const confirmedAnswer = await subscribe({ email, locale: 'en' })
    const note = await delivered(smtp, email, /This address is already subscribed: Gabinet Anny/)

    expect([first.status, pending.status, confirmedAnswer.status]).toEqual([202, 202, 202])
    expect(pending.body).toEqual(first.body)
    expect(confirmedAnswer.body).toEqual(first.body)
    expect(first.body.message).toContain('check your inbox')
    // The already-subscribed note changes nothing and points to the preferences page.
    expect(linkIn(note, 'preferences')).toContain('token=')
    expect(await subscriptionOf(email)).toHaveLength(1)
    expect((await subscriptionOf(email))[0]).toMatchObject({ isConfirmed: true, isActive: true })
  })

  it('puts List-Unsubscribe (https + mailto) and List-Unsubscribe-Post on the confirmation and the welcome email', async () => {
    const email = address()
    await subscribe({ email })
    const confirmation = await delivered(smtp, email, CONFIRM_PL)
    await page(onServer(platform.baseURL, linkIn(confirmation, 'confirm')))
    const welcome = await delivered(smtp, email, WELCOME_PL)
    for (const mail of [confirmation, welcome]) {
      const header = mail.headers['list-unsubscribe']
      expect(header).toMatch(
        /^<https?:\/\/[^>]+\/api\/public\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]{43}>, <mailto:no-reply@platforma\.test\?subject=unsubscribe%20[A-Za-z0-9_-]{43}>$/,
      )
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
      // The header's link is the unsubscribe link in the body.
      expect(header).toContain(linkIn(mail, 'unsubscribe'))
      expect(decodeSubject(mail.headers.subject ?? '')).toContain('Gabinet Anny')
    }
  })

  it('hints at a likely typo from the address alone, for new and existing addresses alike', async () => {
    const email = address('gmal.com')
    const answer = await subscribe({ email, locale: 'pl' })
    const suggestion = email.replace('@gmal.com', '@gmail.com')
    expect(answer.body).toMatchObject({ status: 'check-inbox', suggestion, suggestionMessage: `Czy na pewno chodziło o ${suggestion}?` })
    expect((await subscribe({ email, locale: 'pl' })).body).toEqual(answer.body)
    expect((await subscribe({ email: address(), locale: 'pl' })).body.suggestion).toBeUndefined()
  })
})

describe('a subscriber added in the admin', () => {
  it('gets the same confirmation email and stays unconfirmed until they click it', async () => {
    const editor = await createUser(platform.payload, { locale: 'pl' })
    await addTeamMember(platform.payload, site.id, editor.id, editor.email, 'editor')
    const email = address()
    const created = await (
      await signIn(platform.baseURL, editor.email, PASSWORD)
    ).request('POST', `/api/${SUBSCRIPTIONS}`, { site: site.id, email, locale: 'pl' })
    expect(created.status).toBe(201)
    const confirmation = await delivered(smtp, email, CONFIRM_PL)
    expect(confirmation.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect((await page(onServer(platform.baseURL, linkIn(confirmation, 'confirm')))).status).toBe(200)
    expect((await subscriptionOf(email))[0].isConfirmed).toBe(true)
  })
})

describe('links that expire or do not exist', () => {
  it('refuses a confirmation link older than 7 days with a 410 page, and sends no welcome', async () => {
    const email = address()
    await subscribe({ email, locale: 'en' })
    const link = linkIn(await delivered(smtp, email, /Confirm your subscription/), 'confirm')
    const [stored] = await subscriptionOf(email)
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3_600_000).toISOString()
    await platform.payload.update({ collection: SUBSCRIPTIONS, id: stored.id, data: { confirmationSentAt: eightDaysAgo }, overrideAccess: true })
    const expired = await page(onServer(platform.baseURL, link))
    expect(expired.status).toBe(410)
    expect(expired.html).toContain('<html lang="en">')
    expect(expired.html).toContain('This link has expired')
    expect((await subscriptionOf(email))[0].isConfirmed).toBe(false)
    // Six days and 23 hours still work.
    await platform.payload.update({
      collection: SUBSCRIPTIONS,
      id: stored.id,
      data: { confirmationSentAt: new Date(Date.now() - (7 * 24 - 1) * 3_600_000).toISOString() },
      overrideAccess: true,
    })
    expect((await page(onServer(platform.baseURL, link))).status).toBe(200)
  })

  it('answers unknown, malformed or missing tokens with a 404 page in the browser language', async () => {
    const unknown = 'A'.repeat(43)
    for (const path of [`confirm?token=${unknown}`, 'confirm?token=short', 'confirm', `preferences?token=${unknown}`, `unsubscribe?token=${unknown}`]) {
      const answer = await page(`${platform.baseURL}/api/public/newsletter/${path}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
      expect({ path, status: answer.status }).toEqual({ path, status: 404 })
      expect(answer.html).toContain('This link is not valid')
    }
    const polish = await page(`${platform.baseURL}/api/public/newsletter/unsubscribe?token=${unknown}`, { method: 'POST' })
    expect(polish.status).toBe(404)
    expect(polish.html).toContain('Ten link jest nieprawidłowy')
  })
})

describe('preferences and unsubscribing', () => {
  const confirmedSubscriber = async (locale: 'pl' | 'en' = 'pl') => {
    const email = address()
    await subscribe({ email, locale })
    await page(onServer(platform.baseURL, linkIn(await delivered(smtp, email, /newsletter|subscription/i), 'confirm')))
    const welcome = await delivered(smtp, email, locale === 'pl' ? WELCOME_PL : /Welcome/)
    return { email, welcome }
  }

  it('changes the frequency from the preferences page (a form POST, no cookies)', async () => {
    const { email, welcome } = await confirmedSubscriber()
    const url = onServer(platform.baseURL, linkIn(welcome, 'preferences'))
    const shown = await page(url)
    expect(shown.status).toBe(200)
    expect(shown.html).toContain('Ustawienia newslettera')
    expect(shown.html).toContain('value="weekly" checked')
    expect(shown.html).toContain('Comiesięczne podsumowanie')

    const form = (body: string) => page(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
    const saved = await form('frequency=monthly&action=save')
    expect(saved.status).toBe(200)
    expect(saved.html).toContain('Zapisano zmiany')
    expect(saved.html).toContain('value="monthly" checked')
    expect((await subscriptionOf(email))[0].frequency).toBe('monthly')

    const bad = await form('frequency=daily')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('Wybierz jedną z opcji')
    const json = await page(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"frequency":"each"}' })
    expect(json.status).toBe(415)
    expect((await subscriptionOf(email))[0].frequency).toBe('monthly')

    const unsubscribed = await form('action=unsubscribe')
    expect(unsubscribed.status).toBe(200)
    expect(unsubscribed.html).toContain('Wypisano z newslettera')
    expect((await subscriptionOf(email))[0]).toMatchObject({ isActive: false, unsubscribedAt: expect.any(String) })
  })

  it('a GET of the unsubscribe link only shows a confirm button; the one-click POST without cookies unsubscribes', async () => {
    const { email, welcome } = await confirmedSubscriber('en')
    const oneClick = new URL(welcome.headers['list-unsubscribe'].slice(1).split('>')[0])
    const url = onServer(platform.baseURL, oneClick.toString())

    // Link scanners follow GETs: nothing changes.
    for (let i = 0; i < 3; i++) {
      const shown = await page(url)
      expect(shown.status).toBe(200)
      expect(shown.html).toContain('Unsubscribe from the newsletter?')
      expect(shown.html).toMatch(/<form method="post" action="[^"]+\/api\/public\/newsletter\/unsubscribe\?token=/)
    }
    expect((await subscriptionOf(email))[0].isActive).toBe(true)

    // RFC 8058: what a mail app sends, with no cookie and no CSRF token.
    const posted = await page(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(posted.status).toBe(200)
    expect(posted.html).toContain('You are unsubscribed')
    expect((await subscriptionOf(email))[0]).toMatchObject({ isActive: false, isConfirmed: true })
    // Again: still 200 (idempotent), and the preferences page says the address is unsubscribed.
    expect((await page(url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' })).status).toBe(200)
    expect((await page(onServer(platform.baseURL, linkIn(welcome, 'preferences')))).html).toContain('This address is unsubscribed')
  })

  it('an unsubscribed address that signs up again must confirm again', async () => {
    const { email, welcome } = await confirmedSubscriber()
    await page(onServer(platform.baseURL, linkIn(welcome, 'unsubscribe')), { method: 'POST', body: 'List-Unsubscribe=One-Click' })
    expect((await subscribe({ email })).status).toBe(202)
    expect((await subscriptionOf(email))[0]).toMatchObject({ isActive: true, isConfirmed: false })
    const confirmation = await delivered(smtp, email, CONFIRM_PL, 2)
    expect((await page(onServer(platform.baseURL, linkIn(confirmation, 'confirm')))).status).toBe(200)
    expect(await subscriptionOf(email)).toHaveLength(1)
  })

  it('sends no pending confirmation once the address unsubscribed from the confirmation email', async () => {
    const email = address()
    await subscribe({ email })
    const confirmation = await delivered(smtp, email, CONFIRM_PL)
    await page(onServer(platform.baseURL, linkIn(confirmation, 'unsubscribe')), { method: 'POST', body: 'List-Unsubscribe=One-Click' })
    const link = await page(onServer(platform.baseURL, linkIn(confirmation, 'confirm')))
    expect(link.status).toBe(404)
    expect((await subscriptionOf(email))[0]).toMatchObject({ isActive: false, isConfirmed: false })
  })
})

describe('bad input', () => {
  it('refuses invalid, malformed and oversized bodies with a clear 4xx, storing and sending nothing', async () => {
    const before = await rowsInSite()
    const sentBefore = smtp.received.length
    const cases: { body?: unknown; raw?: string; contentType?: string; status: number; message?: RegExp }[] = [
      { body: { email: 'not-an-address', consent: true }, status: 400, message: /^Wpisz poprawny adres e-mail\.$/ },
      { body: { email: 'a@b', consent: true }, status: 400, message: /^Wpisz poprawny adres e-mail\.$/ },
      { body: { email: `${'x'.repeat(400)}@example.test`, consent: true }, status: 400 },
      { body: { email: address(), consent: false }, status: 400, message: /^Zgoda: zaznacz zgodę, aby się zapisać/ },
      { body: { email: address() }, status: 400, message: /^Zgoda: zaznacz zgodę, aby się zapisać/ },
      // No Accept-Language: the answer is in Polish, the platform's default.
      { body: { email: address(), consent: true, frequency: 'daily' }, status: 400, message: /^Częstotliwość: wybierz jedną z wartości/ },
      { body: { email: address(), consent: true, locale: 'de' }, status: 400, message: /^Język: wybierz jedną z wartości: pl \/ en/ },
      { body: { email: address(), consent: true, admin: true }, status: 400 },
      { body: [address()], status: 400 },
      { raw: '{"email": ', status: 400 },
      { raw: `email=${address()}&consent=true`, contentType: 'application/x-www-form-urlencoded', status: 415 },
      { raw: JSON.stringify({ email: address(), consent: true, pad: 'x'.repeat(1_100_000) }), status: 413 },
    ]
    for (const { body, raw, contentType, status, message } of cases) {
      const answer = await subscribeRequest(platform.baseURL, site.identifier, body, { raw, contentType })
      expect({ body: raw?.slice(0, 40) ?? body, status: answer.status }).toEqual({ body: raw?.slice(0, 40) ?? body, status })
      expect(answer.body?.errors?.[0]?.message).toEqual(expect.any(String))
      if (message) expect(answer.body.errors[0].message).toMatch(message)
    }
    const unknownSite = await subscribeRequest(platform.baseURL, 'no-such-site', { email: address(), consent: true })
    expect(unknownSite.status).toBe(404)
    expect(await rowsInSite()).toBe(before)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(smtp.received.length).toBe(sentBefore)
  })
})

describe('races', () => {
  it('parallel sign-ups of one address make exactly one subscriber', async () => {
    const email = address()
    const answers = await Promise.all(Array.from({ length: 10 }, () => subscribe({ email }, { ip: freshIp() })))
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(202))
    expect(await subscriptionOf(email)).toHaveLength(1)
    await waitFor(async () => mailsTo(smtp, email, CONFIRM_PL).length === 10 || undefined, { what: 'ten confirmation emails (one per sign-up)' })
    // Each sign-up renewed the link (each email carries the link current when it was sent): exactly one works.
    const links = [...new Set(mailsTo(smtp, email, CONFIRM_PL).map((mail) => linkIn(mail, 'confirm')))]
    const statuses = []
    for (const link of links) statuses.push((await page(onServer(platform.baseURL, link))).status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status !== 200 && status !== 404)).toEqual([])
  })

  it('two clicks of the confirmation link at once confirm and welcome once', async () => {
    const email = address()
    await subscribe({ email })
    const link = onServer(platform.baseURL, linkIn(await delivered(smtp, email, CONFIRM_PL), 'confirm'))
    const statuses = (await Promise.all(Array.from({ length: 5 }, () => page(link)))).map((answer) => answer.status).sort()
    expect(statuses).toEqual([200, 410, 410, 410, 410])
    await delivered(smtp, email, WELCOME_PL)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(mailsTo(smtp, email, WELCOME_PL)).toHaveLength(1)
  })
})
