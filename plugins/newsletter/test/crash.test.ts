/**
 * A crash in the middle of a campaign: a real jobs worker (`scripts/worker.ts`, its own Node process, the way
 * `npm run worker` runs) sends a campaign to 200 subscribers through a real SMTP listener and is killed with
 * SIGKILL after 50 were accepted, in the middle of a batch of 20 (no shutdown, no cleanup: its Agenda lock, its claims and its open SMTP
 * conversations are left as they were). A second worker on the same database takes the job over once the
 * lock lifetime (NEWSLETTER_SEND_LOCK_MS) has passed and finishes the campaign.
 *
 * What is promised (README "Newsletter", crash safety): nobody is lost, and every subscriber gets exactly
 * one message as identified by its Message-ID. A message whose SMTP conversation had ended when the worker
 * died but whose "sent" was not yet recorded is sent again with the same Message-ID (receivers drop such
 * duplicates); the test counts those too and checks they are at most the messages in flight at the crash.
 */
import { spawn, type ChildProcess } from 'node:child_process'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, startSmtpListener, startTestPlatform, TEST_PUBLIC_URL, waitFor } from '@platform/testing'
import { ANALYTICS, CAMPAIGNS } from '../slugs'
import { acceptedBy, addSubscribers, createCampaign } from './fixtures'

const RECIPIENTS = 200
const CONCURRENCY = 5
let smtp: SmtpListener
let platform: TestPlatform
const children: ChildProcess[] = []

const startWorker = async (name: string) => {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/worker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: platform.databaseURL,
      PUBLIC_URL: TEST_PUBLIC_URL,
      NODE_ENV: 'development',
      DATABASE_PUSH: 'false',
      RUN_JOBS: 'true',
      JOBS_POLL_MS: '200',
      SMTP_URL: smtp.url,
      EMAIL_FROM: 'Platforma Test <no-reply@platforma.test>',
      NEWSLETTER_SEND_LOCK_MS: '3000',
      NEWSLETTER_SEND_CONCURRENCY: String(CONCURRENCY),
      NEWSLETTER_BATCH_SIZE: '20',
      NEWSLETTER_RATE_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  let gone = false
  child.on('exit', () => (gone = true))
  await waitFor(async () => (gone ? Promise.reject(new Error(`${name} exited:\n${output}`)) : /Jobs worker running/.test(output)), {
    timeoutMs: 90_000,
    intervalMs: 50,
    what: `${name} to start`,
  })
  return child
}

beforeAll(async () => {
  smtp = await startSmtpListener()
  // This process owns the schema and the data; it runs no jobs.
  platform = await startTestPlatform({ processJobs: false })
}, 60_000)

afterAll(async () => {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    }),
  )
  await platform?.close()
  await smtp?.close()
})

it('resumes after the worker is killed mid-send: every subscriber gets the campaign, one Message-ID each', async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id, 'Studio Awaryjne')
  const readers = await addSubscribers(platform.payload, site.id, RECIPIENTS, { prefix: 'crash' })
  const campaign = await createCampaign(platform.payload, site.id)

  const first = await startWorker('worker 1')
  await platform.payload.update({ collection: CAMPAIGNS, id: campaign.id, data: { status: 'sending' }, overrideAccess: true }) // test setup: Send now
  await waitFor(async () => smtp.received.length >= 50 || undefined, { timeoutMs: 60_000, intervalMs: 5, what: 'the first 50 emails' })
  first.kill('SIGKILL')
  await new Promise((resolve) => first.once('exit', resolve))
  const atCrash = smtp.received.length
  expect(atCrash).toBeLessThan(RECIPIENTS)
  const status = await platform.payload.findByID({ collection: CAMPAIGNS, id: campaign.id, depth: 0, overrideAccess: true })
  expect(status.status).toBe('sending')

  await startWorker('worker 2')
  await waitFor(
    async () => (await platform.payload.findByID({ collection: CAMPAIGNS, id: campaign.id, depth: 0, overrideAccess: true })).status === 'sent' || undefined,
    { timeoutMs: 90_000, what: 'the campaign to be sent' },
  )
  const final = await platform.payload.findByID({ collection: CAMPAIGNS, id: campaign.id, depth: 0, overrideAccess: true })
  expect(final).toMatchObject({ recipientCount: RECIPIENTS, sentCount: RECIPIENTS, failedCount: 0 })
  expect(smtp.received.length).toBeGreaterThan(atCrash)

  const by = acceptedBy(smtp)
  let duplicates = 0
  for (const { email } of readers) {
    const mails = by.get(email) ?? []
    const ids = new Set(mails.map((mail) => mail.headers['message-id']))
    expect({ email, messageIds: ids.size }).toEqual({ email, messageIds: 1 })
    duplicates += mails.length - 1
  }
  // Nobody outside the list got the campaign (the owner gets the platform's "your site is ready" email).
  expect([...by.keys()].filter((to) => to !== owner.email.toLowerCase() && !readers.some((reader) => reader.email === to))).toEqual([])
  // Only a message in flight at the crash can arrive twice, and the second attempt is recorded as such.
  const retried = await platform.payload.count({
    collection: ANALYTICS,
    where: { and: [{ campaign: { equals: campaign.id } }, { attempts: { equals: 2 } }] },
    overrideAccess: true,
  })
  expect(duplicates).toBeLessThanOrEqual(Math.min(CONCURRENCY, retried.totalDocs))
  console.log(`crash test: ${atCrash} accepted before the kill, ${retried.totalDocs} claims retried, ${duplicates} duplicate(s) with the same Message-ID`)
}, 240_000)
