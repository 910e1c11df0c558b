/**
 * The deployment README "Deploying on several machines" describes, in real
 * processes: two app processes A and B (RUN_JOBS=false, the real Express app,
 * each its own Node process with its own caches) and one jobs worker, all on
 * one PostgreSQL database, with the same PAYLOAD_SECRET and PUBLIC_URL. It
 * checks what only several processes can get wrong: a publish on A reaches
 * B's page cache within SITE_CACHE_RECHECK_MS, rate limits count requests to
 * both, every job queued by either runs exactly once, on the worker, and an
 * image uploaded through A is served by B from the shared S3 bucket (s3rver).
 *
 * This jest process owns the schema (it pushes it; the others start with
 * DATABASE_PUSH=false), makes users as trusted setup code and reads the
 * database to check; it runs no jobs and none of the checks go through it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import sharp from 'sharp'

import { AGENDA_TABLE } from '../../src/platform/db/adapter'
import { createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { readMailbox } from '../../src/platform/testing/mailbox'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../../src/platform/testing/platform'
import { waitFor } from '../../src/platform/testing/waitFor'
import { jobProbePlugin, probeRuns } from './jobProbe'
import { startLocalS3, type LocalS3 } from './s3'

const RECHECK_MS = 300
const EMAIL_LIMIT = 5
const IP_LIMIT = 6

type Machine = { name: string; pid: number; url: string }

let platform: TestPlatform
let s3: LocalS3
let dir: string
let jobLog: string
let a: Machine
let b: Machine
let worker: Machine
const children: ChildProcess[] = []

/** Starts `script` as its own Node process, like `npm start` / `npm run worker`, and waits until it says it is ready. */
const startMachine = async (name: string, script: string, ready: RegExp, env: NodeJS.ProcessEnv): Promise<Machine> => {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  let gone = false
  child.on('exit', () => (gone = true))
  const match = await waitFor(async () => (gone ? Promise.reject(new Error('exited')) : (ready.exec(output) ?? undefined)), {
    timeoutMs: 90_000,
    intervalMs: 50,
    what: `${name} to start`,
  }).catch((error: Error) => {
    throw new Error(`${name}: ${error.message}\n${name} output:\n${output}`)
  })
  return { name, pid: child.pid!, url: match[1] || '' }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'machines-'))
  jobLog = path.join(dir, 'jobs.log')
  // Media on one bucket for every machine; set before this process's config is built, like the others'.
  s3 = await startLocalS3()
  Object.assign(process.env, s3.env)
  platform = await startTestPlatform({ processJobs: false, plugins: [jobProbePlugin] })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // One database, one secret, one public URL for every machine (startTestPlatform set the first two here).
    DATABASE_URL: platform.databaseURL,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    PUBLIC_URL: TEST_PUBLIC_URL,
    NODE_ENV: 'development',
    DATABASE_PUSH: 'false',
    RUN_JOBS: 'false',
    JOBS_POLL_MS: '200',
    SITE_CACHE_RECHECK_MS: String(RECHECK_MS),
    MAGIC_LINK_RATE_PER_EMAIL: String(EMAIL_LIMIT),
    MAGIC_LINK_RATE_PER_IP: String(IP_LIMIT),
    MACHINES_JOB_LOG: jobLog,
  }
  const app = 'test/machines/appProcess.ts'
  ;[a, b, worker] = await Promise.all([
    startMachine('A', app, /APP_URL=(\S+) jobs=elsewhere/, env),
    startMachine('B', app, /APP_URL=(\S+) jobs=elsewhere/, env),
    startMachine('worker', 'test/machines/workerProcess.ts', /Jobs worker running()/, { ...env, RUN_JOBS: 'true' }),
  ])
}, 120_000)

afterAll(async () => {
  // Each machine stops on SIGTERM; one that hangs (or a failed start) is killed.
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
  await s3?.close()
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
  if (dir) rmSync(dir, { recursive: true, force: true })
})

