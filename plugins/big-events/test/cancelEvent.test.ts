/**
 * Cancelling an event end to end, on a real platform with the P24 simulator (the payments plugin's dev service,
 * as `npm run dev` starts it) and a real SMTP listener: tickets paid at P24, then the owner cancels over HTTP;
 * every live registration is cancelled, each paid seat's refund is asked for exactly once and P24 refunds it,
 * everyone gets the PL/EN email with the calendar cancellation; a retried listener does nothing more. Also who
 * may cancel, and the refusal for an event already over.
 */
import type { Plugin } from 'payload'

import { definePlatformPlugin, type PlatformEvents } from '@platform'
import type { CastMember, Session, SmtpListener, TestPlatform } from '@platform/testing'
import {
  createAccessCast,
  decodeSubject,
  delivered,
  mailsTo,
  mimePart,
  startDevServices,
  startSmtpListener,
  startTestPlatform,
  TEST_PUBLIC_URL,
  waitFor,
} from '@platform/testing'
import { cancelEventRegistrations } from '../cancellation/cancelRegistrations'
import { eventCancelledListener } from '../cancellation/listener'
import { BIG_EVENTS, REGISTRATIONS, TICKET_PURPOSE } from '../slugs'
import { createEvent, createRegistration, registrationById } from './ownerFixtures'

const P24_NAMES = [
  'P24_MERCHANT_ID',
  'P24_POS_ID',
  'P24_API_KEY',
  'P24_CRC',
  'P24_BASE_URL',
  'P24_SIMULATOR_URL',
  'P24_NOTIFY_URL',
  'P24_REFUND_NOTIFY_URL',
  'P24_SIM_PORT',
]
const OTHER_NAMES = ['SMTP_URL', 'EMAIL_RETRY_DELAY_MS']

let platform: TestPlatform
let smtp: SmtpListener
let services: Awaited<ReturnType<typeof startDevServices>>
let siteA: number
let as: Record<CastMember, Session>
const refundRequests: PlatformEvents['payment.refund-requested'][] = []

// Records what the payments plugin is asked to refund.
const recorder: Plugin = definePlatformPlugin('big-events-test-recorder', () => ({
  listeners: [
    {
      event: 'payment.refund-requested',
      name: 'record',
      handler: async (data) => {
        refundRequests.push(data)
      },
    },
  ],
}))({})

beforeAll(async () => {
  for (const name of [...P24_NAMES, ...OTHER_NAMES]) delete process.env[name]
  smtp = await startSmtpListener()
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_RETRY_DELAY_MS: '300', P24_SIM_PORT: '0' })
  platform = await startTestPlatform({ plugins: [recorder] })
  services = await startDevServices(platform.payload.config, { publicURL: platform.baseURL, target: process.env, log: () => {} })
  expect(services.started).toContain('P24 simulator')
  process.env.P24_REFUND_NOTIFY_URL = `${platform.baseURL}/api/payments/p24/refund-notify`
  ;({ siteA, as } = await createAccessCast(platform))
})

afterAll(async () => {
  await services?.close()
  await platform?.close()
  await smtp?.close()
  for (const name of [...P24_NAMES, ...OTHER_NAMES]) delete process.env[name]
})

const paymentOf = (id: number) => platform.payload.findByID({ collection: 'payments', id, depth: 0, overrideAccess: true }) // trusted: test inspection

/** A ticket's payment as the registration code makes it (a visitor without an account); paid at P24 unless `pay` is false. */
const ticketPayment = async (registrationId: number, email: string, amount: number, pay = true) => {
  const payment = await platform.payload.create({
    collection: 'payments',
    data: {
      amount,
      description: 'Bilet: warsztat',
      email,
      payerName: 'Uczestnik',
      locale: 'pl',
      purpose: TICKET_PURPOSE,
      reference: String(registrationId),
      site: siteA,
      returnUrl: `${TEST_PUBLIC_URL}/s/x`,
    },
    overrideAccess: true, // trusted: test setup (the registration endpoint does this in the app)
  })
  return pay ? payAtP24(payment) : payment
}

/** The payer goes to P24 (the simulator) and pays; the payment is `paid` once P24's notification is verified. */
const payAtP24 = async <Payment extends { id: number; sessionId?: string | null }>(payment: Payment): Promise<Payment> => {
  const toP24 = await fetch(`${platform.baseURL}/api/payments/pay/${payment.sessionId}`, { redirect: 'manual' })
  expect(toP24.status).toBe(303)
  const page = toP24.headers.get('location')!
  const back = await fetch(`${page}?lang=pl`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'action=pay',
    redirect: 'manual',
  })
  expect(back.status).toBe(303)
  await waitFor(async () => (await paymentOf(payment.id)).status === 'paid', { what: `payment ${payment.id} paid` })
  return payment
}

