/**
 * The day-before reminder: `sendDueReminders` (the `big-events.send-reminders` job's work) claims each due
 * registration under its event's lock with the email queued in the same transaction; three runs at once send
 * each reminder once (real SMTP). Times are relative to now (the composer names the start as the reader will
 * read it: "jutro o 10:00" or "dziś o …"), the expected wording comes from the pure `startsText`.
 */
import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createClient, createSite, createUser, decodeSubject, publishSiteAs, startSmtpListener, startTestPlatform, waitFor } from '@platform/testing'
import { startsText } from '../reminders/due'
import { sendDueReminders } from '../reminders/sendReminders'
import { REGISTRATIONS, type RegistrationStatus } from '../slugs'
import { addRegistration, createEvent, DAY, HOUR, htmlOf, mailsTo, settle, textOf } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let owner: Awaited<ReturnType<typeof createUser>>
let site: { id: number; identifier: string }
let clientId: number

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  platform = await startTestPlatform()
  owner = await createUser(platform.payload, { locale: 'pl', email: `organiser-${Date.now()}@example.test` })
  site = await createSite(platform.payload, owner.id, 'Studio Jogi Anny')
  await publishSiteAs(platform.payload, site.id)
  clientId = (await createClient(platform.payload, site.id)).id
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS']) delete process.env[name]
})

const registrationOf = (id: number) => platform.payload.findByID({ collection: REGISTRATIONS, id, depth: 0, overrideAccess: true }) // test inspection

describe('the reminder one day before', () => {
  const start = new Date(Math.ceil((Date.now() + 20 * HOUR) / HOUR) * HOUR)
  const longAgo = new Date(Date.now() - 3 * DAY).toISOString()
  let inPerson: { id: number; title: string; slug?: string | null }
  let online: { id: number; title: string }
  const due: { id: number; email: string; token: string; locale: 'pl' | 'en'; online?: boolean }[] = []
  const notDue: { id: number; email: string }[] = []

  beforeAll(async () => {
    const end = new Date(start.getTime() + 6 * HOUR).toISOString()
    inPerson = await createEvent(platform.payload, site.id, { startDate: start.toISOString(), endDate: end, status: 'published' })
    online = await createEvent(platform.payload, site.id, {
      startDate: start.toISOString(),
      endDate: end,
      status: 'published',
      locationKind: 'online',
      onlineUrl: 'https://meet.example.com/joga-online',
    })
    const later = await createEvent(platform.payload, site.id, {
      startDate: new Date(Date.now() + 30 * HOUR).toISOString(),
      endDate: new Date(Date.now() + 33 * HOUR).toISOString(),
      status: 'published',
    })
    const draft = await createEvent(platform.payload, site.id, { startDate: start.toISOString(), endDate: end })
    const reg = (eventId: number, status: RegistrationStatus, extra: { locale?: 'pl' | 'en'; confirmedAt?: string } = {}) =>
      addRegistration(platform.payload, { siteId: site.id, eventId, clientId, status, confirmedAt: longAgo, ...extra })
    for (const locale of ['pl', 'pl', 'en'] as const) due.push({ ...(await reg(inPerson.id, 'confirmed', { locale })), locale })
    due.push({ ...(await reg(online.id, 'confirmed', { locale: 'pl' })), locale: 'pl', online: true })
    notDue.push(
      await reg(inPerson.id, 'cancelled'),
      await reg(inPerson.id, 'waitlisted'),
      await reg(inPerson.id, 'pending_payment'),
      // Confirmed an hour ago: the confirmation has just told them everything.
      await reg(inPerson.id, 'confirmed', { confirmedAt: new Date(Date.now() - HOUR).toISOString() }),
      await reg(later.id, 'confirmed'),
      await reg(draft.id, 'confirmed'),
    )
  })

  it('sends each due registration one reminder when three runs go at once', async () => {
    const runs = await Promise.all([sendDueReminders(platform.payload), sendDueReminders(platform.payload), sendDueReminders(platform.payload)])
    const claimed = runs.flat().map(Number)
    expect(claimed.sort()).toEqual(due.map((r) => r.id).sort())
    for (const { email } of due) await waitFor(async () => mailsTo(smtp, email)[0], { timeoutMs: 30_000, what: `the reminder to ${email}` })
    expect(await sendDueReminders(platform.payload)).toEqual([])
    await settle(2_000)
    for (const { email } of due) expect({ email, emails: mailsTo(smtp, email).length }).toEqual({ email, emails: 1 })
    for (const { email } of notDue) expect({ email, emails: mailsTo(smtp, email).length }).toEqual({ email, emails: 0 })
    for (const { id } of due) expect((await registrationOf(id)).reminderSentAt).toEqual(expect.any(String))
    for (const { id } of notDue) expect((await registrationOf(id)).reminderSentAt ?? null).toBeNull()
  })

  it('says when in the attendee’s language, with the place, the calendar file and the manage link', async () => {
    const pl = due.find((r) => r.locale === 'pl' && !r.online)!
    const en = due.find((r) => r.locale === 'en')!
    const mailPl = mailsTo(smtp, pl.email)[0]
    const mailEn = mailsTo(smtp, en.email)[0]
    const whenPl = startsText({ start, now: new Date(), timeZone: 'Europe/Warsaw', lang: 'pl' })
    expect(whenPl).toMatch(/^(jutro|dziś) o \d\d:\d\d$/)
    expect(decodeSubject(mailPl.headers.subject)).toBe(`Przypomnienie: ${inPerson.title} – ${whenPl}`)
    expect(textOf(mailPl)).toContain(`przypominamy: ${whenPl} zaczyna się wydarzenie „${inPerson.title}”`)
    expect(textOf(mailPl)).toContain('Pensjonat Pod Giewontem, Zakopane')
    expect(htmlOf(mailPl)).toContain(`/events/registrations/${pl.token}`)
    expect(decodeSubject(mailEn.headers.subject)).toBe(
      `Reminder: ${inPerson.title} – ${startsText({ start, now: new Date(), timeZone: 'Europe/Warsaw', lang: 'en' })}`,
    )
    expect(htmlOf(mailEn)).toContain(`/events/registrations/${en.token}`)
    // The calendar file: the event's own entry (the same UID as the confirmation's), as an attachment.
    expect(mailPl.raw).toMatch(/Content-Type: text\/calendar/i)
    expect(mailPl.raw).toContain(`filename=${inPerson.slug}.ics`)
    expect(mailPl.headers['reply-to']).toContain(owner.email)
    const onlineMail = mailsTo(smtp, due.find((r) => r.online)!.email)[0]
    expect(htmlOf(onlineMail)).toContain('https://meet.example.com/joga-online')
    expect(textOf(onlineMail)).toContain(`„${online.title}”`)
  })
})
