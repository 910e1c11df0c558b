/**
 * One embedded PostgreSQL cluster for the whole jest run, in a temporary folder
 * on a free port. Each test file makes its own database in it (test/helpers/platform.ts).
 */
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/platform/db/embeddedPostgres'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

export default async function globalSetup() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'platform-test-'))
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' })
  process.env.TEST_PG_URL_TEMPLATE = postgres.urlFor('__DB__')
  ;(globalThis as Record<string, unknown>).__platformTestPostgres = { postgres, dataDir }
}