/** A confirmed registration whose ticket was paid at P24: held with its payment, then paid; payment.completed's listener confirms it. */
const paidRegistration = async (event: Awaited<ReturnType<typeof createEvent>>, locale: 'pl' | 'en', name: string) => {
  const registration = await createRegistration(platform.payload, event, { status: 'pending_payment', locale, name, amount: 45000 })
  const unpaid = await ticketPayment(registration.id, registration.email, 45000, false)
  await platform.payload.update({
    collection: REGISTRATIONS,
    id: registration.id,
    data: { paymentId: unpaid.id, holdExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString() },
    overrideAccess: true, // trusted: test setup (the registration endpoint holds the seat with its payment in the app)
  })
  const payment = await payAtP24(unpaid)
  await waitFor(async () => (await registrationById(platform.payload, registration.id)).status === 'confirmed', {
    what: `registration ${registration.id} confirmed`,
  })
  return { registration, payment }
}

const cancelAs = (who: Session, eventId: number) => who.request('PATCH', `/api/${BIG_EVENTS}/${eventId}`, { status: 'cancelled' })
const eventById = (id: number) => platform.payload.findByID({ collection: BIG_EVENTS, id, depth: 0, overrideAccess: true }) // trusted: test inspection
const requestsFor = (paymentId: number) => refundRequests.filter((request) => request.paymentId === paymentId)

it('cancels every live registration, refunds each paid seat once through P24, tells everyone; a retried listener does nothing more', async () => {
  const event = await createEvent(platform.payload, siteA, { title: 'Weekend z jogą', price: 450 })
  const paidPl = await paidRegistration(event, 'pl', 'Ola Polska')
  const paidEn = await paidRegistration(event, 'en', 'Kate English')
  const held = await createRegistration(platform.payload, event, { status: 'pending_payment', amount: 45000, name: 'Hania' })
  const heldPayment = await ticketPayment(held.id, held.email, 45000, false)
  await platform.payload.update({ collection: REGISTRATIONS, id: held.id, data: { paymentId: heldPayment.id }, overrideAccess: true }) // trusted: test setup
  const waiting = await createRegistration(platform.payload, event, { status: 'waitlisted', name: 'Wiesia', locale: 'pl' })
  const earlier = await createRegistration(platform.payload, event, { status: 'cancelled', name: 'Ewa' })
  await platform.payload.update({ collection: BIG_EVENTS, id: event.id, data: { currentParticipants: 3 }, overrideAccess: true }) // trusted: test setup (the registration code keeps it)

  const answer = await cancelAs(as.ownerA, event.id)
  expect(answer.status).toBe(200)
  expect(answer.body.doc.status).toBe('cancelled')

  const live = [paidPl.registration, paidEn.registration, held, waiting]
  await waitFor(async () => (await Promise.all(live.map((one) => registrationById(platform.payload, one.id)))).every((one) => one.status === 'cancelled'), {
    what: 'every live registration cancelled',
  })
  for (const one of live) {
    const stored = await registrationById(platform.payload, one.id)
    expect({ name: stored.name, reason: stored.cancelReason, cancelledAt: Boolean(stored.cancelledAt) }).toEqual({
      name: one.name,
      reason: 'event-cancelled',
      cancelledAt: true,
    })
  }
  expect((await registrationById(platform.payload, earlier.id)).cancelReason ?? null).toBeNull()
  expect((await eventById(event.id)).currentParticipants).toBe(0)

  // P24 gives the money back for both paid tickets; the held seat's unpaid payment is not asked about.
  for (const { payment } of [paidPl, paidEn])
    await waitFor(async () => (await paymentOf(payment.id)).status === 'refunded', { what: `payment ${payment.id} refunded`, timeoutMs: 30_000 })
  expect((await paymentOf(heldPayment.id)).status).toBe('pending')

  // Everyone who was live is told in their language, with the calendar file that removes the date.
  const pl = await delivered(smtp, paidPl.registration.email, /odwołane/i)
  expect(decodeSubject(pl.headers.subject)).toBe('Wydarzenie odwołane: Weekend z jogą')
  expect(mimePart(pl.raw, 'text/html')).toContain('450,00\u00a0zł')
  expect(pl.raw).toContain('METHOD:CANCEL')
  expect(pl.raw).toMatch(/UID:big-event-\d+@/)
  const en = await delivered(smtp, paidEn.registration.email, /cancelled/i)
  expect(mimePart(en.raw, 'text/html')).toContain('PLN\u00a0450.00')
  const heldMail = await delivered(smtp, held.email, /odwołane/i)
  expect(mimePart(heldMail.raw, 'text/html')).not.toContain('Pieniądze wrócą')
  expect(mimePart((await delivered(smtp, waiting.email, /odwołane/i)).raw, 'text/html')).toContain('liście rezerwowej')

  // A retried listener (the job run again) finds nobody live: no second refund request, no second email.
  expect(await cancelEventRegistrations(platform.payload, event.id)).toEqual({ cancelled: 0, refundsRequested: 0, emailed: 0 })
  await eventCancelledListener.handler({ eventId: event.id, siteId: siteA }, { payload: platform.payload, job: undefined as never })
  await new Promise((resolve) => setTimeout(resolve, 2000))
  expect(requestsFor(paidPl.payment.id)).toEqual([{ paymentId: paidPl.payment.id, purpose: TICKET_PURPOSE, reason: expect.stringContaining('Weekend z jogą') }])
  expect(requestsFor(paidEn.payment.id)).toHaveLength(1)
  expect(requestsFor(heldPayment.id)).toHaveLength(0)
  // (The paid ones also got their P24 receipt from the payments plugin earlier.)
  for (const one of live) expect({ to: one.email, count: mailsTo(smtp, one.email, /odwołane|cancelled/i).length }).toEqual({ to: one.email, count: 1 })
  expect(mailsTo(smtp, earlier.email)).toHaveLength(0)
})

