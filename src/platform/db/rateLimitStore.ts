/**
 * Where the platform's rate limits are counted (see http/rateLimit.ts for the
 * API): rate-limiter-flexible on the database Payload already uses, so every
 * app process sharing the database shares the counts, and each count is one
 * atomic statement (PostgreSQL `INSERT ... ON CONFLICT DO UPDATE ... RETURNING`,
 * MongoDB `findOneAndUpdate` with upsert) instead of a read and a later write.
 *
 * PostgreSQL: Payload's own pool and one table, `ratelimit_points`, which the
 * dev schema push leaves alone (`tablesFilter` in adapter.ts). The table is
 * created once per process, under an advisory lock, before the first count.
 * MongoDB: the mongoose connection's database and one collection of the same
 * name, with its unique and TTL indexes made once per process before the
 * first count. This module and adapter.ts are the only ones that know which
 * database is in use.
 */
import type { Payload } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { RateLimiterMongo, RateLimiterPostgres } from 'rate-limiter-flexible'

import { RATE_LIMIT_TABLE } from './adapter'

type PgClient = { query: (text: string, values?: unknown[]) => Promise<unknown>; release: () => void }
type PgPool = { connect: () => Promise<PgClient> }
type PostgresDb = { name: 'postgres'; pool: PgPool; schemaName?: string }
type MongoDb = { name: 'mongoose'; connection: { db?: unknown } }

export type LimiterConfig = { points: number; durationSeconds: number }

type Store = {
  /** Resolves once the table or indexes exist; the first caller in a process makes them. */
  ready: () => Promise<void>
  /** A limiter counting `points` per `durationSeconds` on this store (kept per configuration). */
  limiter: (config: LimiterConfig) => RateLimiterAbstract
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * CREATE TABLE IF NOT EXISTS alone is not safe when two processes start at
 * once (the loser fails on pg_type's unique index), so creators queue on an
 * advisory lock held until their transaction ends. The key column is text:
 * limiter names plus e-mail addresses can be longer than the library's
 * default varchar(255).
 */
const createPostgresTable = async (pool: PgPool, schemaName?: string) => {
  const table = schemaName ? `${quoted(schemaName)}.${quoted(RATE_LIMIT_TABLE)}` : quoted(RATE_LIMIT_TABLE)
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`create:${RATE_LIMIT_TABLE}`])
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`)
    // The library deletes rows that expired an hour ago every five minutes; the index keeps that cheap.
    await client.query(`CREATE INDEX IF NOT EXISTS ${quoted(`${RATE_LIMIT_TABLE}_expire_idx`)} ON ${table} (expire)`)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** Runs `make` once; a failure is not remembered, so the next request tries again. */
const once = (make: () => Promise<void>) => {
  let done: Promise<void> | undefined
  return () => {
    done ??= make().catch((error) => {
      done = undefined
      throw error
    })
    return done
  }
}

/** One limiter per configuration: limits read from the environment may change while the process runs. */
const perConfig = (build: (config: LimiterConfig) => RateLimiterAbstract) => {
  const built = new Map<string, RateLimiterAbstract>()
  return (config: LimiterConfig) => {
    const key = `${config.points}/${config.durationSeconds}`
    let limiter = built.get(key)
    if (!limiter) {
      limiter = build(config)
      built.set(key, limiter)
    }
    return limiter
  }
}

const postgresStore = (db: PostgresDb): Store => ({
  ready: once(() => createPostgresTable(db.pool, db.schemaName)),
  limiter: perConfig(
    ({ points, durationSeconds }) =>
      new RateLimiterPostgres({
        storeClient: db.pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        schemaName: db.schemaName,
        tableCreated: true, // ready() made it, race-free
        keyPrefix: '', // callers' keys carry the limiter's name
        points,
        duration: durationSeconds,
      }),
  ),
})

const mongoStore = (db: MongoDb): Store => {
  const make = ({ points, durationSeconds }: LimiterConfig): RateLimiterMongo => {
    if (!db.connection.db) throw new Error('rate limit: the MongoDB connection is not open.')
    return new RateLimiterMongo({
      storeClient: db.connection.db,
      tableName: RATE_LIMIT_TABLE,
      disableIndexesCreation: true, // ready() makes them before the first count: without the unique index parallel upserts could insert twice
      keyPrefix: '',
      points,
      duration: durationSeconds,
    })
  }
  return {
    ready: once(async () => {
      await make({ points: 1, durationSeconds: 1 }).createIndexes()
    }),
    limiter: perConfig(make),
  }
}

const stores = new WeakMap<object, Store>()

/** The store for this Payload's database, made on first use. */
export const rateLimitStore = (payload: Payload): Store => {
  const db = payload.db as unknown as PostgresDb | MongoDb
  let store = stores.get(db)
  if (!store) {
    if (db.name === 'postgres') store = postgresStore(db)
    else if (db.name === 'mongoose') store = mongoStore(db)
    else throw new Error(`rate limit: no store for the database adapter "${(db as { name?: string }).name}".`)
    stores.set(db, store)
  }
  return store
}
