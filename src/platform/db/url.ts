import type { PlatformEnv } from '../env'

/** The database in use: DATABASE_URL, or the embedded PostgreSQL the platform starts itself. */
export const databaseURL = (env: Pick<PlatformEnv, 'databaseURL' | 'embeddedPostgresPort' | 'embeddedDatabase'>): string =>
  env.databaseURL ?? `postgres://postgres:postgres@127.0.0.1:${env.embeddedPostgresPort}/${env.embeddedDatabase}`

export const usesEmbeddedPostgres = (env: Pick<PlatformEnv, 'databaseURL'>): boolean => !env.databaseURL
