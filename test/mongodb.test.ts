/**
 * The MongoDB path: the same config on @payloadcms/db-mongodb with Agenda's
 * MongoDB backend. No MongoDB server can be installed on the project's
 * machines, so this suite runs only when MONGODB_URL points at one
 * (e.g. MONGODB_URL=mongodb://127.0.0.1:27017 npm test -- test/mongodb).
 */
import { randomBytes } from 'node:crypto'

import { rateLimit } from '../src/platform/http/rateLimit'
import { createSite, createUser, PASSWORD } from '../src/platform/testing/fixtures'
import { signIn } from '../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../src/platform/testing/platform'
import { waitFor } from '../src/platform/testing/waitFor'

const mongoURL = process.env.MONGODB_URL
if (!mongoURL) {
  console.warn('MongoDB suite SKIPPED: MONGODB_URL is not set (no MongoDB server can run on these machines).')
}

// Skipped without a server to talk to: see the comment at the top of this file.
const describeWithMongo = mongoURL ? describe : describe.skip

describeWithMongo('the platform on MongoDB', () => {
  let platform: TestPlatform

  beforeAll(async () => {
    const url = new URL(mongoURL!)
    url.pathname = `/platform_test_${randomBytes(4).toString('hex')}`
    platform = await startTestPlatform({ databaseURL: url.toString() })
  })

  afterAll(async () => {
    await platform?.close()
  })

  it('keeps tenants apart and runs jobs, as on PostgreSQL', async () => {
    const owner = await createUser(platform.payload)
    const other = await createUser(platform.payload)
    const mine = await createSite(platform.payload, owner.id)
    await createSite(platform.payload, other.id)
    const client = await signIn(platform.baseURL, owner.email, PASSWORD)
    const sites = await client.request('GET', '/api/sites')
    expect(sites.body.docs.map((site: { id: string }) => site.id)).toEqual([mine.id])
    await waitFor(
      async () => (await platform.payload.count({ collection: 'notifications', where: { user: { equals: owner.id } }, overrideAccess: true })).totalDocs > 0,
      { what: 'the welcome notification job' },
    )
  })

  it('counts rate limits atomically in MongoDB: exactly 10 of 50 parallel consumes pass', async () => {
    const limiter = rateLimit({ name: 'test.mongo', points: 10, durationSeconds: 600 })
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.consume({ payload: platform.payload }, 'one-key')))
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10)
  })
})
