/**
 * The visitor side end to end, over real HTTP, a real PostgreSQL, the real job runner and a real SMTP listener:
 * a submitted testimonial is pending (not in the public list, not in the page's HTML) until the owner approves it
 * (Local API as the owner), then it is in both; a rejected one never shows; the honeypot stores nothing; bad input
 * is a 400 naming the field in the form's language with nothing stored; the author's confirmation link (once,
 * 14 days) earns the "verified" badge; the owner gets a notification and an email.
 */
import type { Payload, Where } from 'payload'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import { delivered, mailsTo, onServer, startSmtpListener, startTestPlatform, waitFor } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'
import { list, page, siteWithSection, sleep, storedIn, submission, submit, textOf, verifyLinkIn } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let payload: Payload

const ENV = ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS', 'TESTIMONIALS_SUBMIT_PER_IP', 'TESTIMONIALS_SUBMIT_PER_ADDRESS']

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  process.env.TESTIMONIALS_SUBMIT_PER_IP = '1000'
  process.env.TESTIMONIALS_SUBMIT_PER_ADDRESS = '1000'
  platform = await startTestPlatform()
  payload = platform.payload
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ENV) delete process.env[name]
})

type Owner = Awaited<ReturnType<typeof siteWithSection>>['owner']

/** What the owner does in the admin, through the Local API with the owner's own access. */
const moderate = (owner: Owner, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: TESTIMONIALS, id, data, overrideAccess: false, user: { ...owner, collection: 'users' } })

const homeHtml = async (identifier: string, path = '') => (await page(`${platform.baseURL}/s/${identifier}${path}`)).html

const findByEmail = async (siteId: number, email: string) => (await storedIn(payload, siteId)).find((doc) => doc.authorEmail === email)

