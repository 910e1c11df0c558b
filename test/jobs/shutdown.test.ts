/**
 * Stopping a jobs worker mid-job, with a real SIGTERM to a real process: the
 * running job finishes once and is recorded as done, and a second worker on
 * the same database does not run it again. A job that outlives the drain limit
 * is given back to the queue instead of staying locked.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { AGENDA_TABLE } from '../../src/platform/db/adapter'
import { startTestPlatform, waitFor, type TestPlatform } from '@platform/testing'
import { SLOW_JOB, SLOW_JOB_LOCK_MS, slowJobPlugin, slowJobRuns } from './slowJob'

let platform: TestPlatform
let dir: string
const children: ChildProcess[] = []

beforeAll(async () => {
  // This process only enqueues (and owns the schema); the workers below run the jobs.
  platform = await startTestPlatform({ processJobs: false, plugins: [slowJobPlugin] })
  dir = mkdtempSync(path.join(os.tmpdir(), 'jobs-shutdown-'))
})

afterAll(async () => {
  // A failed test may leave a worker behind.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await platform?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** test/jobs/slowJobWorker.ts (scripts/worker.ts plus the slow job) as its own process, like `npm run worker`. */
const startWorker = async (env: Record<string, string> = {}) => {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'test/jobs/slowJobWorker.ts'], {
    // The app process above pushed the schema; a second process must not push again.
    env: { ...process.env, JOBS_POLL_MS: '200', NODE_ENV: 'development', DATABASE_PUSH: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const withOutput = (error: unknown) => {
    throw new Error(`${(error as Error).message}\nworker output:\n${output}`)
  }
  await waitFor(async () => output.includes('Jobs worker running'), { timeoutMs: 60_000, what: 'the worker to start' }).catch(withOutput)
  return {
    output: () => output,
    waitFor: (check: () => boolean, what: string) => waitFor(async () => check(), { timeoutMs: 30_000, what }).catch(withOutput),
    /** A real SIGTERM, as a process manager sends it; resolves with the exit code. */
    terminate: () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

/** The slow job's row in Agenda's table, found by the file its data names. */
const jobRow = async (file: string) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const result = await client.query(
      `SELECT locked_at, next_run_at, last_finished_at, failed_at FROM "${AGENDA_TABLE}" WHERE name = $1 AND data->>'file' = $2`,
      [SLOW_JOB, file],
    )
    return result.rows.map((row) => ({
      locked: row.locked_at !== null,
      queued: row.next_run_at !== null && row.next_run_at <= new Date(),
      finished: row.last_finished_at !== null,
      failed: row.failed_at !== null,
    }))
  } finally {
    await client.end()
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('lets a job running at SIGTERM finish once, and no other worker runs it again', async () => {
  const file = path.join(dir, 'drained.log')
  const first = await startWorker()
  await platform.jobs.enqueue(SLOW_JOB, { file, holdMs: 3000 })
  await first.waitFor(() => slowJobRuns(file).start === 1, 'the job to start')

  const firstExit = await first.terminate()
  const afterFirst = { exit: firstExit, runs: slowJobRuns(file), job: await jobRow(file) }

  // Had the job been left locked and unfinished, its lock would expire within this wait and the
  // second worker (polling every 200 ms) would run it again.
  const second = await startWorker()
  await sleep(SLOW_JOB_LOCK_MS + 1500)
  const secondExit = await second.terminate()

  // One comparison, so a failure shows every difference at once.
  expect({ ...afterFirst, runsAfterSecond: slowJobRuns(file), secondExit }).toEqual({
    exit: 0,
    runs: { start: 1, finish: 1 },
    job: [{ locked: false, queued: false, finished: true, failed: false }],
    runsAfterSecond: { start: 1, finish: 1 },
    secondExit: 0,
  })
  expect(first.output()).toContain('SIGTERM received, shutting down')
  expect(first.output()).not.toContain('drain limit')
}, 180_000)

it('gives a job that outlives the drain limit back to the queue, and still exits 0', async () => {
  const file = path.join(dir, 'timed-out.log')
  const worker = await startWorker({ JOBS_DRAIN_TIMEOUT_MS: '500' })
  await platform.jobs.enqueue(SLOW_JOB, { file, holdMs: 60_000 })
  await worker.waitFor(() => slowJobRuns(file).start === 1, 'the job to start')

  const exit = await worker.terminate()

  // Unlocked and due now (not merely unlocked: Agenda cleared the one-off job's nextRunAt when
  // the run began, and such a job would never be picked up again).
  expect({ exit, runs: slowJobRuns(file), job: await jobRow(file) }).toEqual({
    exit: 0,
    runs: { start: 1, finish: 0 },
    job: [{ locked: false, queued: true, finished: false, failed: false }],
  })
  expect(worker.output()).toContain('drain limit')
}, 120_000)
