/**
 * A real platform for a benchmark script (outside jest, so there is no run-wide
 * PostgreSQL to make a database in): its own throwaway embedded PostgreSQL, then
 * the same platform and Express app as `startTestPlatform`, without the job runner
 * (jobs would compete with the measured requests).
 */
import { startThrowawayPostgres } from '../db/throwaway'
import { startTestPlatform, type TestPlatform } from './platform'

export type BenchPlatform = Omit<TestPlatform, 'close'> & {
  /** Stops the server, waits `settleMs`, stops the platform and removes the database. */
  close: () => Promise<void>
}

export const startBenchPlatform = async ({
  settleMs = 3000,
}: {
  /** Handlers of requests a load generator gave up on may still be reading; they finish before the database stops. */
  settleMs?: number
} = {}): Promise<BenchPlatform> => {
  const pg = await startThrowawayPostgres({ prefix: 'platform-bench-' })
  let platform: TestPlatform
  try {
    platform = await startTestPlatform({ processJobs: false, databaseURL: pg.url })
  } catch (error) {
    await pg.dispose()
    throw error
  }
  return {
    ...platform,
    close: async () => {
      try {
        await new Promise<void>((resolve) => platform.server.close(() => resolve()))
        await new Promise((resolve) => setTimeout(resolve, settleMs))
        await platform.stop()
      } finally {
        await pg.dispose()
      }
    },
  }
}
