/**
 * The owner's attendee actions over real HTTP with a real SMTP listener: who may check in, export and message
 * (owner, admin, editor yes; host, viewer, another site's owner, a visitor no; staff read the CSV and change
 * nothing), check-in set and cleared, the CSV (answers under their questions' labels, formulas defused, PL/EN),
 * the message to the right attendees in their language with the owner's text escaped, bad input, and the
 * per-event limit under parallel sends.
 */
import type { CastMember, Session, SmtpListener, TestPlatform } from '@platform/testing'
import { createAccessCast, decodeSubject, delivered, mailsTo, mimePart, startSmtpListener, startTestPlatform, waitFor } from '@platform/testing'
import { parse } from 'csv-parse/sync'
import { createEvent, createRegistration, registrationById } from './ownerFixtures'

let platform: TestPlatform
let smtp: SmtpListener
let siteA: number
let as: Record<CastMember, Session>

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  platform = await startTestPlatform()
  ;({ siteA, as } = await createAccessCast(platform))
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_RETRY_DELAY_MS', 'BIG_EVENTS_MESSAGES_PER_HOUR']) delete process.env[name]
})

const WRITERS: CastMember[] = ['ownerA', 'admin', 'editor']
const REFUSED: [CastMember, number][] = [
  ['host', 403],
  ['viewer', 403],
  ['ownerB', 404],
  ['visitor', 401],
]

/** As the admin's download link: the session cookie, the admin's language. */
const download = (who: Session, eventId: number, language = 'pl') => {
  const cookie = who.cookie()
  return fetch(`${platform.baseURL}/api/big-events/${eventId}/attendees.csv`, {
    headers: { 'accept-language': language, 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) },
  })
}
const csvRows = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)) as string[][]
}

describe('check-in', () => {
  it('owner, admin and editor set and clear it; others are refused and nothing changes', async () => {
    const event = await createEvent(platform.payload, siteA)
    const registration = await createRegistration(platform.payload, event)
    for (const who of WRITERS) {
      const on = await as[who].request('POST', `/api/big-events/registrations/${registration.id}/check-in`, { checkedIn: true })
      expect({ who, status: on.status, checkedIn: on.body.checkedIn }).toEqual({ who, status: 200, checkedIn: true })
      expect((await registrationById(platform.payload, registration.id)).checkedInAt).toBeTruthy()
      const off = await as[who].request('POST', `/api/big-events/registrations/${registration.id}/check-in`, { checkedIn: false })
      expect({ who, status: off.status }).toEqual({ who, status: 200 })
      expect((await registrationById(platform.payload, registration.id)).checkedInAt ?? null).toBeNull()
    }
    for (const [who, status] of [...REFUSED, ['staff', 403] as [CastMember, number]]) {
      const answer = await as[who].request('POST', `/api/big-events/registrations/${registration.id}/check-in`, { checkedIn: true })
      expect({ who, status: answer.status, message: typeof answer.body?.errors?.[0]?.message }).toEqual({ who, status, message: 'string' })
    }
    expect((await registrationById(platform.payload, registration.id)).checkedInAt ?? null).toBeNull()
  })

  it('refuses a registration that is not confirmed (409), a bad body (400) and an unknown id (404)', async () => {
    const event = await createEvent(platform.payload, siteA)
    const waiting = await createRegistration(platform.payload, event, { status: 'waitlisted' })
    const confirmed = await createRegistration(platform.payload, event)
    const conflict = await as.ownerA.request('POST', `/api/big-events/registrations/${waiting.id}/check-in`, { checkedIn: true })
    expect(conflict.status).toBe(409)
    expect(conflict.body.errors[0].message).toBe('Only confirmed attendees can be checked in.')
    for (const body of [{}, { checkedIn: 'yes' }, { checkedIn: true, extra: 1 }]) {
      const bad = await as.ownerA.request('POST', `/api/big-events/registrations/${confirmed.id}/check-in`, body)
      expect({ body, status: bad.status }).toEqual({ body, status: 400 })
    }
    expect((await registrationById(platform.payload, confirmed.id)).checkedInAt ?? null).toBeNull()
    expect((await as.ownerA.request('POST', `/api/big-events/registrations/999999/check-in`, { checkedIn: true })).status).toBe(404)
  })
})