describe('submit, moderate, show', () => {
  it('stores a submission as pending, shows it nowhere until the owner approves it, then in the list and the page', async () => {
    const { owner, site } = await siteWithSection(payload)
    const body = submission({ authorName: 'Jan Kowalski', content: 'Konkretne sesje, po których wiem, co robić dalej. Dziękuję!', rating: 4 })
    const answer = await submit(platform.baseURL, site.identifier, body)
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual({
      status: 'pending',
      message:
        'Dziękujemy za opinię! Zostanie opublikowana po zatwierdzeniu przez właściciela strony. Wysłaliśmy Ci też e-mail z linkiem potwierdzającym adres.',
    })

    const stored = await findByEmail(site.id, body.authorEmail)
    expect(stored).toMatchObject({ status: 'pending', isApproved: false, source: 'form', locale: 'pl', rating: 4, authorName: 'Jan Kowalski' })
    expect(stored!.consentAt).toBeTruthy()
    expect(stored!.givenAt).toBeTruthy()
    expect(stored!.emailVerificationToken).toMatch(/^[0-9a-f]{64}$/)

    // Pending: not in the public list, not in the page.
    const before = await list(platform.baseURL, site.identifier)
    expect(before.status).toBe(200)
    expect(before.body.testimonials).toEqual([])
    expect(before.body.stats).toEqual({ count: 0, averageRating: null, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
    expect(before.body.summary).toBeNull()
    const pendingHtml = await homeHtml(site.identifier)
    expect(pendingHtml).toContain('Co mówią klienci')
    expect(pendingHtml).not.toContain('Konkretne sesje')
    expect(pendingHtml).toContain('Nie ma jeszcze opinii.')

    await moderate(owner, stored!.id, { status: 'approved' })

    const after = await list(platform.baseURL, site.identifier)
    expect(after.body.testimonials).toEqual([
      {
        id: stored!.id,
        authorName: 'Jan Kowalski',
        rating: 4,
        content: body.content,
        locale: 'pl',
        givenAt: stored!.givenAt,
        isFeatured: false,
        isVerifiedClient: false,
        isEmailVerified: false,
        reply: null,
        repliedAt: null,
      },
    ])
    expect(after.body.stats).toEqual({ count: 1, averageRating: 4, histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 } })
    expect(JSON.stringify(after.body)).not.toContain(body.authorEmail)

    const approvedHtml = await homeHtml(site.identifier)
    expect(approvedHtml).toContain('Konkretne sesje, po których wiem, co robić dalej. Dziękuję!')
    expect(approvedHtml).toContain('Ocena 4 na 5')
    expect(approvedHtml).toContain('1 opinia')
    expect(approvedHtml).toContain('Średnia ocena 4,0 na 5')
    expect(approvedHtml).not.toContain(body.authorEmail)
    const english = await homeHtml(site.identifier, '/en')
    expect(english).toContain('Rated 4 out of 5')
    expect(english).toContain('1 testimonial')
  })

  it('never shows a rejected testimonial, in the list, the page or the stats', async () => {
    const { owner, site } = await siteWithSection(payload)
    const kept = submission({ content: 'Testimonial that stays: warm, precise and helpful.', locale: 'en' })
    const dropped = submission({ content: 'Rejected words that must never be shown anywhere.', rating: 1 })
    await submit(platform.baseURL, site.identifier, kept)
    await submit(platform.baseURL, site.identifier, dropped)
    await moderate(owner, (await findByEmail(site.id, kept.authorEmail))!.id, { status: 'approved' })
    const rejected = await moderate(owner, (await findByEmail(site.id, dropped.authorEmail))!.id, { status: 'rejected' })
    expect(rejected).toMatchObject({ status: 'rejected', isApproved: false })

    const answer = await list(platform.baseURL, site.identifier, '?limit=50')
    expect(answer.body.testimonials.map((item: { content: string }) => item.content)).toEqual([kept.content])
    expect(answer.body.stats.count).toBe(1)
    expect(answer.body.stats.histogram['1']).toBe(0)
    for (const path of ['', '/en']) {
      const html = await homeHtml(site.identifier, path)
      expect(html).toContain('Testimonial that stays')
      expect(html).not.toContain('Rejected words')
    }
  })

  it('lists featured ones first, then the newest, a page at a time, with the summary of the asked language, cached with an ETag', async () => {
    const { site } = await siteWithSection(payload)
    const make = (n: number, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: TESTIMONIALS,
        data: {
          site: site.id,
          authorName: `Autor ${n}`,
          rating: 5 - (n % 3),
          content: `Opinia numer ${n}.`,
          status: 'approved',
          source: 'manual',
          locale: 'pl',
          givenAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
          ...extra,
        },
        overrideAccess: true,
      })
    for (let n = 1; n <= 5; n++) await make(n)
    await make(6, { status: 'pending' })
    await make(0, { isFeatured: true })

    const first = await list(platform.baseURL, site.identifier, '?limit=2')
    expect(first.status).toBe(200)
    expect(first.body.testimonials.map((item: { authorName: string }) => item.authorName)).toEqual(['Autor 0', 'Autor 5'])
    expect(first.body).toMatchObject({ page: 1, limit: 2, totalDocs: 6, totalPages: 3 })
    const second = await list(platform.baseURL, site.identifier, '?limit=2&page=2')
    expect(second.body.testimonials.map((item: { authorName: string }) => item.authorName)).toEqual(['Autor 4', 'Autor 3'])
    // Ratings 4,3,5,4,3 and the featured 5 (the pending one not counted): exact stats over every approved one, not the page.
    expect(first.body.stats).toEqual({ count: 6, averageRating: 4, histogram: { 1: 0, 2: 0, 3: 2, 4: 2, 5: 2 } })

    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    const again = await fetch(`${platform.baseURL}/api/public/sites/${site.identifier}/testimonials?limit=2`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)

    // The summary job's summary, in the language asked for (written here as the job would).
    await payload.create({
      collection: 'testimonial-summaries',
      data: {
        site: site.id,
        locale: 'en',
        summary: 'Clients praise clarity.',
        totalCount: 6,
        averageRating: 4.33,
        detailedSummary: [{ theme: 'Clarity', quote: 'Opinia numer 1.', testimonialId: 1 }],
      },
      overrideAccess: true,
    })
    const english = await list(platform.baseURL, site.identifier, '?locale=en&limit=1')
    expect(english.body.summary).toMatchObject({
      locale: 'en',
      summary: 'Clients praise clarity.',
      themes: [{ theme: 'Clarity', quote: 'Opinia numer 1.' }],
      totalCount: 6,
    })
    expect((await list(platform.baseURL, site.identifier, '?locale=pl')).body.summary).toBeNull()
    expect(await homeHtml(site.identifier, '/en')).toContain('Clients praise clarity.')
    expect(await homeHtml(site.identifier)).not.toContain('Clients praise clarity.')
  })

  it('answers bad parameters with a 400 in the caller language, and an unknown site with a 404', async () => {
    const { site } = await siteWithSection(payload)
    expect((await list(platform.baseURL, site.identifier, '?limit=500', { 'accept-language': 'pl' })).body.errors[0].message).toBe(
      'Parametr limit musi być liczbą całkowitą od 1 do 50.',
    )
    expect((await list(platform.baseURL, site.identifier, '?page=0', { 'accept-language': 'en' })).status).toBe(400)
    expect((await list(platform.baseURL, site.identifier, '?locale=de', { 'accept-language': 'en' })).body.errors[0].message).toBe(
      'The locale parameter may be pl or en.',
    )
    const missing = await list(platform.baseURL, 'no-such-site', '', { 'accept-language': 'pl' })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('Nie znaleziono strony.')
    expect((await submit(platform.baseURL, 'no-such-site', submission())).status).toBe(404)
  })
})

