/**
 * Never oversold: 200 visitors register at the same moment for 50 seats, over real HTTP on a real PostgreSQL.
 * Both kinds of event, because they take different paths under the lock: a free one (seats confirmed at once) and
 * a paid one (seats held with a payment each). Exactly 50 take a seat, 150 wait, each person once, and the
 * event's `currentParticipants` equals the count in the database.
 */
import type { TestPlatform } from '@platform/testing'
import { REGISTRATIONS } from '../../slugs'
import { createEvent, eventById, registerFor, registrationsOf, startHarness, unique, type Harness } from './support'

let harness: Harness
let platform: TestPlatform

beforeAll(async () => {
  harness = await startHarness({ smtp: false })
  platform = harness.platform
})
afterAll(() => harness?.close())

const VISITORS = 200
const SEATS = 50

const race = async (price: number) => {
  const event = await createEvent(platform.payload, harness.siteId, { price, maxParticipants: SEATS })
  const emails = Array.from({ length: VISITORS }, (_, index) => `${unique(`racer-${index}`)}@example.com`)
  const answers = await Promise.all(emails.map((email, index) => registerFor(platform.baseURL, event.id, { name: `Uczestnik ${index}`, email })))
  const rows = await registrationsOf(platform.payload, event.id)
  const count = (status: string) => rows.filter((row) => row.status === status).length
  return { event, answers, rows, count, emails }
}

it('a free event: 200 at once for 50 seats → exactly 50 confirmed, 150 waitlisted, the seat count agrees', async () => {
  const { event, answers, rows, count, emails } = await race(0)
  expect(answers.map((answer) => answer.status)).toEqual(Array(VISITORS).fill(201))
  expect(answers.filter((answer) => answer.body.status === 'confirmed')).toHaveLength(SEATS)
  expect(answers.filter((answer) => answer.body.status === 'waitlisted')).toHaveLength(VISITORS - SEATS)
  expect(rows).toHaveLength(VISITORS)
  expect(new Set(rows.map((row) => row.email))).toEqual(new Set(emails))
  expect([count('confirmed'), count('waitlisted'), count('pending_payment')]).toEqual([SEATS, VISITORS - SEATS, 0])
  expect((await eventById(platform.payload, event.id)).currentParticipants).toBe(SEATS)
})

it('a paid event: 200 at once for 50 seats → exactly 50 held with a payment each, 150 waitlisted, the seat count agrees', async () => {
  const { event, answers, rows, count } = await race(150)
  expect(answers.map((answer) => answer.status)).toEqual(Array(VISITORS).fill(201))
  expect(answers.filter((answer) => answer.body.status === 'pending_payment' && answer.body.payUrl)).toHaveLength(SEATS)
  expect([count('pending_payment'), count('waitlisted'), count('confirmed')]).toEqual([SEATS, VISITORS - SEATS, 0])
  const seated = await platform.payload.count({
    collection: REGISTRATIONS,
    where: { and: [{ event: { equals: event.id } }, { status: { in: ['confirmed', 'pending_payment'] } }] },
    overrideAccess: true, // trusted: test setup or inspection
  })
  expect((await eventById(platform.payload, event.id)).currentParticipants).toBe(seated.totalDocs)
  const payments = await platform.payload.find({
    collection: 'payments',
    where: { reference: { in: rows.map((row) => String(row.id)) } },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted: test setup or inspection
  })
  expect(payments.docs).toHaveLength(SEATS)
  expect(new Set(payments.docs.map((doc) => doc.reference))).toEqual(
    new Set(rows.filter((row) => row.status === 'pending_payment').map((row) => String(row.id))),
  )
  expect(payments.docs.every((doc) => doc.amount === 15000)).toBe(true)
})
