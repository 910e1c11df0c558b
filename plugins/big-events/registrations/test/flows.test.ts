/**
 * Registrations end to end on a real platform (PostgreSQL, HTTP), the P24 simulator and a real SMTP listener:
 * a free registration (confirmed at once, email with the calendar file and the meeting link), a paid one (held,
 * paid at P24, confirmed, confirmation and the visitor's receipt), a hold that runs out (released by the job, run
 * twice at once; the seat offered to the waiting list), the late payment honoured and refunded, waitlist promotion
 * on a visitor's cancellation (free: confirmed; paid: the refund and an offer), the cancel cutoff, replays, and the
 * visitor's manage page as the server renders it.
 */
import { renderToStaticMarkup } from 'react-dom/server'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import { delivered, mailsTo, mimePart, TEST_PUBLIC_URL, waitFor } from '@platform/testing'
import { registrationPage } from '../ManagePage'
import { releaseExpiredHolds } from '../releaseHolds'
import { completeTicket } from '../paymentListeners'
import { REGISTRATIONS } from '../../slugs'
import {
  byEmail,
  cancelAt,
  createEvent,
  eventById,
  inDays,
  payAtP24,
  registerFor,
  registration,
  registrationsOf,
  startHarness,
  unique,
  waitForStatus,
  type Harness,
} from './support'

let harness: Harness
let platform: TestPlatform
let smtp: SmtpListener

beforeAll(async () => {
  harness = await startHarness()
  platform = harness.platform
  smtp = harness.smtp!
})
afterAll(() => harness?.close())

const email = (stem: string) => `${unique(stem)}@example.com`
const html = (raw: string) => mimePart(raw, 'text/html') ?? ''
/** The calendar part (nodemailer's calendar alternative or the attachment), decoded. */
const calendarOf = (raw: string) => mimePart(raw, 'text/calendar' as 'text/plain') ?? ''
const payment = (id: number) => platform.payload.findByID({ collection: 'payments', id, depth: 0, overrideAccess: true }) // trusted: test setup or inspection
const seatsTaken = async (eventId: number) => (await eventById(platform.payload, eventId)).currentParticipants
const expire = (id: number) =>
  platform.payload.update({ collection: REGISTRATIONS, id, data: { holdExpiresAt: new Date(Date.now() - 60_000).toISOString() }, overrideAccess: true }) // test: the hold ran out

it('free: confirmed at once, client made, seat counted, confirmation email with the calendar file and the meeting link', async () => {
  const event = await createEvent(platform.payload, harness.siteId, {
    locationKind: 'online',
    onlineUrl: 'https://meet.example.com/oddech',
    details: {
      questions: [{ id: 'level', label: { pl: 'Poziom', en: 'Level' }, type: 'select', required: true, options: [{ pl: 'Początkujący', en: 'Beginner' }] }],
    },
  })
  const to = email('anna')
  const answer = await registerFor(platform.baseURL, event.id, { name: 'Anna Nowak', email: to.toUpperCase(), answers: { level: 'Początkujący' } })
  expect(answer.status).toBe(201)
  expect(answer.body).toEqual({
    status: 'confirmed',
    message: 'Gotowe! Jesteś na liście uczestników. Potwierdzenie z plikiem kalendarza wysłaliśmy e-mailem.',
    manageUrl: expect.stringMatching(new RegExp(`^${TEST_PUBLIC_URL}/events/registrations/[A-Za-z0-9_-]{43}$`)),
  })
  const stored = await byEmail(platform.payload, event.id, to)
  expect(stored).toMatchObject({ status: 'confirmed', name: 'Anna Nowak', locale: 'pl', amount: 0, answers: { level: 'Początkujący' }, paymentId: null })
  expect(stored.confirmedAt).toBeTruthy()
  const clients = await platform.payload.find({ collection: 'clients', where: { email: { equals: to } }, depth: 0, overrideAccess: true }) // trusted: test setup or inspection
  expect(clients.docs.map((client) => [client.firstName, client.lastName, client.site])).toEqual([['Anna', 'Nowak', harness.siteId]])
  expect(await seatsTaken(event.id)).toBe(1)

  const mail = await delivered(smtp, to, /Potwierdzenie zapisu/)
  const body = html(mail.raw)
  expect(body).toContain(event.title)
  expect(body).toContain('https://meet.example.com/oddech')
  expect(body).toContain(answer.body.manageUrl)
  expect(mail.raw).toMatch(/Content-Type: text\/calendar/i)
  const ics = calendarOf(mail.raw)
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain(`big-event-${event.id}@`)
  expect(ics).toContain('https://meet.example.com/oddech')
})

