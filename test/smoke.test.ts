import { startTestPlatform, type TestPlatform } from '../src/platform/testing/platform'
import { createSite, createUser, PASSWORD } from '../src/platform/testing/fixtures'
import { session, signIn } from '../src/platform/testing/http'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
})

describe('the platform over real HTTP', () => {
  it('answers /healthz with the state of the database and the job runner', async () => {
    const response = await session(platform.baseURL).request('GET', '/healthz')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'ok', database: { ok: true }, jobs: { ok: true, processing: true } })
  })

  it('signs an owner in with a cookie session and lists only their site', async () => {
    const owner = await createUser(platform.payload)
    const other = await createUser(platform.payload)
    const mine = await createSite(platform.payload, owner.id)
    await createSite(platform.payload, other.id)
    const client = await signIn(platform.baseURL, owner.email, PASSWORD)
    const response = await client.request('GET', '/api/sites')
    expect(response.status).toBe(200)
    expect(response.body.docs.map((site: { id: number }) => site.id)).toEqual([mine.id])
  })

  it('gives a new user without any site empty lists, not a refusal', async () => {
    const newcomer = await createUser(platform.payload)
    const client = await signIn(platform.baseURL, newcomer.email, PASSWORD)
    for (const collection of ['sites', 'clients', 'team-members', 'site-versions']) {
      const response = await client.request('GET', `/api/${collection}`)
      expect({ collection, status: response.status, total: response.body.totalDocs }).toEqual({ collection, status: 200, total: 0 })
    }
  })

  it('ignores a session cookie sent without an allowed Origin (CSRF)', async () => {
    const owner = await createUser(platform.payload)
    await createSite(platform.payload, owner.id)
    const signedIn = await signIn(platform.baseURL, owner.email, PASSWORD)
    const response = await fetch(`${platform.baseURL}/api/sites`, { headers: { cookie: signedIn.cookie()!, origin: 'https://evil.example' } })
    expect(response.status).toBe(403)
  })
})
