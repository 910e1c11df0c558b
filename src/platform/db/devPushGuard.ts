/**
 * Production applies the checked-in migrations at start (prodMigrations). A
 * PostgreSQL database whose schema development mode pushed carries Payload's
 * marker (a `payload_migrations` row with batch -1); Payload would then stop
 * to ask on a terminal whether to accept data loss, and the first migration
 * would collide with the pushed tables. Refuse such a database up front, with
 * a message that says what to do.
 */
import pg from 'pg'

import { databaseKind } from './adapter'

export class DevPushedDatabaseError extends Error {}

export const refuseDevPushedDatabase = async (url: string): Promise<void> => {
  if (databaseKind(url) !== 'postgres') return
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
  } catch {
    // A database that does not exist yet (Payload creates it) or is unreachable: Payload reports that itself.
    await client.end().catch(() => {})
    return
  }
  try {
    const table = await client.query<{ name: string | null }>(`SELECT to_regclass('public.payload_migrations')::text AS name`)
    if (!table.rows[0]?.name) return
    const pushed = await client.query('SELECT 1 FROM public.payload_migrations WHERE batch = -1 LIMIT 1')
    if (pushed.rowCount) {
      const where = url.replace(/\/\/[^@]*@/, '//')
      throw new DevPushedDatabaseError(
        `The database ${where} was set up by development mode (schema push), so production cannot apply migrations to it.\n` +
          '  Point production at its own database. With the embedded PostgreSQL that is automatic (development uses the\n' +
          '  database "platform", production "platform_production"), unless EMBEDDED_PG_DATABASE or DATABASE_URL makes them the same.',
      )
    }
  } finally {
    await client.end().catch(() => {})
  }
}
