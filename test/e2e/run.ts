/**
 * `npm run test:e2e`: the admin in headless Chromium against the production
 * build (run `npm run build` first). Starts the server the way `npm start`
 * does, on a temporary DATA_DIR and free ports with the demo seeded, runs
 * test/e2e/*.e2e.ts and every plugin's plugins/<name>/test/e2e/*.e2e.ts (found by
 * ./files.ts, loaded before the server starts), always stops the server (SIGTERM, then
 * checks that it and its PostgreSQL are gone), and exits non-zero on any failure.
 *
 *   CHROMIUM_PATH   default /usr/bin/chromium (Debian: apt-get install -y chromium)
 *   E2E_FILTER      run only the tests whose name contains this text (`a|b`: either)
 *
 * Screenshots and the server log go to test-results/ (git-ignored).
 */
import type { Browser } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/platform/demo/demoData'
import { e2eFiles } from './files'
import { runTests, tests, type Result } from './harness'
import { startInbox, stopInbox } from './inbox'
import { startServer, type RunningServer } from './server'

const resultsDir = path.join(process.cwd(), 'test-results')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let server: RunningServer | undefined
let interrupted = false
let browser: Browser | undefined

let inFlight: Promise<string[]> | undefined

/** Closes the browser and stops the server; a second caller waits for the stop already under way. */
const cleanUp = async ({ keepData = false } = {}): Promise<string[]> => {
  if (inFlight) return inFlight
  inFlight = (async () => {
    const problems: string[] = []
    await browser?.close().catch((error) => problems.push(`closing the browser: ${error}`))
    browser = undefined
    if (server) problems.push(...(await server.stop({ keepData })))
    server = undefined
    await stopInbox().catch((error) => problems.push(`closing the SMTP listener: ${error}`))
    return problems
  })()
  try {
    return await inFlight
  } finally {
    inFlight = undefined
  }
}

// Ctrl-C or a CI timeout: still stop the server and its PostgreSQL.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true
    console.error(`\n${signal}: stopping the server`)
    void cleanUp().finally(() => process.exit(130))
  })
}

/** The server sends mail through a real SMTP listener on 127.0.0.1 (test/e2e/inbox.ts), which the tests read. */
const mailEnv = async (): Promise<Record<string, string>> => ({ SMTP_URL: (await startInbox()).url, EMAIL_RETRY_DELAY_MS: '1000' })

/** A second start on the same data: migrations and the demo seed must not run again. */
const secondStart = async (dataDir: string): Promise<Result> => {
  const name = 'a second start on the same data runs no migration and seeds nothing'
  const started = Date.now()
  const problems: string[] = []
  try {
    server = await startServer({ logFile: path.join(resultsDir, 'e2e-server-restart.log'), dataDir, env: await mailEnv() })
    const output = server.output()
    if (/Migrating:/.test(output)) problems.push('a migration ran again')
    if (/Demo data seeded/.test(output)) problems.push('the demo was seeded again')
    const login = await fetch(`${server.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@example.com', password: DEMO_PASSWORD }),
    })
    if (!login.ok) problems.push(`signing in after the restart answered ${login.status}`)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  } finally {
    problems.push(...(await cleanUp()))
  }
  const ms = Date.now() - started
  if (problems.length) console.log(`  ✗ ${name} (${ms} ms)\n      ${problems.join('\n      ')}`)
  else console.log(`  ✓ ${name} (${ms} ms)`)
  return { name, ok: !problems.length, ms, error: problems.join('; ') || undefined }
}

const main = async (): Promise<number> => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  // Each file registers its tests with the harness when imported; in order, so the run is the same every time.
  const files = e2eFiles(process.cwd())
  for (const file of files) await import(pathToFileURL(file).href)
  console.log(`${tests.length} tests from ${files.length} files: ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`)
  fs.mkdirSync(resultsDir, { recursive: true })
  for (const file of fs.readdirSync(resultsDir)) if (file.endsWith('.png')) fs.rmSync(path.join(resultsDir, file))

  let started = Date.now()
  const logFile = path.join(resultsDir, 'e2e-server.log')
  server = await startServer({ logFile, env: await mailEnv() })
  console.log(`Production server ready at ${server.baseURL} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${path.relative(process.cwd(), logFile)})`)

  // launch() gives the browser a fresh temporary profile (user-data-dir) and removes it on close.
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })

  started = Date.now()
  let results: Result[] = []
  const dataDir = server.dataDir
  let stoppedCleanly = false
  try {
    results = await runTests({ browser, baseURL: server.baseURL, resultsDir, filter: process.env.E2E_FILTER, aborted: () => interrupted })
  } finally {
    const problems = await cleanUp({ keepData: true })
    stoppedCleanly = !problems.length
    if (problems.length) {
      console.log(`\nStopping the server was not clean:\n  ${problems.join('\n  ')}`)
      results.push({ name: 'server stops cleanly on SIGTERM', ok: false, ms: 0, error: problems.join('; ') })
    } else {
      console.log('Server stopped cleanly (exit 0, no PostgreSQL left).')
    }
  }
  if (stoppedCleanly && !interrupted) results.push(await secondStart(dataDir))
  else if (stoppedCleanly) fs.rmSync(dataDir, { recursive: true, force: true })
  const passed = results.filter((result) => result.ok).length
  const failed = results.length - passed
  console.log(`\nTests took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), resultsDir)}/`)
  if (!results.length) {
    console.log('No tests ran.')
    console.log('0 passed, 1 failed')
    return 1
  }
  console.log(`${passed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

main()
  .then((code) => process.exit(code))
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error)
    const problems = await cleanUp()
    if (problems.length) console.error(`  ${problems.join('\n  ')}`)
    console.log('0 passed, 1 failed')
    process.exit(1)
  })
