/**
 * Email end to end through a real SMTP listener on 127.0.0.1: queueEmail ->
 * the platform.send-email job -> Payload's nodemailer adapter -> SMTP. Also the
 * email-templates collection: owners' versions, compile errors, previews.
 */
import { queueEmail } from '../../src/platform/email/queueEmail'
import { createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn, type Session } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { decodeSubject } from '../../src/platform/testing/mail'
import { mimePart, startSmtpListener, type SmtpListener } from '../../src/platform/testing/smtp'
import { waitFor } from '../../src/platform/testing/waitFor'

let smtp: SmtpListener
let platform: TestPlatform

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_REPLY_TO = 'help@platforma.test'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_REPLY_TO', 'EMAIL_RETRY_DELAY_MS']) delete process.env[name]
})

const delivered = (to: string) =>
  waitFor(async () => smtp.received.find((mail) => mail.accepted && mail.headers.to?.includes(to)), { what: `a message to ${to}` })

const newOwner = async (locale: 'pl' | 'en' = 'en') => {
  const user = await createUser(platform.payload, { locale })
  await createSite(platform.payload, user.id)
  return { user, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const defaultTemplate = async (slug: string) =>
  (
    await platform.payload.find({
      collection: 'email-templates',
      where: { and: [{ slug: { equals: slug } }, { isDefault: { equals: true } }] },
      overrideAccess: true,
    })
  ).docs[0]

const ownVersion = (client: Session, data: Record<string, unknown>) => client.request('POST', '/api/email-templates', { name: 'Mine', ...data })

describe('sending', () => {
  it('sends the default template with text and HTML parts, From, Reply-To and a Message-ID', async () => {
    await queueEmail(
      { payload: platform.payload },
      {
        to: 'ola@example.test',
        template: 'magic-link-login',
        locale: 'pl',
        data: { link: 'https://p.test/verify?token=abc&x=1', expiresIn: '15 minut', firstName: 'Ola' },
      },
    )
    const mail = await delivered('ola@example.test')
    expect(mail.headers.from).toBe('Platforma Test <no-reply@platforma.test>')
    expect(mail.headers['reply-to']).toBe('help@platforma.test')
    expect(mail.headers['message-id']).toMatch(/^<[0-9a-f-]{36}@platforma\.test>$/)
    expect(mail.headers['content-type']).toMatch(/multipart\/alternative/)
    expect(mail.headers.subject).toMatch(/=\?UTF-8\?|Twój link do logowania/)
    const text = mimePart(mail.raw, 'text/plain')!
    const html = mimePart(mail.raw, 'text/html')!
    expect(text).toContain('Dzień dobry, Ola,')
    expect(text).toContain('Link działa przez 15 minut i tylko raz.')
    expect(text).toContain('https://p.test/verify?token=abc&x=1')
    expect(text).not.toMatch(/<p>/)
    expect(html).toContain('<a href="https://p.test/verify?token&#x3D;abc&amp;x&#x3D;1"')
  })

  it('escapes values, and lets the caller set Reply-To', async () => {
    await queueEmail(
      { payload: platform.payload },
      {
        to: 'escape@example.test',
        template: 'team-invitation',
        locale: 'en',
        data: { link: 'https://p.test/i', siteName: '<script>x</script>', inviterName: 'Eve' },
        replyTo: 'owner@example.test',
      },
    )
    const mail = await delivered('escape@example.test')
    expect(mail.headers['reply-to']).toBe('owner@example.test')
    expect(mimePart(mail.raw, 'text/html')).toContain('&lt;script&gt;x&lt;/script&gt;')
    expect(mimePart(mail.raw, 'text/html')).not.toContain('<script>')
  })

  it('sends a calendar attachment both as a file and as the text/calendar alternative', async () => {
    const ics =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:meeting-1@p.test\r\nSUMMARY:Spotkanie z Łucją\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    await queueEmail(
      { payload: platform.payload },
      {
        to: 'calendar@example.test',
        template: 'magic-link-signup',
        locale: 'en',
        data: { link: 'https://p.test/s' },
        attachments: [
          { filename: 'invite.ics', content: ics, contentType: 'text/calendar; method=REQUEST; charset=UTF-8' },
          { filename: 'notes.txt', content: 'zażółć', contentType: 'text/plain; charset=UTF-8' },
        ],
      },
    )
    const mail = await delivered('calendar@example.test')
    expect(mail.headers['content-type']).toMatch(/multipart\/mixed/)
    const calendarParts = mail.raw.match(/Content-Type: text\/calendar[^\r\n]*/gi) ?? []
    // One inline alternative with method=REQUEST (what Gmail/Outlook read) and the attached file.
    expect(calendarParts.some((part) => /method=REQUEST/i.test(part))).toBe(true)
    expect(calendarParts.length).toBeGreaterThanOrEqual(2)
    expect(mail.raw).toMatch(/Content-Disposition: attachment; filename=invite\.ics/i)
    expect(mail.raw).toMatch(/Content-Disposition: attachment; filename=notes\.txt/i)
    const decoded = [...mail.raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{40,})/g)].map((match) =>
      Buffer.from(match[1].replace(/\s+/g, ''), 'base64').toString('utf8'),
    )
    expect(decoded.some((body) => body === ics)).toBe(true)
  })

  it('refuses malformed or oversized attachments before queueing anything', async () => {
    const send = (attachments: unknown) =>
      queueEmail(
        { payload: platform.payload },
        { to: 'never@example.test', template: 'magic-link-signup', locale: 'en', data: { link: 'x' }, attachments: attachments as never },
      )
    await expect(send([{ filename: '../etc/passwd', content: 'x', contentType: 'text/plain' }])).rejects.toThrow(/filename/)
    await expect(send([{ filename: 'a.ics', content: 'x', contentType: 'text/calendar\r\nBcc: x@y' }])).rejects.toThrow(/content type/)
    await expect(send([{ filename: 'a.txt', content: 'x'.repeat(300 * 1024), contentType: 'text/plain' }])).rejects.toThrow(/exceed/)
    await expect(send([{ filename: 'a.txt', content: 42, contentType: 'text/plain' }])).rejects.toThrow(/string/)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.received.some((mail) => mail.headers.to?.includes('never@example.test'))).toBe(false)
  })

  it('retries after a temporary SMTP failure with the same Message-ID', async () => {
    smtp.rejectNext('retry@example.test', 1)
    await queueEmail(
      { payload: platform.payload },
      { to: 'retry@example.test', template: 'magic-link-signup', locale: 'en', data: { link: 'https://p.test/s' } },
    )
    const mail = await delivered('retry@example.test')
    const attempts = smtp.received.filter((item) => item.headers.to?.includes('retry@example.test'))
    expect(attempts.map((item) => item.accepted)).toEqual([false, true])
    expect(attempts[0].headers['message-id']).toBe(mail.headers['message-id'])
  })

  it('queues after the request transaction commits, and drops the email on rollback', async () => {
    const req = { payload: platform.payload, transactionID: await platform.payload.db.beginTransaction() } as never
    await queueEmail(req, { to: 'rolled-back@example.test', template: 'magic-link-signup', locale: 'en', data: { link: 'https://p.test/s' } })
    await platform.payload.db.rollbackTransaction((req as { transactionID: string }).transactionID)
    const committed = { payload: platform.payload, transactionID: await platform.payload.db.beginTransaction() } as never
    await queueEmail(committed, { to: 'committed@example.test', template: 'magic-link-signup', locale: 'en', data: { link: 'https://p.test/s' } })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.received.some((mail) => mail.headers.to?.includes('committed@example.test'))).toBe(false)
    await platform.payload.db.commitTransaction((committed as { transactionID: string }).transactionID)
    await delivered('committed@example.test')
    expect(smtp.received.some((mail) => mail.headers.to?.includes('rolled-back@example.test'))).toBe(false)
  })
})

