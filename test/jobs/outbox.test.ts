/**
 * The outbox relay queues each row's job once, however often and however
 * concurrently it is relayed (a sweeper on two workers, a relay that died
 * after queueing but before its mark), and the purge removes what is done.
 */
import pg from 'pg'

import { queueEmail } from '../../src/platform/email/queueEmail'
import { purgeFinished } from '../../src/platform/jobs/housekeeping'
import { OUTBOX_SLUG } from '../../src/platform/jobs/outbox/collection'
import { relayOutboxRow, sweepOutbox } from '../../src/platform/jobs/outbox/relay'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { waitFor } from '../../src/platform/testing/waitFor'

let platform: TestPlatform
let db: pg.Client

beforeAll(async () => {
  platform = await startTestPlatform()
  db = new pg.Client({ connectionString: platform.databaseURL })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
  await platform?.close()
})

const count = async (sql: string, values: unknown[] = []) => Number((await db.query(sql, values)).rows[0].count)

describe('the outbox relay', () => {
  it('queues one job per row, relayed three times at once and again after a crash before its mark', async () => {
    const { jobs } = platform
    const real = jobs.enqueue
    // The after-commit relay fails: the row stays for the sweepers below.
    jobs.enqueue = async () => {
      throw new Error('queue down (test)')
    }
    try {
      await queueEmail(
        { payload: platform.payload },
        { to: 'once@example.test', template: 'magic-link-login', locale: 'en', data: { link: 'x', expiresInMinutes: 1 } },
      )
    } finally {
      jobs.enqueue = real
    }
    const [row] = (await db.query("SELECT id, key FROM platform_outbox WHERE relayed_at IS NULL AND data->>'to' = 'once@example.test'")).rows
    expect(row).toBeDefined()
    const results = await Promise.all([relayOutboxRow(platform.payload, row.id), relayOutboxRow(platform.payload, row.id), sweepOutbox(platform.payload)])
    // One relay queued it; the others found it relayed.
    expect(results.filter((result) => result === true || result === 1)).toHaveLength(1)
    const jobsOfRow = () => count("SELECT count(*) FROM agenda_jobs WHERE data->>'platformJobKey' = $1", [row.key])
    expect(await jobsOfRow()).toBe(1)
    // A relay that queued the job and died before its mark committed: the row is relayed again, no new job.
    await platform.payload.update({ collection: OUTBOX_SLUG, id: row.id, data: { relayedAt: null }, overrideAccess: true })
    expect(await relayOutboxRow(platform.payload, row.id)).toBe(true)
    expect(await jobsOfRow()).toBe(1)
    await waitFor(async () => (await count('SELECT count(*) FROM dev_mailbox WHERE "to" LIKE \'%once@example.test%\'')) > 0 || undefined, {
      what: 'the message',
    })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(await count('SELECT count(*) FROM dev_mailbox WHERE "to" LIKE \'%once@example.test%\'')).toBe(1)
  })

  it('keeps a rolled-back change from announcing anything', async () => {
    const { createLocalReq } = await import('payload')
    const { inTransaction } = await import('../../src/platform/db/transaction')
    const req = await createLocalReq({}, platform.payload)
    await expect(
      inTransaction(req, async () => {
        await queueEmail(req, { to: 'never@example.test', template: 'magic-link-login', locale: 'en', data: { link: 'x', expiresInMinutes: 1 } })
        throw new Error('the change fails')
      }),
    ).rejects.toThrow('the change fails')
    expect(await count("SELECT count(*) FROM platform_outbox WHERE data->>'to' = 'never@example.test'")).toBe(0)
  })
})

describe('purging what is done', () => {
  it('removes finished jobs, relayed outbox rows and sent-message records older than the cutoff, and nothing else', async () => {
    await waitFor(
      async () => (await count("SELECT count(*) FROM agenda_jobs WHERE name = 'platform.send-email' AND last_finished_at IS NOT NULL")) > 0 || undefined,
    )
    const repeating = await count('SELECT count(*) FROM agenda_jobs WHERE repeat_interval IS NOT NULL')
    expect(repeating).toBeGreaterThan(0)
    // A cutoff in the past keeps everything.
    expect(await purgeFinished(platform.payload, new Date(Date.now() - 86_400_000))).toEqual({ jobs: 0, outbox: 0, sentMessages: 0 })
    const removed = await purgeFinished(platform.payload, new Date(Date.now() + 60_000))
    expect(removed.jobs).toBeGreaterThan(0)
    expect(removed.outbox).toBeGreaterThan(0)
    expect(removed.sentMessages).toBeGreaterThan(0)
    expect(await count("SELECT count(*) FROM agenda_jobs WHERE name = 'platform.send-email'")).toBe(0)
    expect(await count('SELECT count(*) FROM platform_outbox WHERE relayed_at IS NOT NULL')).toBe(0)
    expect(await count('SELECT count(*) FROM platform_sent_messages')).toBe(0)
    expect(await count('SELECT count(*) FROM agenda_jobs WHERE repeat_interval IS NOT NULL')).toBe(repeating)
  })
})
