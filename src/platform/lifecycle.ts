/**
 * Starting and stopping the platform's parts in the right order. The HTTP
 * server, the jobs worker, the scripts and the tests all go through here.
 */
import type { Payload, Plugin, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { closeDatabase } from './db/close'
import { refuseDevPushedDatabase } from './db/devPushGuard'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embeddedPostgres'
import { databaseURL, usesEmbeddedPostgres } from './db/url'
import { readEnv, type PlatformEnv } from './env'
import { startJobsRuntime } from './jobs/runtime'
import type { JobsRuntime } from './jobs/types'

export type Platform = {
  env: PlatformEnv
  payload: Payload
  jobs: JobsRuntime
  databaseURL: string
  stop: () => Promise<void>
}

/** Starts the embedded PostgreSQL when no DATABASE_URL is given. */
export const ensureDatabase = async (env: PlatformEnv): Promise<EmbeddedPostgresHandle | undefined> =>
  usesEmbeddedPostgres(env)
    ? startEmbeddedPostgres({
        dataDir: env.dataDir,
        port: env.embeddedPostgresPort,
        database: env.embeddedDatabase,
        log: process.env.PG_LOG === 'true',
        ownSignals: true,
      })
    : undefined

/**
 * Imports payload.config.ts. On Node 20, lexical's `node` export (a top-level
 * await around a dynamic import) can deadlock the ESM loader: the import never
 * settles and, with nothing else holding the event loop open, the process
 * exits 0 having done nothing. The npm scripts avoid it with
 * `--conditions=development|production`; this watchdog turns any other case
 * into an error that says so.
 */
export const loadConfig = async (
  timeoutMs = Number(process.env.CONFIG_LOAD_TIMEOUT_MS ?? 120_000),
  /** Plugins a test adds to the platform's own (see startTestPlatform). */
  extraPlugins: Plugin[] = [],
): Promise<SanitizedConfig> => {
  let timer: NodeJS.Timeout | undefined
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Loading payload.config.ts did not finish within ${timeoutMs / 1000} s. On Node 20 run node/tsx with ` +
              "--conditions=development (or production), as the npm scripts do: lexical's default entry can deadlock the module loader.",
          ),
        ),
      timeoutMs,
    )
  })
  try {
    const config = import('../../payload.config').then((module) => (extraPlugins.length ? module.buildPlatformConfig(extraPlugins) : module.default))
    return await Promise.race([config, watchdog])
  } finally {
    clearTimeout(timer)
  }
}

export const startPlatform = async ({
  processJobs,
  env = readEnv(),
  extraPlugins,
}: {
  processJobs?: boolean
  env?: PlatformEnv
  extraPlugins?: Plugin[]
} = {}): Promise<Platform> => {
  const embedded = await ensureDatabase(env)
  const url = databaseURL(env)
  let payload: Payload | undefined
  let jobs: JobsRuntime
  try {
    // Production applies migrations while Payload connects; a dev-pushed database would make it prompt.
    if (env.isProduction) await refuseDevPushedDatabase(url)
    payload = await getPayload({ config: await loadConfig(undefined, extraPlugins) })
    jobs = await startJobsRuntime({
      payload,
      databaseURL: url,
      processJobs: processJobs ?? env.runJobs,
      pollMs: env.jobsPollMs,
      drainTimeoutMs: env.jobsDrainTimeoutMs,
    })
  } catch (error) {
    // Leave no PostgreSQL server behind a failed start.
    if (payload) await closeDatabase(payload).catch(() => {})
    await embedded?.stop().catch(() => {})
    throw error
  }
  let stopped = false
  return {
    env,
    payload,
    jobs,
    databaseURL: url,
    stop: async () => {
      if (stopped) return
      stopped = true
      // Jobs first: they drain while Payload's pool is still open for their handlers.
      await jobs.stop()
      await closeDatabase(payload)
      await socketsClosed()
      await embedded?.stop()
    },
  }
}

/**
 * pg's pool.end() (Payload's pool and Agenda's) resolves before the sockets
 * have finished closing. Waiting for them keeps the embedded server's shutdown
 * from killing live sessions (57P01) and leaves no open handle behind.
 */
export const socketsClosed = async (timeoutMs = 3000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (process.getActiveResourcesInfo().includes('TCPSocketWrap') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * How long a signalled process may take to stop before it is forced out: the
 * jobs drain limit plus room for closing the pools and the embedded server.
 */
export const forceExitAfterMs = (env: Pick<PlatformEnv, 'jobsDrainTimeoutMs'>): number => env.jobsDrainTimeoutMs + 5_000

/** SIGTERM/SIGINT: stop cleanly, then exit (Agenda may leave timers behind). */
export const exitOnSignals = (
  stop: () => Promise<void>,
  { forceAfterMs = 15_000, log = console.log }: { forceAfterMs?: number; log?: (message: string) => void } = {},
): void => {
  let stopping = false
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    log(`${signal} received, shutting down`)
    const force = setTimeout(() => process.exit(1), forceAfterMs)
    force.unref()
    stop()
      .then(() => {
        log('stopped')
        process.exit(0)
      })
      .catch((error) => {
        console.error(error)
        process.exit(1)
      })
  }
  process.on('SIGTERM', handler)
  process.on('SIGINT', handler)
}