describe('templates', () => {
  it('loads the file defaults at start', async () => {
    for (const slug of ['magic-link-login', 'magic-link-signup', 'team-invitation', 'email-change', 'example-welcome']) {
      expect(await defaultTemplate(slug)).toMatchObject({ slug, isDefault: true, owner: null })
    }
  })

  it("uses the owner's version over the default, only for mail sent for that owner", async () => {
    const { user, client } = await newOwner()
    const created = await ownVersion(client, {
      slug: 'team-invitation',
      subjectEn: 'Come and join {{siteName}}',
      contentEn: '<p>Own words: <a href="{{link}}">enter</a></p>',
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ isDefault: false, owner: { id: user.id } })

    const data = { siteName: 'Studio', link: 'https://p.test/l' }
    await queueEmail({ payload: platform.payload }, { to: 'mine@example.test', template: 'team-invitation', locale: 'en', data, ownerId: user.id })
    await queueEmail({ payload: platform.payload }, { to: 'theirs@example.test', template: 'team-invitation', locale: 'en', data })
    expect((await delivered('mine@example.test')).headers.subject).toBe('Come and join Studio')
    expect(mimePart((await delivered('mine@example.test')).raw, 'text/plain')).toBe('Own words: enter (https://p.test/l)')
    expect(decodeSubject((await delivered('theirs@example.test')).headers.subject ?? '')).toBe('You are invited to the team of "Studio"')
  })

  it("never uses an owner's version of a platform message (sign-in link), even one stored before the rule", async () => {
    const { user } = await newOwner()
    await platform.payload.create({
      collection: 'email-templates',
      data: {
        name: 'Old',
        slug: 'magic-link-login',
        subjectEn: 'Owner words',
        contentEn: '<p>{{link}}</p>',
        isDefault: false,
        owner: user.id,
        uniqueKey: `owner:${user.id}:magic-link-login`,
      },
      overrideAccess: true, // test setup: a record made before owners were kept to their sites' messages
    })
    await queueEmail(
      { payload: platform.payload },
      { to: 'legacy@example.test', template: 'magic-link-login', locale: 'en', data: { firstName: 'Jo', link: 'https://p.test/l' }, ownerId: user.id },
    )
    expect((await delivered('legacy@example.test')).headers.subject).toBe('Your sign-in link for Platforma')
  })

  it("falls back to the default in the recipient's language, then to the other language", async () => {
    const { user, client } = await newOwner()
    expect((await ownVersion(client, { slug: 'team-invitation', subjectEn: 'Only English {{siteName}}', contentEn: '<p>{{link}}</p>' })).status).toBe(201)
    // A Polish recipient: the owner wrote no Polish version, so the Polish default wins over the English own version.
    await queueEmail(
      { payload: platform.payload },
      {
        to: 'pl-recipient@example.test',
        template: 'team-invitation',
        locale: 'pl',
        data: { siteName: 'Studio', link: 'https://p.test/c' },
        ownerId: user.id,
      },
    )
    expect(mimePart((await delivered('pl-recipient@example.test')).raw, 'text/plain')).toContain('do współpracy przy stronie Studio')

    // A default with one language only: a Polish recipient gets the English one.
    const staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
    const only = await staff.request('POST', '/api/email-templates', {
      name: 'English only',
      slug: 'english-only',
      subjectEn: 'English only',
      contentEn: '<p>Hello</p>',
    })
    expect(only.status).toBe(201)
    expect(only.body.doc).toMatchObject({ isDefault: true, owner: null })
    await queueEmail({ payload: platform.payload }, { to: 'fallback@example.test', template: 'english-only', locale: 'pl', data: {} })
    const mail = await delivered('fallback@example.test')
    expect(mail.headers.subject).toBe('English only')
    expect(mail.headers['content-language']).toBe('en')
  })

  it('refuses a template that does not compile with a 400 naming the line', async () => {
    const { client } = await newOwner()
    const response = await ownVersion(client, { slug: 'team-invitation', subjectEn: 'Hi', contentEn: '<p>Hello</p>\n<p>{{#if siteName}}\n<p>never closed</p>' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/Template error on line 3: Expecting/)
    const helper = await ownVersion(client, { slug: 'team-invitation', subjectEn: 'Hi {{shout siteName}}', contentEn: '<p>x</p>' })
    expect(helper.status).toBe(400)
    expect(JSON.stringify(helper.body)).toMatch(/line 1: There is no helper \\+"shout\\+" in email templates/)
  })

  it('keeps owners to their own versions of existing defaults', async () => {
    const { user, client } = await newOwner()
    const other = await newOwner()
    const valid = { slug: 'team-invitation', subjectEn: 'S', contentEn: '<p>C</p>' }
    expect((await ownVersion(client, { ...valid, owner: other.user.id })).status).toBe(403)
    expect((await ownVersion(client, { ...valid, isDefault: true })).status).toBe(403)
    expect((await ownVersion(client, { ...valid, slug: 'no-such-default' })).status).toBe(400)
    expect((await ownVersion(client, { slug: 'team-invitation', name: 'Empty' })).status).toBe(400)
    // A platform message is not the owner's to word.
    expect((await ownVersion(client, { ...valid, slug: 'magic-link-signup' })).status).toBe(400)
    const mine = await ownVersion(client, valid)
    expect(mine.status).toBe(201)
    expect((await ownVersion(client, valid)).status).toBe(409)

    // Another owner sees the defaults but not my version, and cannot change it or a default.
    const listed = await other.client.request('GET', '/api/email-templates?limit=100&depth=0')
    expect(listed.status).toBe(200)
    expect(listed.body.docs.every((doc: { isDefault: boolean; owner: number | null }) => doc.isDefault || doc.owner === other.user.id)).toBe(true)
    expect(listed.body.docs.some((doc: { slug: string }) => doc.slug === 'magic-link-login')).toBe(true)
    expect((await other.client.request('PATCH', `/api/email-templates/${mine.body.doc.id}`, { subjectEn: 'hacked' })).status).toBe(403)
    const base = await defaultTemplate('magic-link-signup')
    expect((await client.request('PATCH', `/api/email-templates/${base.id}`, { subjectEn: 'hacked' })).status).toBe(403)
    expect((await client.request('PATCH', `/api/email-templates/${mine.body.doc.id}`, { subjectEn: 'Mine {{link}}' })).body.doc).toMatchObject({
      subjectEn: 'Mine {{link}}',
      owner: { id: user.id },
    })

    // A signed-in user without a site of their own cannot make versions.
    const siteless = await signIn(platform.baseURL, (await createUser(platform.payload)).email, PASSWORD)
    expect((await ownVersion(siteless, valid)).status).toBe(403)
  })

  it('previews with sample data for staff and the owner only', async () => {
    const { client } = await newOwner()
    const other = await newOwner()
    const mine = await ownVersion(client, {
      slug: 'team-invitation',
      subjectEn: 'Join {{siteName}}',
      contentEn: '<p>{{inviterName}} invites you: <a href="{{link}}">join</a></p>',
    })
    const path = `/api/email-templates/${mine.body.doc.id}/preview`

    const preview = await client.request('POST', path, { locale: 'en' })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({
      locale: 'en',
      subject: 'Join Anna Kowalska Coaching',
      text: expect.stringContaining('Marek Nowak invites you: join ('),
    })
    expect(preview.body.html).toContain('<!doctype html>')
    // Unsaved edits from the admin form, and their errors.
    expect((await client.request('POST', path, { locale: 'en', content: '<p>Draft for {{siteName}}</p>' })).body.text).toBe('Draft for Anna Kowalska Coaching')
    const broken = await client.request('POST', path, { locale: 'en', content: 'a\n{{/if}}' })
    expect(broken).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringMatching(/line 2/) }] } })
    expect((await client.request('POST', path, { locale: 'pl' })).status).toBe(400)

    expect((await other.client.request('POST', path, { locale: 'en' })).status).toBe(404)
    expect((await session(platform.baseURL).request('POST', path, { locale: 'en' })).status).toBe(401)
    const staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
    expect((await staff.request('POST', path, { locale: 'en' })).status).toBe(200)
    const base = await defaultTemplate('magic-link-login')
    expect((await other.client.request('POST', `/api/email-templates/${base.id}/preview`, { locale: 'pl' })).body.subject).toBe(
      'Twój link do logowania w Platformie',
    )
  })
})
