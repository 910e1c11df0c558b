/**
 * When PostgreSQL stops before it is ready (here: its port is taken), starting the embedded
 * database fails with an error that says so and quotes PostgreSQL, not with `undefined`.
 */
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/platform/db/embeddedPostgres'
import { freePort } from '../src/platform/db/throwaway'

it('names the failure and quotes PostgreSQL when it exits before it is ready', async () => {
  const port = await freePort()
  const taken = net.createServer()
  await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve))
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'platform-pg-taken-'))
  try {
    await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(/stopped before it was ready[\s\S]*(could not|address already in use)/i)
  } finally {
    await new Promise<void>((resolve) => taken.close(() => resolve()))
    await fs.rm(dataDir, { recursive: true, force: true })
  }
})