it('owner, admin and editor may cancel; host, viewer, another owner, a visitor and staff may not', async () => {
  for (const who of ['ownerA', 'admin', 'editor'] as CastMember[]) {
    const event = await createEvent(platform.payload, siteA)
    const answer = await cancelAs(as[who], event.id)
    expect({ who, status: answer.status, stored: (await eventById(event.id)).status }).toEqual({ who, status: 200, stored: 'cancelled' })
  }
  const refused: [CastMember, number][] = [
    ['host', 403],
    ['viewer', 403],
    // Payload answers an update outside the caller's sites as forbidden, like any other refused write.
    ['ownerB', 403],
    ['visitor', 403],
    ['staff', 403],
  ]
  const event = await createEvent(platform.payload, siteA)
  const attendee = await createRegistration(platform.payload, event)
  for (const [who, status] of refused) {
    const answer = await cancelAs(as[who], event.id)
    expect({ who, status: answer.status }).toEqual({ who, status })
  }
  expect((await eventById(event.id)).status).toBe('published')
  expect((await registrationById(platform.payload, attendee.id)).status).toBe('confirmed')
})

it('an event already over cannot be cancelled: a plain message, nothing changes, nobody is told', async () => {
  const day = 24 * 3600_000
  const event = await createEvent(platform.payload, siteA, {
    startDate: new Date(Date.now() - 3 * day).toISOString(),
    endDate: new Date(Date.now() - 2 * day).toISOString(),
  })
  const attendee = await createRegistration(platform.payload, event)
  const cookie = as.ownerA.cookie()!
  const answer = await fetch(`${platform.baseURL}/api/${BIG_EVENTS}/${event.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', 'accept-language': 'pl', origin: TEST_PUBLIC_URL, cookie },
    body: JSON.stringify({ status: 'cancelled' }),
  })
  expect(answer.status).toBe(400)
  expect(JSON.stringify(await answer.json())).toContain('To wydarzenie już się odbyło, więc nie można go odwołać.')
  expect((await eventById(event.id)).status).toBe('published')
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect((await registrationById(platform.payload, attendee.id)).status).toBe('confirmed')
  expect(mailsTo(smtp, attendee.email)).toHaveLength(0)
})

it('three runs of the cancellation at once (a job taken twice) end each registration once and ask each refund once', async () => {
  const event = await createEvent(platform.payload, siteA, { price: 100 })
  // Paid seats whose payments the payments plugin does not know: only the requests are counted here.
  const paid = await Promise.all([990001, 990002, 990003].map((paymentId) => createRegistration(platform.payload, event, { amount: 10000, paymentId })))
  await createRegistration(platform.payload, event, { status: 'waitlisted' })
  await platform.payload.update({ collection: BIG_EVENTS, id: event.id, data: { status: 'cancelled' }, overrideAccess: true }) // trusted: test setup
  // With the listener's own job (queued by that commit) four runs race; exactly one does the work.
  const results = await Promise.all([1, 2, 3].map(() => cancelEventRegistrations(platform.payload, event.id)))
  const total = results.reduce((sum, one) => ({ cancelled: sum.cancelled + one.cancelled, refundsRequested: sum.refundsRequested + one.refundsRequested }), {
    cancelled: 0,
    refundsRequested: 0,
  })
  expect(total.cancelled === 4 || total.cancelled === 0).toBe(true)
  expect(results.filter((one) => one.cancelled > 0).length).toBeLessThanOrEqual(1)
  await waitFor(async () => paid.every((one) => requestsFor(one.paymentId as number).length >= 1), { what: 'refund requests recorded' })
  await new Promise((resolve) => setTimeout(resolve, 1500))
  for (const one of paid)
    expect({ paymentId: one.paymentId, requests: requestsFor(one.paymentId as number).length }).toEqual({ paymentId: one.paymentId, requests: 1 })
})
