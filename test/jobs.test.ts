/** The staff jobs API behind /admin/jobs, retries of failed jobs, and /healthz when the runner is gone. */
import { definePlatformPlugin } from '@platform'
import { createUser, PASSWORD, session, signIn, startTestPlatform, waitFor, type TestPlatform } from '@platform/testing'

let platform: TestPlatform

/** A scheduled job of the test's own that fails on a date it cannot read. */
const JOB = 'test.check-date'
const checkDatePlugin = definePlatformPlugin('jobs-test', () => ({
  jobs: [
    {
      name: JOB,
      lockLifetimeMs: 60_000,
      schedule: { every: '1 hour' },
      handler: async ({ now }: { now?: string }) => {
        new Date(now ?? Date.now()).toISOString()
      },
    },
  ],
}))()

beforeAll(async () => {
  platform = await startTestPlatform({ plugins: [checkDatePlugin] })
})

afterAll(async () => {
  await platform?.close()
})

const failedJob = () => waitFor(async () => (await platform.jobs.list({ state: 'failed' })).jobs.find((job) => job.name === JOB), { what: 'the job to fail' })

describe('jobs for staff', () => {
  it('lists jobs to staff only, and checks the state filter', async () => {
    const staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
    const owner = await signIn(platform.baseURL, (await createUser(platform.payload)).email, PASSWORD)

    const listed = await staff.request('GET', '/api/platform/jobs?state=repeating')
    expect(listed.status).toBe(200)
    expect(listed.body.jobs.map((job: { name: string }) => job.name)).toContain(JOB)
    expect((await staff.request('GET', '/api/platform/jobs?state=everything')).status).toBe(400)
    expect((await owner.request('GET', '/api/platform/jobs')).status).toBe(403)
    expect((await session(platform.baseURL).request('GET', '/api/platform/jobs')).status).toBe(401)
  })

  it('shows a failed job with its reason and runs it again on retry', async () => {
    await platform.jobs.enqueue(JOB, { now: 'not-a-date' })
    const failed = await failedJob()
    expect(failed.failReason).toMatch(/Invalid time value/)
    expect(failed.failCount).toBe(1)

    const staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
    const owner = await signIn(platform.baseURL, (await createUser(platform.payload)).email, PASSWORD)
    expect((await owner.request('POST', `/api/platform/jobs/${failed.id}/retry`)).status).toBe(403)
    expect((await staff.request('POST', '/api/platform/jobs/not;an;id/retry')).status).toBe(400)
    expect((await staff.request('POST', '/api/platform/jobs/00000000-0000-4000-8000-000000000000/retry')).status).toBe(404)

    const retried = await staff.request('POST', `/api/platform/jobs/${failed.id}/retry`)
    expect(retried).toMatchObject({ status: 200, body: { retried: failed.id } })
    // The same job ran again (and failed again, its data being bad): a later run, counted afresh.
    const again = await waitFor(
      async () => {
        const job = (await platform.jobs.list({ state: 'failed' })).jobs.find((item) => item.id === failed.id)
        return job && job.lastRunAt! > failed.lastRunAt! ? job : undefined
      },
      { what: 'the retried run' },
    )
    expect(again.failCount).toBe(1)
  })

  it('reports a degraded /healthz (503) once the job runner has stopped', async () => {
    await platform.jobs.stop()
    const response = await session(platform.baseURL).request('GET', '/healthz')
    expect(response.status).toBe(503)
    expect(response.body).toMatchObject({ status: 'degraded', database: { ok: true }, jobs: { ok: false } })
  })
})
