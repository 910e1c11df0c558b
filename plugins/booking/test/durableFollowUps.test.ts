/**
 * The booking's follow-ups are as durable as the booking (the transactional
 * outbox), and no working link is kept in the job queue or the outbox.
 *
 * The gap is forced with a test hook: the jobs runtime's enqueue fails for as
 * long as the test says (as when the Agenda table was locked and the enqueue
 * terminated, or the process died right after the commit). The booking still
 * commits with its follow-ups recorded; the sweeper queues them once the queue
 * is back, and each message goes out exactly once.
 */
import pg from 'pg'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, mimePart, publishSiteAs, startSmtpListener, startTestPlatform, waitFor } from '@platform/testing'
import { sendDueReminders } from '../jobs/sendReminders'
import { createBlock, dayAhead, isoAt, post, setSettings } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let db: pg.Client
let owner: { id: number; email: string }
let site: { id: number; identifier: string }
let blockId: string
const DAY = dayAhead(6)
const HOUR = 3_600_000
/** A management link (not the admin's `/admin/collections/bookings/<id>`). */
const MANAGE_LINK = /\/bookings\/[A-Za-z0-9_-]{20,}/

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  process.env.BOOKING_RATE_PER_IP = '1000'
  // The sweeper every second, so the test need not wait long for it.
  process.env.OUTBOX_SWEEP_MS = '1000'
  platform = await startTestPlatform()
  db = new pg.Client({ connectionString: platform.databaseURL })
  await db.connect()
  owner = await createUser(platform.payload, { locale: 'en' })
  site = await createSite(platform.payload, owner.id, 'Durable Studio')
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY, startTime: '09:00', endTime: '13:00', title: 'Session' })).id)
})

afterAll(async () => {
  await db?.end()
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS', 'BOOKING_RATE_PER_IP', 'OUTBOX_SWEEP_MS']) delete process.env[name]
})

/** Test hook: every enqueue fails until the returned function is called. */
const breakEnqueue = (jobs: TestPlatform['jobs']) => {
  const real = jobs.enqueue
  let attempts = 0
  jobs.enqueue = async () => {
    attempts += 1
    throw new Error('terminating connection due to administrator command (test)')
  }
  return {
    attempts: () => attempts,
    restore: () => {
      jobs.enqueue = real
    },
  }
}

const book = (body: Record<string, unknown>) => post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, body)
const mailsTo = (to: string, text?: RegExp) =>
  smtp.received.filter((mail) => mail.accepted && mail.headers.to?.includes(to) && (!text || text.test(mimePart(mail.raw, 'text/plain') ?? '')))
const notifications = async (type: string) =>
  (
    await platform.payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: owner.id } }, { notificationType: { equals: type } }] },
      overrideAccess: true,
    })
  ).docs
const unrelayed = async () => (await db.query('SELECT job FROM platform_outbox WHERE relayed_at IS NULL')).rows.map((row) => row.job as string)
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('follow-ups when the queue fails right after the commit', () => {
  let manageUrl: string
  const guest = 'lost-follow-ups@example.com'

  it('still sends the confirmation, the host email and the notification, exactly once each', async () => {
    const broken = breakEnqueue(platform.jobs)
    let made
    try {
      made = await book({ start: isoAt(DAY, '09:00'), blockId, email: guest, name: 'Nina', locale: 'en' })
      // The booking is committed and answered as before...
      expect(made.status).toBe(201)
      expect(broken.attempts()).toBeGreaterThan(0)
      // ...and both listeners' follow-ups are on record, waiting for the queue.
      expect((await unrelayed()).sort()).toEqual(['event:booking.created:booking.host-created', 'event:booking.created:booking.visitor-created'])
      await settle(1_500)
      expect(mailsTo(guest)).toHaveLength(0)
    } finally {
      broken.restore()
    }
    manageUrl = made.body.manageUrl
    // The sweeper queues them once the queue works again.
    const confirmation = await waitFor(async () => mailsTo(guest)[0], { timeoutMs: 30_000, what: 'the confirmation' })
    // The link, made when the email was rendered, is the one the visitor got in the 201 answer.
    expect(mimePart(confirmation.raw, 'text/plain')).toContain(manageUrl)
    await waitFor(async () => mailsTo(owner.email, /Nina/)[0], { timeoutMs: 30_000, what: 'the host email' })
    await waitFor(async () => (await notifications('booking.created')).length > 0 || undefined, { timeoutMs: 30_000, what: 'the notification' })
    // Several sweeps later: nothing twice, nothing left.
    await settle(3_000)
    expect(mailsTo(guest)).toHaveLength(1)
    expect(mailsTo(owner.email, /Nina/)).toHaveLength(1)
    expect(await notifications('booking.created')).toHaveLength(1)
    expect(await unrelayed()).toEqual([])
  })

  it('keeps no working link in the job queue or the outbox once the emails went out', async () => {
    const token = manageUrl.split('/').pop()!
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const jobs = await db.query("SELECT name, data::text AS data FROM agenda_jobs WHERE name LIKE 'event:booking.%' OR name = 'platform.send-email'")
    expect(jobs.rows.length).toBeGreaterThanOrEqual(4)
    for (const row of jobs.rows) {
      expect(row.data).not.toContain(token)
      expect(row.data).not.toMatch(MANAGE_LINK)
    }
    const outbox = await db.query('SELECT data::text AS data FROM platform_outbox')
    expect(outbox.rows.length).toBeGreaterThanOrEqual(4)
    for (const row of outbox.rows) {
      expect(row.data).not.toContain(token)
      expect(row.data).not.toMatch(MANAGE_LINK)
    }
  })

  it('never leaves a reminder claimed without its email', async () => {
    const reminded = 'reminded@example.com'
    const made = await book({ start: isoAt(DAY, '11:00'), blockId, email: reminded, name: 'Rita', locale: 'en' })
    expect(made.status).toBe(201)
    await waitFor(async () => mailsTo(reminded)[0], { timeoutMs: 30_000, what: 'the confirmation' })
    const at = new Date(Date.parse(isoAt(DAY, '11:00')) - 23 * HOUR)
    const broken = breakEnqueue(platform.jobs)
    try {
      expect(await sendDueReminders(platform.payload, at)).toContain(made.body.booking.id)
    } finally {
      broken.restore()
    }
    const reminder = await waitFor(async () => mailsTo(reminded)[1], { timeoutMs: 30_000, what: 'the reminder' })
    expect(mimePart(reminder.raw, 'text/plain')).toContain(made.body.manageUrl)
    await settle(2_500)
    expect(mailsTo(reminded)).toHaveLength(2)
    expect(await unrelayed()).toEqual([])
  })
})