it('paid: held for 15 minutes with a payment priced by the server (a sent price is ignored), paid at P24 → confirmed, confirmation with the calendar file, a receipt without the billing panel', async () => {
  const event = await createEvent(platform.payload, harness.siteId, { price: 450, earlyBirdPrice: 390.5, earlyBirdEndsAt: inDays(3), maxParticipants: 5 })
  const to = email('jan')
  const before = Date.now()
  const answer = await registerFor(platform.baseURL, event.id, { name: 'Jan Kowalski', email: to, locale: 'en', price: 1, amount: 1, status: 'confirmed' })
  expect(answer.status).toBe(201)
  expect(answer.body).toMatchObject({
    status: 'pending_payment',
    payUrl: expect.stringMatching(new RegExp(`^${TEST_PUBLIC_URL}/api/payments/pay/[0-9a-f-]{36}$`)),
  })
  const holdEnds = Date.parse(answer.body.holdExpiresAt)
  expect(holdEnds - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000)
  expect(holdEnds - Date.now()).toBeLessThanOrEqual(15 * 60_000)
  expect(answer.body.message).toMatch(/^Your seat is held until \d{1,2} \w+ \d{4}, \d{2}:\d{2}\. Pay to confirm it\.$/)
  const stored = await byEmail(platform.payload, event.id, to)
  expect(stored).toMatchObject({ status: 'pending_payment', amount: 39050, locale: 'en' })
  expect(await payment(stored.paymentId!)).toMatchObject({
    amount: 39050,
    purpose: 'big-events.ticket',
    reference: String(stored.id),
    user: null,
    payerName: 'Jan Kowalski',
    locale: 'en',
    email: to,
    site: harness.siteId,
    status: 'pending',
    description: `Ticket: ${event.title}`,
    returnUrl: `${answer.body.manageUrl}?from=p24`,
  })
  expect(await seatsTaken(event.id)).toBe(1)

  expect(await payAtP24(platform.baseURL, answer.body.payUrl)).toBe(`${answer.body.manageUrl}?from=p24`)
  await waitForStatus(platform.payload, stored.id, 'confirmed')
  expect(await seatsTaken(event.id)).toBe(1)
  const confirmation = await delivered(smtp, to, /Registration confirmed/)
  expect(html(confirmation.raw)).toMatch(/PLN\s390\.50/)
  expect(calendarOf(confirmation.raw)).toContain('LOCATION:Kraków\\, ul. Długa 5')
  // The payments plugin's receipt to a visitor: the purchase (the manage page), not the owners' billing panel.
  const receipt = html((await delivered(smtp, to, /Thank you for your payment/)).raw)
  expect(receipt).toContain(answer.body.manageUrl)
  expect(receipt).toContain('See your purchase')
  expect(receipt).not.toContain('Billing and plan')
  expect(receipt).not.toContain('/admin/billing')
})

