/**
 * The one module that knows which database the platform runs on. It picks the
 * Payload adapter and the Agenda backend from the URL scheme; nothing else in
 * the code base imports a database driver.
 */
import type { AgendaBackend } from 'agenda'
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { MongoBackend } from '@agendajs/mongo-backend'
import { PostgresBackend } from '@agendajs/postgres-backend'
import path from 'node:path'

import { projectRoot } from '../env'
import { migrations } from '../../../migrations'

export type DatabaseKind = 'postgres' | 'mongodb'

export const AGENDA_TABLE = 'agenda_jobs'
/** The rate limiter's table (collection on MongoDB), see rateLimitStore.ts. */
export const RATE_LIMIT_TABLE = 'ratelimit_points'

export const databaseKind = (url: string): DatabaseKind => {
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or mongodb:// (got "${url.split(':')[0]}:")`)
}

export const createDatabaseAdapter = ({ url, isProduction }: { url: string; isProduction: boolean }): DatabaseAdapterObj => {
  const migrationDir = (kind: DatabaseKind) => path.join(projectRoot, 'migrations', kind)
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({ url, migrationDir: migrationDir('mongodb'), prodMigrations: migrations.mongodb })
  }
  return postgresAdapter({
    pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    migrationDir: migrationDir('postgres'),
    // Development and tests push the schema; production applies the checked-in migrations at start.
    push: !isProduction && process.env.DATABASE_PUSH !== 'false',
    prodMigrations: migrations.postgres,
    // Agenda and the rate limiter (rateLimitStore.ts) own their tables; the schema push must never drop them.
    tablesFilter: ['!agenda_*', '!ratelimit_*'],
  })
}

export const createAgendaBackend = ({ url }: { url: string }): AgendaBackend => {
  if (databaseKind(url) === 'mongodb') {
    return new MongoBackend({ address: url, collection: AGENDA_TABLE })
  }
  return new PostgresBackend({ connectionString: url, tableName: AGENDA_TABLE })
}
