import type { Payload } from 'payload'

type PgClient = { release?: (destroy?: boolean) => void }
type PgPool = { end: () => Promise<void>; ended?: boolean; _clients?: PgClient[]; _idle?: { client?: PgClient }[] }

/**
 * Payload's destroy() leaves the PostgreSQL pool open, and the adapter keeps one
 * client checked out for its whole life (to notice lost connections), so
 * `pool.end()` alone would wait forever. Release what is still checked out, then
 * end the pool, so no session outlives the process's own shutdown.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  const idle = new Set((pool._idle ?? []).map((item) => item.client ?? item))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) client.release?.(true)
  }
  await pool.end()
}