it('a hold that runs out is released once by two runs at once; the seat is offered to the first on the waiting list with a new payment', async () => {
  const event = await createEvent(platform.payload, harness.siteId, { price: 200, maxParticipants: 1 })
  const [a, b, c] = [email('held'), email('waits'), email('later')]
  const held = await registerFor(platform.baseURL, event.id, { name: 'Ola Held', email: a })
  expect(held.body.status).toBe('pending_payment')
  const waiting = await registerFor(platform.baseURL, event.id, { name: 'Ewa Czeka', email: b })
  expect(waiting.body).toMatchObject({ status: 'waitlisted', message: expect.stringContaining('liście rezerwowej') })
  expect(waiting.body.payUrl).toBeUndefined()
  await registerFor(platform.baseURL, event.id, { name: 'Piotr Później', email: c })
  await delivered(smtp, b, /Lista rezerwowa/)
  const heldRow = await byEmail(platform.payload, event.id, a)

  // Not yet expired: nothing happens.
  expect(await releaseExpiredHolds(platform.payload)).toBe(0)
  await expire(heldRow.id)
  const runs = await Promise.all([releaseExpiredHolds(platform.payload), releaseExpiredHolds(platform.payload)])
  expect(runs.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(1)
  expect(await registration(platform.payload, heldRow.id)).toMatchObject({ status: 'cancelled', cancelReason: 'hold-expired' })
  const offered = await byEmail(platform.payload, event.id, b)
  expect(offered).toMatchObject({ status: 'pending_payment' })
  expect(offered.offerExpiresAt).toBe(offered.holdExpiresAt)
  expect(Date.parse(offered.holdExpiresAt!) - Date.now()).toBeGreaterThan(14 * 60_000)
  expect(offered.paymentId).not.toBe(heldRow.paymentId)
  expect(await payment(offered.paymentId!)).toMatchObject({ amount: 20000, reference: String(offered.id), status: 'pending' })
  expect((await byEmail(platform.payload, event.id, c)).status).toBe('waitlisted')
  expect(await seatsTaken(event.id)).toBe(1)

  await delivered(smtp, a, /Rezerwacja miejsca wygasła/)
  const offer = html((await delivered(smtp, b, /Zwolniło się miejsce dla Ciebie/)).raw)
  const { sessionId } = await payment(offered.paymentId!)
  expect(offer).toContain(`/api/payments/pay/${sessionId}`)
  expect(offer).toMatch(/zapłacisz do <strong>\d{1,2} [a-ząćęłńóśźż]+ \d{4}, \d{2}:\d{2}<\/strong>/)

  // The offer runs out too: it goes to the next in line.
  await expire(offered.id)
  expect(await releaseExpiredHolds(platform.payload)).toBe(1)
  expect(await registration(platform.payload, offered.id)).toMatchObject({ status: 'cancelled', cancelReason: 'offer-expired' })
  expect((await byEmail(platform.payload, event.id, c)).status).toBe('pending_payment')
  expect(await seatsTaken(event.id)).toBe(1)

  // The late payment of the first hold, with the seat taken (held for the next in line): refunded, the visitor told.
  await payAtP24(platform.baseURL, held.body.payUrl)
  await waitFor(async () => (await payment(heldRow.paymentId!)).status === 'refunded', { what: 'the late payment refunded', timeoutMs: 30_000 })
  await waitForStatus(platform.payload, heldRow.id, 'refunded')
  expect((await registration(platform.payload, heldRow.id)).refundedAt).toBeTruthy()
  expect(html((await delivered(smtp, a, /Płatność po czasie/)).raw)).toContain('200,00')
  expect(html((await delivered(smtp, a, /Zwrot pieniędzy/)).raw)).toContain('200,00')
  expect(await seatsTaken(event.id)).toBe(1)
  expect((await registrationsOf(platform.payload, event.id)).filter((row) => row.status === 'confirmed')).toHaveLength(0)
})

it('a late payment is honoured when a seat is free: confirmed, the seat taken again; a replay changes nothing', async () => {
  const event = await createEvent(platform.payload, harness.siteId, { price: 120, maxParticipants: 2 })
  const to = email('late')
  const held = await registerFor(platform.baseURL, event.id, { name: 'Kasia Spóźniona', email: to })
  const row = await byEmail(platform.payload, event.id, to)
  await expire(row.id)
  expect(await releaseExpiredHolds(platform.payload)).toBe(1)
  expect(await seatsTaken(event.id)).toBe(0)
  await payAtP24(platform.baseURL, held.body.payUrl)
  await waitForStatus(platform.payload, row.id, 'confirmed')
  expect(await registration(platform.payload, row.id)).toMatchObject({ cancelReason: null, cancelledAt: null })
  expect(await seatsTaken(event.id)).toBe(1)
  await delivered(smtp, to, /Potwierdzenie zapisu/)
  // The same notification again (a replay of payment.completed): ignored, no refund.
  const paid = await payment(row.paymentId!)
  const replay = await completeTicket(platform.payload, {
    paymentId: paid.id,
    purpose: 'big-events.ticket',
    reference: String(row.id),
    userId: null,
    siteId: harness.siteId,
    amount: paid.amount,
    currency: 'PLN',
  })
  expect(replay).toBe('ignore')
  expect(await seatsTaken(event.id)).toBe(1)
  expect((await payment(row.paymentId!)).status).toBe('paid')
})

it('a free event: a visitor cancels, the first on the waiting list is confirmed; a second cancel is a clear 409 and changes nothing', async () => {
  const event = await createEvent(platform.payload, harness.siteId, { maxParticipants: 1 })
  const [a, b, c] = [email('first'), email('second'), email('third')]
  const first = await registerFor(platform.baseURL, event.id, { name: 'Ala Pierwsza', email: a })
  await registerFor(platform.baseURL, event.id, { name: 'Basia Druga', email: b })
  await registerFor(platform.baseURL, event.id, { name: 'Celina Trzecia', email: c })
  const cancelled = await cancelAt(platform.baseURL, event.id, first.body.manageUrl)
  expect(cancelled.status).toBe(200)
  expect(cancelled.body).toEqual({ status: 'cancelled', message: 'Zapis anulowany. Wysłaliśmy Ci potwierdzenie e-mailem.' })
  expect(await byEmail(platform.payload, event.id, a)).toMatchObject({ status: 'cancelled', cancelReason: 'visitor' })
  expect(await byEmail(platform.payload, event.id, b)).toMatchObject({ status: 'confirmed' })
  expect(await byEmail(platform.payload, event.id, c)).toMatchObject({ status: 'waitlisted' })
  expect(await seatsTaken(event.id)).toBe(1)
  await delivered(smtp, a, /Zapis anulowany/)
  await delivered(smtp, b, /Potwierdzenie zapisu/)

  const again = await cancelAt(platform.baseURL, event.id, first.body.manageUrl)
  expect(again).toMatchObject({ status: 409, body: { errors: [{ message: 'Ten zapis jest już anulowany.' }] } })
  expect(await byEmail(platform.payload, event.id, c)).toMatchObject({ status: 'waitlisted' })
  expect(await seatsTaken(event.id)).toBe(1)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(mailsTo(smtp, a, /Zapis anulowany/)).toHaveLength(1)
})

it('a paid event: the confirmed visitor cancels → refunded through P24; the waiting one is offered the seat to pay', async () => {
  const event = await createEvent(platform.payload, harness.siteId, { price: 300, maxParticipants: 1 })
  const [a, b] = [email('payer'), email('next')]
  const first = await registerFor(platform.baseURL, event.id, { name: 'Adam Płacący', email: a })
  await payAtP24(platform.baseURL, first.body.payUrl)
  const paidRow = await byEmail(platform.payload, event.id, a)
  await waitForStatus(platform.payload, paidRow.id, 'confirmed')
  await registerFor(platform.baseURL, event.id, { name: 'Bartek Następny', email: b })
  const cancelled = await cancelAt(platform.baseURL, event.id, first.body.manageUrl, { locale: 'en' })
  expect(cancelled.body).toEqual({ status: 'cancelled', message: 'Your registration is cancelled. Your refund is on its way; we will write when it arrives.' })
  const next = await byEmail(platform.payload, event.id, b)
  expect(next.status).toBe('pending_payment')
  expect(await seatsTaken(event.id)).toBe(1)
  await delivered(smtp, b, /Zwolniło się miejsce/)
  expect(html((await delivered(smtp, a, /Zapis anulowany/)).raw)).toContain('Zlecamy zwrot pieniędzy')
  await waitForStatus(platform.payload, paidRow.id, 'refunded')
  expect((await payment(paidRow.paymentId!)).status).toBe('refunded')
  await delivered(smtp, a, /Zwrot pieniędzy/)
  expect(await seatsTaken(event.id)).toBe(1)
})

it('after the cutoff the cancel is a 409 naming the rule, and nothing changes', async () => {
  const event = await createEvent(platform.payload, harness.siteId, {
    startDate: new Date(Date.now() + 10 * 3_600_000).toISOString(),
    endDate: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    cancelCutoffHours: 24,
  })
  const to = email('late-cancel')
  const made = await registerFor(platform.baseURL, event.id, { name: 'Zofia Późna', email: to })
  expect(made.body.status).toBe('confirmed')
  const refused = await cancelAt(platform.baseURL, event.id, made.body.manageUrl)
  expect(refused.status).toBe(409)
  expect(refused.body.errors[0].message).toBe(
    'Zapis można anulować online najpóźniej 24 godziny przed rozpoczęciem. Aby zrezygnować teraz, odpowiedz na wiadomość z potwierdzeniem i napisz do organizatora.',
  )
  expect((await byEmail(platform.payload, event.id, to)).status).toBe('confirmed')
  expect(await seatsTaken(event.id)).toBe(1)
})

it('the manage page: the site named and linked, the hold with its pay button and end, cancel before the cutoff, the meeting link once confirmed; junk tokens say so', async () => {
  const event = await createEvent(platform.payload, harness.siteId, { price: 80, locationKind: 'online', onlineUrl: 'https://meet.example.com/zoom-1' })
  const made = await registerFor(platform.baseURL, event.id, { name: 'Irena Strona', email: email('page') })
  const token = made.body.manageUrl.split('/events/registrations/')[1]
  const render = async (value: string, lang?: string, more: Record<string, string> = {}) =>
    renderToStaticMarkup(
      await registrationPage.Component({ params: { token: value }, searchParams: { ...(lang ? { lang } : {}), ...more }, payload: platform.payload }),
    )

  const held = await render(token)
  expect(held).toContain(`>${harness.siteName}</a>`)
  expect(held).toContain(`href="${TEST_PUBLIC_URL}/s/`)
  expect(held).toContain('Twój zapis')
  expect(held).toContain('Miejsce czeka na Twoją płatność')
  expect(held).toMatch(/Rezerwujemy dla Ciebie miejsce do \d{1,2} [a-ząćęłńóśźż]+ \d{4}, \d{2}:\d{2}\./)
  expect(held).toContain(`href="${made.body.payUrl}"`)
  expect(held).toContain('Zrezygnuj z udziału')
  expect(held).not.toContain('meet.example.com')
  expect(await render(token, 'en')).toContain('Your seat is waiting for your payment')
  // Back from P24 before its notification: it checks and looks again by itself, no pay button yet; then it explains.
  const back = await render(token, undefined, { from: 'p24' })
  expect(back).toContain('Sprawdzamy płatność')
  expect(back).toContain('<meta http-equiv="refresh" content="3;url=?from=p24&amp;check=2"/>')
  expect(back).not.toContain('/api/payments/pay/')
  const givenUp = await render(token, 'en', { from: 'p24', check: '6' })
  expect(givenUp).not.toContain('http-equiv')
  expect(givenUp).toContain('Your payment is not confirmed yet.')
  expect(givenUp).toContain(`href="${made.body.payUrl}"`)

  await payAtP24(platform.baseURL, made.body.payUrl)
  await waitForStatus(platform.payload, (await registrationsOf(platform.payload, event.id))[0].id, 'confirmed')
  const confirmed = await render(token)
  expect(confirmed).toContain('Potwierdzony – do zobaczenia!')
  expect(confirmed).toContain('https://meet.example.com/zoom-1')
  expect(confirmed).not.toContain('/api/payments/pay/')
  expect(await render(token, undefined, { from: 'p24', check: '2' })).not.toContain('http-equiv')

  expect(await render('A'.repeat(43))).toContain('Nie znaleźliśmy tego zapisu')
  expect(await render('nonsense', 'en')).toContain('We could not find this registration')
})
