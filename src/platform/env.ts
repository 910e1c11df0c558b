/**
 * Every environment variable the platform reads, in one place, with its default.
 * The README's "Configuration" table documents the same list.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The project folder. npm scripts, jest and the server all run from it; `import.meta.url`
 * is not used because Next's server bundle rewrites module locations.
 */
export const projectRoot = path.resolve(process.env.PLATFORM_ROOT ?? process.cwd())

const bool = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase())

export type PlatformEnv = {
  /** postgres://… or mongodb://…; unset: the embedded PostgreSQL under `dataDir`. */
  databaseURL: string | undefined
  /** Where embedded PostgreSQL keeps its cluster. */
  dataDir: string
  embeddedPostgresPort: number
  /**
   * The embedded cluster's database. Development pushes its schema and
   * production applies migrations, so they keep separate databases
   * ("platform" and "platform_production") in the one cluster under `dataDir`.
   */
  embeddedDatabase: string
  port: number
  host: string
  /** The public base URL of the platform (admin links, CSRF/CORS allow-list). */
  publicURL: string
  payloadSecret: string
  /** Whether this process runs Agenda jobs (an app process may leave that to `npm run worker`). */
  runJobs: boolean
  /** Agenda poll interval in ms (LISTEN/NOTIFY on PostgreSQL makes most jobs start at once anyway). */
  jobsPollMs: number
  /**
   * On shutdown, how long running jobs may take to finish before their locks are
   * released for another worker (and the handlers cut off when the process exits).
   */
  jobsDrainTimeoutMs: number
  isProduction: boolean
}

export const readEnv = (env: NodeJS.ProcessEnv = process.env): PlatformEnv => {
  const port = Number(env.PORT ?? 3000)
  const isProduction = env.NODE_ENV === 'production'
  const dataDir = path.resolve(projectRoot, env.DATA_DIR ?? 'data')
  const databaseURL = env.DATABASE_URL || undefined
  return {
    databaseURL,
    dataDir,
    embeddedPostgresPort: Number(env.EMBEDDED_PG_PORT ?? 54329),
    embeddedDatabase: env.EMBEDDED_PG_DATABASE || (isProduction ? 'platform_production' : 'platform'),
    port,
    host: env.HOST ?? '0.0.0.0',
    publicURL: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    payloadSecret: resolveSecret({
      secret: env.PAYLOAD_SECRET,
      dataDir,
      local: !databaseURL || !isProduction,
      building: env.NEXT_PHASE === 'phase-production-build',
    }),
    runJobs: bool(env.RUN_JOBS, true),
    jobsPollMs: Number(env.JOBS_POLL_MS ?? 5000),
    jobsDrainTimeoutMs: milliseconds('JOBS_DRAIN_TIMEOUT_MS', env.JOBS_DRAIN_TIMEOUT_MS, 10_000),
    isProduction,
  }
}

/** A duration setting; a typo must not turn into NaN, which timers treat as 1 ms (an instant forced exit). */
const milliseconds = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number of milliseconds (got "${value}")`)
  return parsed
}

/**
 * PAYLOAD_SECRET signs sessions. A machine that runs on its own embedded
 * database gets a random one, made once and kept in the data folder; a
 * deployment on an external database must set it (all app processes share it).
 */
const resolveSecret = ({ secret, dataDir, local, building }: { secret?: string; dataDir: string; local: boolean; building: boolean }): string => {
  if (secret) return secret
  if (building) return 'build-time-placeholder-never-used-to-sign'
  if (!local) throw new Error('PAYLOAD_SECRET must be set when DATABASE_URL points at a shared database.')
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const fresh = randomBytes(32).toString('hex')
    fs.writeFileSync(file, fresh, { mode: 0o600 })
    return fresh
  }
}