type Reply = { status: number; text: string; json: () => any }

/** One HTTP request to a machine, as a browser on the platform would send it. */
const call = async (
  machine: Machine,
  method: string,
  urlPath: string,
  { body, cookie, ip }: { body?: unknown; cookie?: string; ip?: string } = {},
): Promise<Reply & { cookie?: string }> => {
  const response = await fetch(`${machine.url}${urlPath}`, {
    method,
    redirect: 'manual',
    headers: {
      origin: TEST_PUBLIC_URL,
      'accept-language': 'en',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
      ...(ip ? { 'x-forwarded-for': ip } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const setCookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .find((pair) => pair.startsWith('payload-token=') && pair.length > 'payload-token='.length)
  return { status: response.status, text, json: () => JSON.parse(text), cookie: setCookie }
}

/** Signs in with the password on `machine`; the session cookie it returns. */
const signInOn = async (machine: Machine, email: string) => {
  const reply = await call(machine, 'POST', '/api/users/login', { body: { email, password: PASSWORD } })
  if (reply.status !== 200 || !reply.cookie) throw new Error(`Sign-in on ${machine.name} failed: ${reply.status} ${reply.text}`)
  return reply.cookie
}

const siteConfig = (heading: string, imageId?: number) => ({
  pages: [
    {
      slug: 'home',
      title: { pl: 'Start', en: 'Home' },
      sections: [{ type: 'hero', heading: { pl: `${heading} PL`, en: `${heading} EN` }, ...(imageId ? { image: { mediaId: imageId } } : {}) }],
    },
  ],
})

let unique = 0
let limitedAddress = ''
const nextName = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++unique}`

const sql = async <T = any>(query: string): Promise<T[]> => {
  const client = new pg.Client({ connectionString: platform.databaseURL })
  await client.connect()
  try {
    return (await client.query(query)).rows as T[]
  } finally {
    await client.end()
  }
}

it('serves a publish made on A from B within SITE_CACHE_RECHECK_MS, after B served the old version from its cache', async () => {
  const owner = await createUser(platform.payload)
  // Signed in on A, the same cookie works on B: sessions are JWTs checked against the shared database.
  const cookie = await signInOn(a, owner.email)
  const created = await call(b, 'POST', '/api/sites', { cookie, body: { name: 'Two machines', identifier: nextName('two') } })
  expect(created.status).toBe(201)
  const site = created.json().doc as { id: number; identifier: string }
  const page = `/s/${site.identifier}`

  expect((await call(a, 'PATCH', `/api/sites/${site.id}`, { cookie, body: { templateConfig: siteConfig('Stara') } })).status).toBe(200)
  expect((await call(a, 'POST', `/api/sites/${site.id}/publish`, { cookie })).status).toBe(201)
  // B renders the old version and keeps it (a second request is a cache hit, confirmed within the interval).
  for (let i = 0; i < 2; i++) {
    const old = await call(b, 'GET', page)
    expect(old.status).toBe(200)
    expect(old.text).toContain('Stara PL')
  }

  // A visitor keeps loading the page from B throughout, so B's copy is always freshly confirmed: after the
  // publish, B goes on serving the old version until its recheck interval runs out.
  const answers: { at: number; fresh: boolean }[] = []
  let polling = true
  const visitor = (async () => {
    while (polling) {
      const reply = await call(b, 'GET', page)
      const fresh = reply.text.includes('Nowa PL')
      if (!fresh && !reply.text.includes('Stara PL')) throw new Error(`B served neither version: ${reply.status} ${reply.text.slice(0, 200)}`)
      answers.push({ at: Date.now(), fresh })
      if (fresh) return
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  })()
  try {
    expect((await call(a, 'PATCH', `/api/sites/${site.id}`, { cookie, body: { templateConfig: siteConfig('Nowa') } })).status).toBe(200)
    expect((await call(a, 'POST', `/api/sites/${site.id}/publish`, { cookie })).status).toBe(201)
    const publishedAt = Date.now()
    // A drops its own cache at once (an in-process event); B can only learn of it from the database.
    expect((await call(a, 'GET', page)).text).toContain('Nowa PL')
    await Promise.race([visitor, waitFor(async () => answers.some((answer) => answer.fresh), { timeoutMs: 15_000, what: 'B to serve the new version' })])
    const firstFresh = answers.find((answer) => answer.fresh)!
    const tookMs = firstFresh.at - publishedAt
    const staleAfter = answers.filter((answer) => !answer.fresh && answer.at > publishedAt).length
    console.log(
      `B served the new publish ${tookMs} ms after A answered it (SITE_CACHE_RECHECK_MS=${RECHECK_MS}; ` +
        `B answered ${answers.length - 1} times with the old version, ${staleAfter} of them after A's answer)`,
    )
    // The interval plus room for a loaded 2-core machine (one request, one indexed query).
    expect(tookMs).toBeLessThanOrEqual(RECHECK_MS + 1500)
  } finally {
    polling = false
    await visitor.catch(() => undefined)
  }
})

