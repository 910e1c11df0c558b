/**
 * Plan limits before any plan is set up (a new installation, or a test platform that seeds none): with no free
 * plan to fall back to, the payments plugin limits nothing. Its own file: one platform per test process.
 */
import { createUser, PASSWORD, signIn, startTestPlatform, type TestPlatform } from '@platform/testing'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

it('nothing is limited: an owner creates as many sites and team members as they like', async () => {
  const user = await createUser(platform.payload)
  const session = await signIn(platform.baseURL, user.email, PASSWORD)
  const created: number[] = []
  for (let index = 0; index < 4; index++) {
    const response = await session.request('POST', '/api/sites', { name: `Site ${index}`, identifier: `free-for-all-${user.id}-${index}`, templateConfig: {} })
    expect(response.status).toBe(201)
    created.push(response.body.doc.id)
  }
  for (let index = 0; index < 3; index++) {
    const response = await session.request('POST', '/api/team-members/invite', {
      site: created[0],
      email: `member-${index}-${user.id}@example.test`,
      role: 'viewer',
    })
    expect(response.status).toBe(201)
  }
  expect((await platform.payload.count({ collection: 'plans', overrideAccess: true })).totalDocs).toBe(0)
  expect((await platform.payload.count({ collection: 'sites', where: { owner: { equals: user.id } }, overrideAccess: true })).totalDocs).toBe(4)
  expect((await platform.payload.count({ collection: 'team-members', where: { site: { equals: created[0] } }, overrideAccess: true })).totalDocs).toBe(3)
})