describe('CSV', () => {
  it('owner, admin, editor and staff download it; host, viewer, another owner and a visitor cannot', async () => {
    const event = await createEvent(platform.payload, siteA)
    await createRegistration(platform.payload, event)
    for (const who of [...WRITERS, 'staff' as CastMember]) {
      const response = await download(as[who], event.id)
      expect({ who, status: response.status, type: response.headers.get('content-type') }).toEqual({ who, status: 200, type: 'text/csv; charset=utf-8' })
    }
    for (const [who, status] of REFUSED) expect({ who, status: (await download(as[who], event.id)).status }).toEqual({ who, status })
  })

  it('puts answers under their questions’ labels, defuses formulas, and speaks the admin’s language', async () => {
    const event = await createEvent(platform.payload, siteA)
    await createRegistration(platform.payload, event, {
      name: 'Zofia Żak',
      email: 'zofia@example.test',
      amount: 45000,
      paymentId: 1,
      answers: { 'q-diet': 'Wegańska', 'q-note': 'Przyjadę, "na pewno"' },
    })
    await createRegistration(platform.payload, event, {
      name: '=cmd|"/c calc"!A1',
      email: 'evil@example.test',
      status: 'waitlisted',
      answers: { 'q-diet': 'Zwykła', 'q-note': '@SUM(A1:A9)' },
    })
    const pl = await csvRows(await download(as.ownerA, event.id, 'pl'))
    expect(pl[0]).toEqual(['Imię i nazwisko', 'E-mail', 'Status', 'Zapłacono', 'Zapis', 'Obecność', 'Dieta', 'Uwagi'])
    expect(pl[1]).toEqual([
      'Zofia Żak',
      'zofia@example.test',
      'Miejsce potwierdzone',
      '450,00\u00a0zł',
      expect.stringMatching(/^\d{1,2} \p{L}+ \d{4}, \d\d:\d\d$/u),
      '',
      'Wegańska',
      'Przyjadę, "na pewno"',
    ])
    expect(pl[2]).toEqual([`'=cmd|"/c calc"!A1`, 'evil@example.test', 'Na liście rezerwowej', 'Bezpłatnie', expect.any(String), '', 'Zwykła', "'@SUM(A1:A9)"])
    const en = await csvRows(await download(as.ownerA, event.id, 'en'))
    expect(en[0]).toEqual(['Name', 'Email', 'Status', 'Paid', 'Registered', 'Checked in', 'Diet', 'Notes'])
    expect(en[1].slice(2, 4)).toEqual(['Confirmed', 'PLN\u00a0450.00'])
    expect(en[1][6]).toBe('Vegan')
  })
})

describe('message to attendees', () => {
  it('goes to confirmed attendees in their language (and to those waiting when asked), with the owner’s text escaped', async () => {
    const event = await createEvent(platform.payload, siteA, { title: 'Joga & oddech' })
    const polish = await createRegistration(platform.payload, event, { name: 'Ola', locale: 'pl' })
    const english = await createRegistration(platform.payload, event, { name: 'Kate', locale: 'en' })
    const held = await createRegistration(platform.payload, event, { status: 'pending_payment' })
    const waiting = await createRegistration(platform.payload, event, { status: 'waitlisted' })
    const gone = await createRegistration(platform.payload, event, { status: 'cancelled' })
    const answer = await as.editor.request('POST', `/api/big-events/${event.id}/message`, {
      subject: 'Zmiana sali',
      body: 'Spotykamy się w sali <b>B</b>.\n\n<script>alert(1)</script> Do zobaczenia!',
    })
    expect(answer).toMatchObject({ status: 200, body: { sent: 2 } })
    const pl = await delivered(smtp, polish.email, /Zmiana sali/)
    expect(decodeSubject(pl.headers.subject)).toBe('Zmiana sali – Joga & oddech')
    const html = mimePart(pl.raw, 'text/html')!
    expect(html).toContain('organizator wydarzenia')
    expect(html).toContain('&lt;b&gt;B&lt;/b&gt;')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script>')
    const en = await delivered(smtp, english.email, /Zmiana sali/)
    expect(mimePart(en.raw, 'text/html')).toContain('the organiser of')
    const withWaiting = await as.ownerA.request('POST', `/api/big-events/${event.id}/message`, { subject: 'Lista', body: 'Tekst', includeWaitlisted: true })
    expect(withWaiting.body.sent).toBe(3)
    await delivered(smtp, waiting.email, /Lista/)
    await waitFor(async () => mailsTo(smtp, english.email, /Lista/).length === 1, { what: 'the second message' })
    expect(mailsTo(smtp, held.email)).toHaveLength(0)
    expect(mailsTo(smtp, gone.email)).toHaveLength(0)
    expect(mailsTo(smtp, waiting.email, /Zmiana sali/)).toHaveLength(0)
  })

  it('is refused to host, viewer, another owner, a visitor and staff; bad input is a 400 and sends nothing', async () => {
    const event = await createEvent(platform.payload, siteA)
    const attendee = await createRegistration(platform.payload, event)
    for (const [who, status] of [...REFUSED, ['staff', 403] as [CastMember, number]]) {
      const answer = await as[who].request('POST', `/api/big-events/${event.id}/message`, { subject: 'Hej', body: 'Tekst' })
      expect({ who, status: answer.status }).toEqual({ who, status })
    }
    for (const body of [
      {},
      { subject: '', body: 'x' },
      { subject: 'a\nb', body: 'x' },
      { subject: 'x', body: '   ' },
      { subject: 'x', body: 'y'.repeat(5001) },
    ]) {
      const answer = await as.ownerA.request('POST', `/api/big-events/${event.id}/message`, body)
      expect({ status: answer.status, message: typeof answer.body.errors?.[0]?.message }).toEqual({ status: 400, message: 'string' })
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(mailsTo(smtp, attendee.email)).toHaveLength(0)
  })

  it('lets exactly the limit through when many sends come at once', async () => {
    process.env.BIG_EVENTS_MESSAGES_PER_HOUR = '3'
    const event = await createEvent(platform.payload, siteA)
    const attendee = await createRegistration(platform.payload, event)
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => as.ownerA.request('POST', `/api/big-events/${event.id}/message`, { subject: `Nr ${index}`, body: 'Tekst' })),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 429, 429, 429, 429, 429])
    expect(answers.find((answer) => answer.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/)
    await waitFor(async () => mailsTo(smtp, attendee.email).length === 3, { what: 'three messages' })
    delete process.env.BIG_EVENTS_MESSAGES_PER_HOUR
  })
})
