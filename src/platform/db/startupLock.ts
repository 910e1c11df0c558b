/**
 * Runs `work` while holding a PostgreSQL session advisory lock on `key`, so
 * processes starting at the same moment do it one after another. Agenda's
 * PostgreSQL backend creates its table, indexes and functions when it
 * connects; two processes doing that at once can fail with "tuple concurrently
 * updated" (PostgreSQL's catalog updates are not safe to race), which killed an
 * app process started beside another. MongoDB needs no such lock.
 */
import pg from 'pg'

import { databaseKind } from './adapter'

export const withStartupLock = async <T>(url: string, key: string, work: () => Promise<T>): Promise<T> => {
  if (databaseKind(url) !== 'postgres') return work()
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key])
    return await work()
  } finally {
    // Ending the session releases the lock even if the unlock below is never reached.
    await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch(() => {})
    await client.end().catch(() => {})
  }
}
