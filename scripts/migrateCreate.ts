/**
 * PostgreSQL schema migrations, generated from the Payload config.
 *
 *   npm run migrate:create -- <name>          write migrations/postgres/<timestamp>_<name>.{ts,json}
 *                                             and rewrite migrations/postgres/index.ts (Payload's createMigration)
 *   npm run migrate:create -- <name> --blank  the same with no schema change (for a data migration)
 *   npm run migrate:create -- --check         CI: fail when the config's schema is not covered by the migrations
 *
 * Development pushes the schema; production applies these migrations at start
 * (prodMigrations in src/platform/db/adapter.ts). So every schema change needs
 * a migration, and --check makes CI say so.
 *
 * --check does two things:
 *  1. diffs the config's schema against the latest migration snapshot, the
 *     way createMigration does (a change without a migration fails);
 *  2. applies every migration to a throwaway embedded PostgreSQL and asks
 *     drizzle what a push would still change there (a hand-edited or broken
 *     migration fails).
 *
 * Payload's own CLI can exit 0 having done nothing (and createMigration calls
 * process.exit on "no changes"), so this script decides about changes itself,
 * checks what was written, and fails loudly otherwise.
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import { closeDatabase } from '../src/platform/db/close'
import { loadConfig, socketsClosed } from '../src/platform/lifecycle'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../src/platform/db/throwaway'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<Snapshot> | Snapshot
  generateMigration: (before: Snapshot, after: Snapshot) => Promise<string[]>
  pushSchema: (
    schema: unknown,
    drizzle: unknown,
    schemaFilters?: string[],
    tablesFilter?: string[],
  ) => Promise<{ statementsToExecute: string[]; warnings: string[]; hasDataLoss: boolean; apply: () => Promise<void> }>
  upSnapshot?: (snapshot: Snapshot) => Snapshot
}
type Snapshot = { version: string; schemas?: Record<string, string> } & Record<string, unknown>
type PostgresDb = {
  name: string
  migrationDir: string
  schema: unknown
  schemaName?: string
  drizzle: unknown
  tablesFilter?: string[]
  defaultDrizzleSnapshot: Snapshot
  requireDrizzleKit: () => DrizzleKit
  createMigration: (args: { migrationName?: string; payload: Payload; forceAcceptWarning?: boolean; skipEmpty?: boolean }) => Promise<void>
  migrate: (args?: { migrations?: unknown[] }) => Promise<void>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

const args = process.argv.slice(2)
const check = args.includes('--check')
const blank = args.includes('--blank')
const migrationName = args.find((arg) => !arg.startsWith('--'))

class Failure extends Error {}
const fail = (message: string): never => {
  throw new Failure(message)
}

// The generated schema does not depend on the database, so nothing here ever
// touches the developer's own: creating needs no connection at all, and the
// check runs against a throwaway cluster.
let throwaway: ThrowawayPostgres | undefined
let connected: Payload | undefined
const cleanUp = async () => {
  if (connected) {
    await closeDatabase(connected).catch((error) => console.error('Could not close the database pool:', error))
    // pool.end() resolves before the sockets are closed; stopping PostgreSQL under them is an unhandled 'error'.
    await socketsClosed()
  }
  await throwaway?.dispose().catch((error) => console.error('Could not remove the throwaway database:', error))
}

const run = async (): Promise<number> => {
  if (!check && !migrationName) fail('give the migration a name: npm run migrate:create -- <name>  (or --check)')
  if (migrationName && !/^[a-z0-9][a-z0-9_-]*$/i.test(migrationName)) fail(`"${migrationName}" is not a usable name (letters, digits, - and _).`)
  if (process.env.DATABASE_URL?.startsWith('mongodb')) {
    fail('these migrations are for PostgreSQL; MongoDB needs none for the schema (migrations/mongodb holds data migrations). Unset DATABASE_URL.')
  }
  if (check) {
    throwaway = await startThrowawayPostgres({ prefix: 'platform-migrate-check-' })
    process.env.DATABASE_URL = throwaway.url
  } else {
    process.env.DATABASE_URL = 'postgres://unused:unused@127.0.0.1:1/not_connected'
  }
  // Push would hide missing migrations; the check applies them itself instead.
  process.env.DATABASE_PUSH = 'false'
  Object.assign(process.env, { NODE_ENV: 'development' })
  process.env.PAYLOAD_SECRET ??= 'migrate-create-signs-nothing'
  process.env.DISABLE_PAYLOAD_HMR = 'true'

  const { getPayload } = await import('payload')
  const config = await loadConfig()
  const payload = await getPayload({ config, disableDBConnect: !check, disableOnInit: true })
  if (check) connected = payload
  const db = payload.db as unknown as PostgresDb
  if (db.name !== 'postgres' || typeof db.requireDrizzleKit !== 'function') fail(`expected the postgres adapter, got "${db.name}".`)

  const dir = db.migrationDir
  const snapshotDiff = async (): Promise<string[]> => {
    // The same comparison Payload's createMigration makes: the config's schema
    // against the newest snapshot in the migrations folder.
    const kit = db.requireDrizzleKit()
    const after = await kit.generateDrizzleJson(db.schema)
    let before: Snapshot = structuredClone(db.defaultDrizzleSnapshot)
    if (db.schemaName) before.schemas = { [db.schemaName]: db.schemaName }
    const latest = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((file) => file.endsWith('.json'))
          .sort()
          .reverse()[0]
      : undefined
    if (latest) {
      before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) as Snapshot
      if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
    }
    return kit.generateMigration(before, after)
  }

  const pending = await withTimeout(snapshotDiff(), 'comparing the schema with the latest migration snapshot')

  if (check) {
    if (pending.length) {
      console.error(pending.map((statement) => `  ${statement}`).join('\n'))
      fail(
        `the config's schema has ${pending.length} change(s) not covered by a migration in ${path.relative(process.cwd(), dir)}.\n  Run: npm run migrate:create -- <name>  and commit the files it writes.`,
      )
    }
    const { migrations } = await import('../migrations')
    const kit = db.requireDrizzleKit()
    const pushDiff = async (what: string) =>
      (await withTimeout(kit.pushSchema(db.schema, db.drizzle, db.schemaName ? [db.schemaName] : undefined, db.tablesFilter), what)).statementsToExecute
    const schema = db.schemaName ?? 'public'
    const resetSchema = () => db.execute({ drizzle: db.drizzle, raw: `DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}";` })

    // drizzle's push reports a few statements even on a database it has just
    // pushed itself (numeric defaults read back as '0'::numeric, say). Learn
    // that noise on a pushed database first, so only real differences count.
    const push = await withTimeout(kit.pushSchema(db.schema, db.drizzle, db.schemaName ? [db.schemaName] : undefined, db.tablesFilter), 'pushing the schema')
    await push.apply()
    const noise = new Set(await pushDiff('reading back the pushed schema'))
    await resetSchema()

    console.log(`Applying ${migrations.postgres.length} migration(s) to a throwaway database...`)
    // Payload's migrate() exits the process when a migration throws; make that a failure we can clean up after.
    const exit = process.exit
    process.exit = ((status?: number) => {
      throw new Failure(`applying the migrations failed (exit ${status ?? 0}; the error is logged above).`)
    }) as typeof process.exit
    try {
      await db.migrate({ migrations: migrations.postgres })
    } finally {
      process.exit = exit
    }
    const remaining = (await pushDiff('comparing the migrated database with the schema')).filter((statement) => !noise.has(statement))
    if (remaining.length) {
      console.error(remaining.map((statement) => `  ${statement}`).join('\n'))
      fail(
        `after applying every migration, the database still differs from the config's schema (${remaining.length} statement(s) above). A migration was edited by hand or is broken.`,
      )
    }
    console.log(`Migrations are up to date: ${migrations.postgres.length} migration(s) cover the schema and apply cleanly to an empty database.`)
    return 0
  }

  if (!pending.length && !blank) {
    console.log('No schema changes since the latest migration; nothing written. (Use --blank for a data migration.)')
    return 0
  }
  if (pending.length && blank) fail(`--blank, but the schema has ${pending.length} pending change(s); create a schema migration first.`)

  const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : [])
  // forceAcceptWarning: never prompt (there may be no terminal). With it Payload
  // would write an empty migration when nothing changed, which is decided above.
  await withTimeout(db.createMigration({ migrationName, payload, forceAcceptWarning: true, skipEmpty: true }), 'writing the migration')
  const written = fs.readdirSync(dir).filter((file) => !before.has(file))
  const ts = written.find((file) => file.endsWith('.ts'))
  const json = written.find((file) => file.endsWith('.json'))
  if (!ts || !json) fail(`createMigration returned but wrote ${written.length ? written.join(', ') : 'nothing'} into ${dir}.`)
  tidyGeneratedMigration(path.join(dir, ts!))
  const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
  if (!index.includes(ts!.replace(/\.ts$/, ''))) fail(`${ts} was written but ${path.join(dir, 'index.ts')} does not list it.`)
  const source = fs.readFileSync(path.join(dir, ts!), 'utf8')
  if (!blank && !source.includes('sql`')) fail(`${ts} holds no SQL although ${pending.length} change(s) were pending.`)
  if ((await snapshotDiff()).length) fail(`${ts} was written, but the schema still differs from its snapshot.`)
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, ts!))} (${pending.length} statement(s)), its snapshot, and index.ts. Commit all three.`)
  return 0
}

/**
 * Payload's template imports its types as values and names arguments it does
 * not use; the project's lint rules (type-only imports, no unused arguments)
 * would fail on every new migration. Rewrite just those two things.
 */
