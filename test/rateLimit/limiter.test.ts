/**
 * The platform's rate limiter on a real PostgreSQL, without Payload: each
 * "process" is its own pg pool standing in for an app process's Payload
 * database (the store only uses `payload.db.pool`). Parallel consumes for one
 * key let exactly the limit through, across processes too, and several
 * processes creating the limiter's table at the same moment all succeed.
 */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import pg from 'pg'

import { RATE_LIMIT_TABLE } from '../../src/platform/db/adapter'
import { rateLimit } from '../../src/platform/http/rateLimit'

const pools: pg.Pool[] = []
let url: string

/** A stand-in for one app process: its own pool, seen by the store as Payload's postgres adapter. */
const processOnDatabase = () => {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  pools.push(pool)
  return { req: { payload: { db: { name: 'postgres', pool } } as unknown as Payload }, pool }
}

beforeAll(async () => {
  const template = process.env.TEST_PG_URL_TEMPLATE
  if (!template) throw new Error('TEST_PG_URL_TEMPLATE is not set: run the tests through jest (test/setup/globalSetup.ts).')
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: template.replace('__DB__', 'postgres') })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  url = template.replace('__DB__', name)
})

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()))
})

const tally = (decisions: { allowed: boolean }[]) => ({
  allowed: decisions.filter((decision) => decision.allowed).length,
  refused: decisions.filter((decision) => !decision.allowed).length,
})

it('creates its table race-free when five processes count at the same moment, and they share one limit of 10 across 50 requests', async () => {
  const processes = Array.from({ length: 5 }, processOnDatabase)
  const limiter = rateLimit({ name: 'test.shared', points: 10, durationSeconds: 3600 })
  const decisions = await Promise.all(processes.flatMap(({ req }) => Array.from({ length: 10 }, () => limiter.consume(req, 'one-key'))))
  expect(tally(decisions)).toEqual({ allowed: 10, refused: 40 })
  const { rows } = await processes[0].pool.query(`SELECT key, points FROM ${RATE_LIMIT_TABLE}`)
  expect(rows).toEqual([{ key: 'test.shared:one-key', points: 50 }])
})

it('lets exactly 10 of 50 parallel consumes for one key through; the refused ones say when to retry', async () => {
  const { req } = processOnDatabase()
  const limiter = rateLimit({ name: 'test.burst', points: 10, durationSeconds: 600 })
  const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.consume(req, 'burst-key')))
  expect(tally(decisions)).toEqual({ allowed: 10, refused: 40 })
  for (const decision of decisions) {
    if (decision.allowed) continue
    expect(decision.retryAfterSeconds).toBeGreaterThan(0)
    expect(decision.retryAfterSeconds).toBeLessThanOrEqual(600)
  }
  const remaining = decisions.flatMap((decision) => (decision.allowed ? [decision.remaining] : [])).sort((a, b) => a - b)
  expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
})

it('keeps keys and limiters apart, and reads a limit given as a function on every request', async () => {
  const { req } = processOnDatabase()
  let points = 2
  const a = rateLimit({ name: 'test.a', points: () => points, durationSeconds: 600 })
  const b = rateLimit({ name: 'test.b', points: 2, durationSeconds: 600 })
  expect(tally(await Promise.all([1, 2, 3].map(() => a.consume(req, 'k'))))).toEqual({ allowed: 2, refused: 1 })
  expect((await a.consume(req, 'other')).allowed).toBe(true)
  expect((await b.consume(req, 'k')).allowed).toBe(true)
  points = 10
  expect((await a.consume(req, 'k')).allowed).toBe(true) // 4 counted of a new limit of 10
})

it('starts a new window once the old one is over', async () => {
  const { req } = processOnDatabase()
  const limiter = rateLimit({ name: 'test.window', points: 1, durationSeconds: 1 })
  expect((await limiter.consume(req, 'k')).allowed).toBe(true)
  expect(await limiter.consume(req, 'k')).toEqual({ allowed: false, retryAfterSeconds: 1 })
  await new Promise((resolve) => setTimeout(resolve, 1100))
  expect((await limiter.consume(req, 'k')).allowed).toBe(true)
})

it('refuses a key that is not a non-empty string, and an unusable name or limit, as programming errors', async () => {
  const { req } = processOnDatabase()
  const limiter = rateLimit({ name: 'test.bad', points: 1, durationSeconds: 60 })
  await expect(limiter.consume(req, '')).rejects.toThrow('non-empty string')
  expect(() => rateLimit({ name: 'has space', points: 1, durationSeconds: 60 })).toThrow('name')
  await expect(rateLimit({ name: 'test.zero', points: () => 0, durationSeconds: 60 }).consume(req, 'k')).rejects.toThrow('positive')
})
