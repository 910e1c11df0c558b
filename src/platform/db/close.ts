import type { Payload } from 'payload'

/** Payload's destroy() leaves the PostgreSQL pool open; end it too, so no session outlives us. */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; ended?: boolean } }).pool
  await payload.destroy()
  if (pool && !pool.ended) await pool.end()
}