const tidyGeneratedMigration = (file: string) => {
  const source = fs.readFileSync(file, 'utf8')
  const tidy = source
    .replace(
      /^import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '(@payloadcms\/db-postgres)'\n/m,
      "import type { MigrateDownArgs, MigrateUpArgs } from '$1'\n\nimport { sql } from '$1'\n",
    )
    .replace(/\(\{ db, payload, req \}: (MigrateUpArgs|MigrateDownArgs)\)/g, '({ db }: $1)')
  if (tidy !== source) fs.writeFileSync(file, tidy)
}

/** drizzle-kit asks about renames on a terminal; with none (CI) that would hang, so give up loudly. */
const withTimeout = <T>(promise: Promise<T>, what: string, ms = Number(process.env.MIGRATE_TIMEOUT_MS ?? 180_000)): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`${what} took over ${ms / 1000}s; drizzle-kit may be waiting for an answer about a rename. Run npm run migrate:create in a terminal.`),
        ),
      ms,
    )
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })

// Node 20 can let the process exit with status 0 while a dynamic import is
// still being resolved by tsx's off-thread loader (nothing else holds the event
// loop open yet); that is how "did nothing, exited 0" happens. Hold it open.
const keepAlive = setInterval(() => {}, 60_000)
let code = 1
try {
  code = await run()
} catch (error) {
  console.error(error instanceof Failure ? `\nmigrate:create: ${error.message}\n` : error)
  code = 1
} finally {
  await cleanUp()
  clearInterval(keepAlive)
}
process.exit(code)
