import fs from 'node:fs/promises'

import type { EmbeddedPostgresHandle } from '../../src/platform/db/embeddedPostgres'

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__platformTestPostgres as { postgres: EmbeddedPostgresHandle; dataDir: string } | undefined
  if (!state) return
  // Every worker has exited (and closed its pools) before teardown runs.
  await state.postgres.stop()
  await fs.rm(state.dataDir, { recursive: true, force: true })
}