describe('guards', () => {
  it('answers a filled honeypot with the same 202 and stores and sends nothing', async () => {
    const { site } = await siteWithSection(payload)
    const human = await submit(platform.baseURL, site.identifier, submission())
    const bot = submission({ website: 'https://cheap-seo.example' })
    const answer = await submit(platform.baseURL, site.identifier, bot)
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual(human.body)
    expect(await findByEmail(site.id, bot.authorEmail)).toBeUndefined()
    expect(await storedIn(payload, site.id)).toHaveLength(1)
    await sleep(1500)
    expect(mailsTo(smtp, bot.authorEmail)).toHaveLength(0)
  })

  it('refuses bad input with a 400 naming the field in the form language, and stores nothing', async () => {
    const { site } = await siteWithSection(payload)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ rating: 0 }, 'rating', 'Wybierz ocenę od 1 do 5 gwiazdek.'],
      [{ rating: 4.5, locale: 'en' }, 'rating', 'Choose a rating from 1 to 5 stars.'],
      [{ content: 'Za krótko.' }, 'content', 'Opinia powinna mieć co najmniej 20 znaków.'],
      [{ content: 'x'.repeat(2001), locale: 'en' }, 'content', 'The testimonial may have at most 2000 characters.'],
      [{ authorName: '   ' }, 'authorName', 'Wpisz podpis: imię i nazwisko lub inicjały.'],
      [{ authorEmail: 'jan@@example' }, 'authorEmail', 'Wpisz poprawny adres e-mail.'],
      [{ consent: false }, 'consent', 'Zaznacz zgodę na publikację, aby wysłać opinię.'],
      [{ consent: undefined, locale: 'en' }, 'consent', 'Tick the consent to publication to send your testimonial.'],
    ]
    for (const [change, field, message] of cases) {
      const answer = await submit(platform.baseURL, site.identifier, submission(change))
      expect({ change, status: answer.status, errors: answer.body.errors }).toEqual({ change, status: 400, errors: [{ field, message }] })
    }
    // Several problems: each field named once.
    const many = await submit(platform.baseURL, site.identifier, submission({ rating: 9, consent: false, content: '' }))
    expect(many.body.errors.map((error: { field: string }) => error.field)).toEqual(['rating', 'content', 'consent'])
    // A field the form does not have (a visitor cannot approve their own testimonial).
    const sneaky = await submit(platform.baseURL, site.identifier, submission({ status: 'approved', isFeatured: true, locale: 'en' }))
    expect(sneaky.status).toBe(400)
    expect(sneaky.body.errors[0].message).toBe('The form has an unknown field.')
    // Without a locale in the body, the browser's language speaks.
    const english = await submit(platform.baseURL, site.identifier, { ...submission({ rating: 7 }), locale: undefined }, { language: 'en-GB,en;q=0.9' })
    expect(english.body.errors).toEqual([{ field: 'rating', message: 'Choose a rating from 1 to 5 stars.' }])
    expect((await submit(platform.baseURL, site.identifier, undefined, { raw: 'authorName=x', contentType: 'application/x-www-form-urlencoded' })).status).toBe(
      415,
    )
    expect((await submit(platform.baseURL, site.identifier, undefined, { raw: '{"authorName":' })).status).toBe(400)
    expect((await submit(platform.baseURL, site.identifier, undefined, { raw: '[1,2]' })).status).toBe(400)
    expect(await storedIn(payload, site.id)).toHaveLength(0)
  })
})