it('shares rate limits: magic-link requests split across A and B pass exactly the limit in total', async () => {
  const both = (index: number) => (index % 2 ? b : a)
  const tally = (replies: { status: number }[]) => ({
    ok: replies.filter((reply) => reply.status === 200).length,
    limited: replies.filter((reply) => reply.status === 429).length,
  })

  // Per address: 20 at once for one address, from 20 networks, half to each machine.
  const email = (limitedAddress = `${nextName('limit')}@example.test`)
  const perEmail = await Promise.all(
    Array.from({ length: 20 }, (_, index) => call(both(index), 'POST', '/api/users/magic-link', { body: { email }, ip: `198.51.100.${index + 1}` })),
  )
  expect(tally(perEmail)).toEqual({ ok: EMAIL_LIMIT, limited: 20 - EMAIL_LIMIT })

  // Per network: 20 at once from one address, for 20 addresses, half to each machine.
  const prefix = nextName('net')
  const perIp = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      call(both(index), 'POST', '/api/users/magic-link', { body: { email: `${prefix}-${index}@example.test` }, ip: '203.0.113.77' }),
    ),
  )
  expect(tally(perIp)).toEqual({ ok: IP_LIMIT, limited: 20 - IP_LIMIT })

  // The links themselves: one per request let through, each mailed once by the worker.
  const links = await platform.payload.count({ collection: 'magic-links', where: { email: { equals: email } }, overrideAccess: true })
  expect(links.totalDocs).toBe(EMAIL_LIMIT)
  await waitFor(async () => (await readMailbox(platform.payload, email)).length >= EMAIL_LIMIT, {
    timeoutMs: 30_000,
    what: `${EMAIL_LIMIT} emails to ${email}`,
  })
})

