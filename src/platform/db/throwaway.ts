/**
 * A disposable embedded PostgreSQL: its own temporary cluster folder and a
 * free port, removed again on dispose. For checks that must not touch the
 * developer's database (the migrations check, the e2e runner's helpers).
 */
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embeddedPostgres'

/** A TCP port nothing listens on right now (the OS picks it). */
export const freePort = (): Promise<number> =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type ThrowawayPostgres = EmbeddedPostgresHandle & { dataDir: string; dispose: () => Promise<void> }

export const startThrowawayPostgres = async ({ prefix = 'platform-pg-', database = 'platform' } = {}): Promise<ThrowawayPostgres> => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
  let handle: EmbeddedPostgresHandle
  try {
    handle = await startEmbeddedPostgres({ dataDir, port: await freePort(), database, log: process.env.PG_LOG === 'true' })
  } catch (error) {
    await fs.rm(dataDir, { recursive: true, force: true })
    throw error
  }
  let disposed = false
  return {
    ...handle,
    dataDir,
    dispose: async () => {
      if (disposed) return
      disposed = true
      try {
        await handle.stop()
      } finally {
        await fs.rm(dataDir, { recursive: true, force: true })
      }
    },
  }
}