describe('emails, the confirmation link and the owner', () => {
  it("emails the author a link that confirms the address once, and the site then shows the 'verified' badge", async () => {
    const { owner, site } = await siteWithSection(payload)
    const body = submission({ authorName: 'Ewa Zielińska', content: 'Sesje pełne spokoju i konkretnych pytań. Polecam bardzo.' })
    await submit(platform.baseURL, site.identifier, body)
    const mail = await delivered(smtp, body.authorEmail, /Potwierdź adres e-mail – Twoja opinia na stronie Gabinet Anny/)
    expect(textOf(mail)).toContain('Link działa przez 14 dni')
    const link = verifyLinkIn(mail)
    const token = new URL(link).searchParams.get('token')!
    const stored = (await findByEmail(site.id, body.authorEmail))!
    // Only the hash is stored, never the token.
    expect(JSON.stringify(stored)).not.toContain(token)

    // Three clicks at once: the address is confirmed once, every click gets a page.
    const clicks = await Promise.all([1, 2, 3].map(() => page(onServer(platform.baseURL, link))))
    expect(clicks.map((click) => click.status)).toEqual([200, 200, 200])
    expect(clicks.filter((click) => click.html.includes('Adres e-mail potwierdzony'))).toHaveLength(1)
    expect(clicks.filter((click) => click.html.includes('Adres był już potwierdzony'))).toHaveLength(2)
    const confirmed = clicks.find((click) => click.html.includes('Adres e-mail potwierdzony'))!
    expect(confirmed.html).toContain('<html lang="pl">')
    expect(confirmed.html).toContain('Zostanie opublikowana po zatwierdzeniu przez właściciela strony.')
    expect(confirmed.headers.get('cache-control')).toBe('no-store')
    expect(confirmed.headers.get('x-robots-tag')).toBe('noindex')
    const verifiedAt = (await findByEmail(site.id, body.authorEmail))!.emailVerifiedAt
    expect(verifiedAt).toBeTruthy()
    expect((await page(onServer(platform.baseURL, link))).status).toBe(200)
    expect((await findByEmail(site.id, body.authorEmail))!.emailVerifiedAt).toBe(verifiedAt)

    await moderate(owner, stored.id, { status: 'approved' })
    expect((await list(platform.baseURL, site.identifier)).body.testimonials[0]).toMatchObject({ authorName: 'Ewa Zielińska', isEmailVerified: true })
    expect(await homeHtml(site.identifier)).toContain('Potwierdzony adres e-mail')
  })

  it('refuses an altered or unknown link (404) and an expired one (410), in the right language', async () => {
    const { site } = await siteWithSection(payload)
    const body = submission({ locale: 'en', content: 'Calm, precise sessions with real questions. Recommended.' })
    await submit(platform.baseURL, site.identifier, body)
    const link = verifyLinkIn(await delivered(smtp, body.authorEmail, /Confirm your email for your testimonial about Gabinet Anny/))
    const altered = link.replace(/token=(.)/, (_, first: string) => `token=${first === 'A' ? 'B' : 'A'}`)
    const unknown = await page(onServer(platform.baseURL, altered), { headers: { 'accept-language': 'en' } })
    expect(unknown.status).toBe(404)
    expect(unknown.html).toContain('This link is not valid')
    expect((await page(`${platform.baseURL}/api/public/testimonials/verify?token=junk`)).status).toBe(404)

    // Fifteen days later the link has expired.
    const stored = (await findByEmail(site.id, body.authorEmail))!
    await payload.db.updateOne({ collection: TESTIMONIALS, id: stored.id, data: { createdAt: new Date(Date.now() - 15 * 24 * 3_600_000).toISOString() } })
    const expired = await page(onServer(platform.baseURL, link))
    expect(expired.status).toBe(410)
    expect(expired.html).toContain('<html lang="en">')
    expect(expired.html).toContain('This link has expired')
    expect((await findByEmail(site.id, body.authorEmail))!.emailVerifiedAt).toBeFalsy()
  })

  it("tells the owner in the admin and by email, in the owner's language, once per testimonial from any source", async () => {
    const { owner, site } = await siteWithSection(payload, { name: 'Studio Oddechu' })
    const body = submission({ authorName: 'Karol B.', rating: 5, content: 'Najlepsze warsztaty oddechowe, w jakich brałem udział.' })
    await submit(platform.baseURL, site.identifier, body)
    const stored = (await findByEmail(site.id, body.authorEmail))!

    const mail = await delivered(smtp, owner.email, /Nowa opinia czeka na moderację: Karol B\. \(5\/5\)/)
    const text = textOf(mail)
    expect(text).toContain('Dzień dobry, Anna')
    expect(text).toContain('Studio Oddechu')
    expect(text).toContain('formularz na stronie')
    expect(text).toContain('Najlepsze warsztaty oddechowe')
    // The button leads to the site's pending queue in the moderation view, at this testimonial's card.
    expect(text).toContain(`/admin/testimonials-moderation?site=${site.id}&status=pending#testimonial-${stored.id}`)
    expect(text).not.toContain(body.authorEmail)

    const ownersNotices: Where = { and: [{ user: { equals: owner.id } }, { notificationType: { equals: 'testimonial.submitted' } }] }
    const notifications = await waitFor(async () => {
      const found = await payload.find({ collection: 'notifications', where: ownersNotices, overrideAccess: true })
      return found.docs.length ? found.docs : undefined
    })
    expect(notifications).toHaveLength(1)
    expect(notifications[0]).toMatchObject({
      notificationType: 'testimonial.submitted',
      message: 'Nowa opinia czeka na moderację: Karol B. (5/5) – Studio Oddechu',
      link: `/admin/testimonials-moderation?site=${site.id}&status=pending#testimonial-${stored.id}`,
      isRead: false,
    })
    expect((await payload.findByID({ collection: TESTIMONIALS, id: stored.id, overrideAccess: true })).ownerNotifiedAt).toBeTruthy()

    // Another source publishing the same event (an invitation, say) is announced the same way; a repeated event is not.
    const invited = await payload.create({
      collection: TESTIMONIALS,
      data: {
        site: site.id,
        authorName: 'Ola L.',
        rating: 4,
        content: 'Zaproszona opinia po sesji.',
        source: 'invited',
        locale: 'pl',
        status: 'pending',
        isVerifiedClient: true,
      },
      overrideAccess: true,
    })
    const { publishEvent } = await import('@platform')
    await publishEvent({ payload }, 'testimonial.submitted', { testimonialId: invited.id, siteId: site.id })
    await publishEvent({ payload }, 'testimonial.submitted', { testimonialId: invited.id, siteId: site.id })
    await delivered(smtp, owner.email, /Ola L\. \(4\/5\)/)
    await waitFor(async () => (await payload.findByID({ collection: TESTIMONIALS, id: invited.id, overrideAccess: true })).ownerNotifiedAt)
    await sleep(1500)
    expect(mailsTo(smtp, owner.email, /Ola L\./)).toHaveLength(1)
    expect(textOf(mailsTo(smtp, owner.email, /Ola L\./)[0])).toContain('zaproszenie po sesji')
    expect((await payload.count({ collection: 'notifications', where: ownersNotices, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('writes to an English-speaking owner in English', async () => {
    const { owner, site } = await siteWithSection(payload, { ownerLocale: 'en', name: 'Calm Studio' })
    await submit(
      platform.baseURL,
      site.identifier,
      submission({ authorName: 'Tom', rating: 3, locale: 'en', content: 'Good sessions, a little too short for me.' }),
    )
    const mail = await delivered(smtp, owner.email, /New testimonial waiting for moderation: Tom \(3\/5\)/)
    expect(textOf(mail)).toContain('the form on your site')
  })
})