it('runs every job queued on A or B exactly once, on the worker, and none on A or B', async () => {
  const owners = await Promise.all(Array.from({ length: 4 }, () => createUser(platform.payload)))
  // Each owner signs in on A and creates one site through A and one through B, all at once.
  const created = (
    await Promise.all(
      owners.map(async (owner) => {
        const cookie = await signInOn(a, owner.email)
        return Promise.all(
          [a, b].map(async (machine) => {
            const reply = await call(machine, 'POST', '/api/sites', { cookie, body: { name: `Site of ${owner.email}`, identifier: nextName('job') } })
            expect(reply.status).toBe(201)
            return { owner, siteId: String(reply.json().doc.id) }
          }),
        )
      }),
    )
  ).flat()
  const siteIds = created.map((site) => site.siteId)

  // Wait for the work, then for the queue to be quiet: every one-off job done, none running.
  await waitFor(async () => siteIds.every((id) => probeRuns(jobLog).some((run) => run.siteId === id)), {
    timeoutMs: 30_000,
    what: 'the probe to run for every new site',
  })
  const welcomeEmails = (email: string) => readMailbox(platform.payload, email).then((messages) => messages.length)
  await waitFor(async () => (await Promise.all(owners.map((owner) => welcomeEmails(owner.email)))).every((count) => count >= 2), {
    timeoutMs: 30_000,
    what: 'two welcome emails per owner',
  })
  await waitFor(
    async () =>
      (await sql(`SELECT count(*)::int AS n FROM "${AGENDA_TABLE}" WHERE locked_at IS NOT NULL OR (repeat_interval IS NULL AND next_run_at IS NOT NULL)`))[0]
        .n === 0,
    { timeoutMs: 30_000, what: 'every queued job to finish' },
  )

  // The probe: one run per site, each in the worker.
  const runs = probeRuns(jobLog).filter((run) => siteIds.includes(run.siteId))
  expect(runs.map((run) => run.siteId).sort()).toEqual([...siteIds].sort())
  expect(new Set(runs.map((run) => run.pid))).toEqual(new Set([worker.pid]))
  // The example plugin's listener (a job that queues an email job): one welcome email and one notification per site.
  for (const owner of owners) {
    expect(await welcomeEmails(owner.email)).toBe(2)
    const notifications = await platform.payload.count({
      collection: 'notifications',
      where: { and: [{ user: { equals: owner.id } }, { notificationType: { equals: 'example.welcome' } }] },
      overrideAccess: true,
    })
    expect(notifications.totalDocs).toBe(2)
  }
  // Agenda's own record, for every job of this file (links' emails too): nothing failed, and only the
  // worker ever locked one (Agenda writes the locking process's name, `platform-<pid>`).
  const jobs = await sql<{ name: string; by: string | null; failed: boolean }>(
    `SELECT name, last_modified_by AS by, failed_at IS NOT NULL AS failed FROM "${AGENDA_TABLE}" WHERE last_run_at IS NOT NULL`,
  )
  expect(jobs.length).toBeGreaterThanOrEqual(siteIds.length * 3)
  expect(jobs.filter((job) => job.failed)).toEqual([])
  expect([...new Set(jobs.map((job) => job.by))]).toEqual([`platform-${worker.pid}`])
  // And the links the previous test let through: each mailed exactly once.
  expect(await readMailbox(platform.payload, limitedAddress)).toHaveLength(EMAIL_LIMIT)
})

it('serves an image uploaded through A from B, out of the shared bucket', async () => {
  const owner = await createUser(platform.payload)
  const cookie = await signInOn(a, owner.email)
  const site = (await call(a, 'POST', '/api/sites', { cookie, body: { name: 'Shared media', identifier: nextName('media') } })).json().doc
  const data = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 90, b: 20 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)]), 'shared.png')
  form.append('_payload', JSON.stringify({ site: site.id }))
  const uploaded = await fetch(`${a.url}/api/media-assets`, { method: 'POST', headers: { origin: TEST_PUBLIC_URL, cookie }, body: form })
  expect(uploaded.status).toBe(201)
  const asset = (await uploaded.json()).doc
  expect(asset.storageBucket).toBe(s3.bucket)
  expect(await s3.keys()).toContain(asset.filename)

  expect((await call(a, 'PATCH', `/api/sites/${site.id}`, { cookie, body: { templateConfig: siteConfig('Obraz', asset.id) } })).status).toBe(200)
  expect((await call(a, 'POST', `/api/sites/${site.id}/publish`, { cookie })).status).toBe(201)
  // B never saw the upload: a visitor gets the file from the bucket through B.
  const file = await fetch(`${b.url}${asset.fileUrl}`)
  expect(file.status).toBe(200)
  expect(file.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await file.arrayBuffer()).equals(data)).toBe(true)
})
