/**
 * A slow SMTP server and a lock shorter than the wait: the job renews its lock
 * while it waits, so it never runs twice; and a message the server accepted is
 * never sent again, even by another run of its job.
 */
import { queueEmail, SEND_EMAIL_JOB, type SendEmailJobData } from '../../src/platform/email/queueEmail'
import { wasSent } from '../../src/platform/email/sentMessages'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { startSmtpListener, type SmtpListener } from '../../src/platform/testing/smtp'
import { waitFor } from '../../src/platform/testing/waitFor'

let smtp: SmtpListener
let platform: TestPlatform
const ENV = ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS', 'EMAIL_LOCK_LIFETIME_MS']

beforeAll(async () => {
  // The server answers 4 s after each message; the job's lock lasts 1.2 s.
  smtp = await startSmtpListener({ delayMs: 4_000 })
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  process.env.EMAIL_LOCK_LIFETIME_MS = '1200'
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ENV) delete process.env[name]
})

const received = (to: string) => smtp.received.filter((mail) => mail.headers.to?.includes(to))
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const email = (to: string) => ({ to, template: 'magic-link-login', locale: 'en' as const, data: { link: 'https://p.test/x', expiresInMinutes: 15 } })

describe('a send slower than its lock', () => {
  it('is delivered once: the lock is renewed while the server takes its time', async () => {
    const to = 'slow-server@example.test'
    await queueEmail({ payload: platform.payload }, email(to))
    await waitFor(async () => received(to)[0], { timeoutMs: 30_000, what: 'the message' })
    // Long enough for an expired lock to have been taken over and the retry to have reached the server.
    await settle(7_000)
    expect(received(to)).toHaveLength(1)
    const failed = (await platform.jobs.list({ state: 'failed' })).jobs.filter((job) => job.name === SEND_EMAIL_JOB)
    expect(failed).toEqual([])
  })

  it('is not sent again by another run once the server accepted it (same Message-ID)', async () => {
    const to = 'accepted-once@example.test'
    const data: SendEmailJobData = { ...email(to), messageId: '<accepted-once@platforma.test>' }
    await platform.jobs.enqueue(SEND_EMAIL_JOB, data)
    await waitFor(async () => received(to)[0], { timeoutMs: 30_000, what: 'the message' })
    // The server has said yes (after its delay) and the send is on record.
    await waitFor(async () => (await wasSent(platform.payload, data.messageId)) || undefined, { timeoutMs: 30_000, what: 'the first run to finish' })
    // A second run of the same message (a run whose "done" was never saved, or a staff retry).
    await platform.jobs.enqueue(SEND_EMAIL_JOB, data)
    await settle(6_000)
    expect(received(to)).toHaveLength(1)
  })
})
