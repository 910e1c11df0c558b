/** enqueueAfterCommit: a job queued in a transaction runs once when it commits, and never when it rolls back. */
import { createLocalReq } from 'payload'

import { definePlatformPlugin, enqueueAfterCommit, inTransaction } from '@platform'
import { startTestPlatform, waitFor, type TestPlatform } from '@platform/testing'

const JOB = 'test.after-commit'
const runs: string[] = []
const plugin = definePlatformPlugin('after-commit-test', () => ({
  jobs: [{ name: JOB, lockLifetimeMs: 60_000, handler: async ({ marker }: { marker: string }) => void runs.push(marker) }],
}))()

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ plugins: [plugin] })
})

afterAll(async () => {
  await platform?.close()
})

it('runs the job once after the commit, and not at all after a rollback', async () => {
  const committed = await createLocalReq({}, platform.payload)
  await inTransaction(committed, () => enqueueAfterCommit(committed, JOB, { marker: 'committed' }))
  const rolledBack = await createLocalReq({}, platform.payload)
  await expect(
    inTransaction(rolledBack, async () => {
      await enqueueAfterCommit(rolledBack, JOB, { marker: 'rolled-back' })
      throw new Error('the change fails')
    }),
  ).rejects.toThrow('the change fails')
  await waitFor(async () => runs.includes('committed'), { what: 'the committed job to run' })
  // Give a wrongly queued job the time to run too (the worker polls every 200 ms here).
  await new Promise((resolve) => setTimeout(resolve, 1500))
  expect(runs).toEqual(['committed'])
})
