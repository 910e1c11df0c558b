/**
 * The production server for the browser tests: the same command as
 * `npm start`, on its own temporary DATA_DIR (so its own embedded PostgreSQL),
 * a free PORT and a free EMBEDDED_PG_PORT, with the demo seeded.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../src/platform/db/throwaway'

export type RunningServer = {
  baseURL: string
  dataDir: string
  pid: number
  /** Everything the server printed so far. */
  output: () => string
  /** SIGTERM, wait for the exit; returns the problems found (empty when the stop was clean). */
  stop: (options?: { keepData?: boolean }) => Promise<string[]>
}

const root = process.cwd()

/** `npm start` minus npm: the runner signals the server process itself, not npm or a shell. */
const startCommand = (): string[] => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const match = /^NODE_ENV=production node (.+)$/.exec(pkg.scripts.start ?? '')
  if (!match)
    throw new Error(`package.json's start script is not "NODE_ENV=production node …" (got "${pkg.scripts.start}"); update test/e2e/server.ts with it.`)
  return match[1].split(/\s+/)
}

/** PostgreSQL processes started from a cluster inside `dir` (read from /proc, Linux). */
export const postgresProcessesIn = (dir: string): number[] => {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ')
      if (cmdline.includes('postgres') && cmdline.includes(dir)) found.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return check()
}

export const startServer = async ({
  logFile,
  dataDir: reuse,
  readyTimeoutMs = 180_000,
  env: extraEnv = {},
}: {
  logFile: string
  /** More environment for the server (e.g. SMTP_URL of the e2e inbox). */
  env?: Record<string, string>
  /** Start on this data folder again (default: a new temporary one). */
  dataDir?: string
  readyTimeoutMs?: number
}): Promise<RunningServer> => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) {
    throw new Error(`No production build (${path.relative(root, buildId)} is missing): run \`npm run build\` before \`npm run test:e2e\`.`)
  }
  const dataDir = reuse ?? (await fsp.mkdtemp(path.join(os.tmpdir(), 'platform-e2e-')))
  const port = await freePort()
  const pgPort = await freePort()
  // For tests that must place a record no API writes (the dev mailbox is written only by the mail transport).
  process.env.E2E_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${pgPort}/platform_production`
  const baseURL = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(pgPort),
    PUBLIC_URL: baseURL,
    SEED_DEMO: 'true',
    // The teaching plugin is off in production unless asked for; the browser tests walk through it too.
    EXAMPLE_PLUGIN: 'true',
    // Plugins' stand-ins for outside services run as in `npm run dev` (e.g. a payment simulator), for the tests to click through.
    DEV_SERVICES: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  }
  // Its own embedded database, whatever the calling shell points at.
  for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'EMBEDDED_PG_DATABASE', 'RUN_JOBS']) delete env[name]

  let output = ''
  const log = fs.createWriteStream(logFile)
  const child: ChildProcess = spawn(process.execPath, startCommand(), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const record = (chunk: Buffer) => {
    output += chunk.toString()
    log.write(chunk)
  }
  child.stdout!.on('data', record)
  child.stderr!.on('data', record)
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined
  const exit = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal }
      resolve()
    })
  })

  const stop = async ({ keepData = false }: { keepData?: boolean } = {}): Promise<string[]> => {
    const problems: string[] = []
    if (!exited) {
      child.kill('SIGTERM')
      const stopped = await Promise.race([exit.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))])
      if (!stopped) {
        problems.push('the server did not exit within 30 s of SIGTERM (killed)')
        child.kill('SIGKILL')
        await exit
      } else if (exited!.code !== 0) {
        problems.push(`the server exited with ${exited!.code ?? exited!.signal} after SIGTERM (expected 0)`)
      }
    }
    if (child.pid && alive(child.pid)) problems.push(`server process ${child.pid} is still alive`)
    // PostgreSQL stops last; give a stray postmaster a moment before calling it left over.
    const leftover = (await waitFor(() => postgresProcessesIn(dataDir).length === 0, 10_000)) ? [] : postgresProcessesIn(dataDir)
    if (leftover.length) {
      problems.push(`PostgreSQL processes left running: ${leftover.join(', ')} (killed)`)
      for (const pid of leftover) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
    }
    await new Promise<void>((resolve) => log.end(() => resolve()))
    if (problems.length) problems.push(`data left in ${dataDir} for inspection`)
    else if (!keepData) await fsp.rm(dataDir, { recursive: true, force: true })
    return problems
  }

  const ready = await waitFor(
    async () => {
      if (exited) return true
      try {
        const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(5_000) })
        return response.ok
      } catch {
        return false
      }
    },
    readyTimeoutMs,
    500,
  )
  if (exited || !ready) {
    const problems = await stop()
    const why = exited ? `exited with ${exited.code ?? exited.signal} before it was ready` : `was not healthy within ${readyTimeoutMs / 1000} s`
    throw new Error(`The server ${why}.${problems.length ? `\n  ${problems.join('\n  ')}` : ''}\n--- server output ---\n${output.slice(-6000)}`)
  }
  return { baseURL, dataDir, pid: child.pid!, output: () => output, stop }
}
