/**
 * `npm run worker` as its own process: it takes jobs off the shared queue and
 * stops cleanly on SIGTERM (exit code 0), as a deployment's process manager expects.
 */
import { spawn } from 'node:child_process'
import pg from 'pg'

import { createSite, createUser } from '../src/platform/testing/fixtures'
import { startTestPlatform, type TestPlatform } from '../src/platform/testing/platform'
import { waitFor } from '../src/platform/testing/waitFor'

let platform: TestPlatform

beforeAll(async () => {
  // An app process that leaves jobs to the worker (RUN_JOBS=false), like a multi-process deployment.
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

it('runs queued jobs in a separate worker process and exits 0 on SIGTERM', async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id)
  const notifications = () => platform.payload.count({ collection: 'notifications', where: { user: { equals: owner.id } }, overrideAccess: true })
  // The site.created listener was queued, but nothing here processes jobs.
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect((await notifications()).totalDocs).toBe(0)

  // The same command as `npm run worker`: node with tsx's loader, one process that gets the signal itself.
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      JOBS_POLL_MS: '200',
      NODE_ENV: 'development',
      PGAPPNAME: 'platform-worker-test',
      DATABASE_PUSH: 'false',
    },
    // The app process above owns the schema (pushed it); a second process must not push again.
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  worker.stdout.on('data', (chunk) => (output += chunk))
  worker.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => worker.on('exit', (code) => resolve(code)))
  try {
    await waitFor(async () => (await notifications()).totalDocs === 1, { timeoutMs: 60_000, what: `the worker to run the job (site ${site.id})` }).catch(
      (error) => {
        throw new Error(`${(error as Error).message}\nworker output:\n${output}`)
      },
    )
    expect(await workerSessions()).toBeGreaterThan(0)
  } finally {
    worker.kill('SIGTERM')
  }
  const code = await exited
  if (code !== 0) console.log(output)
  expect(code).toBe(0)
  expect(output).toContain('SIGTERM received, shutting down')
  // Nothing of the worker is left connected to the database.
  expect(await workerSessions()).toBe(0)
}, 90_000)

/** Sessions opened by the worker, recognised by the application name it connects with (PGAPPNAME). */
const workerSessions = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const result = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'platform-worker-test'")
    return result.rows[0].n as number
  } finally {
    await client.end()
  }
}
