/** The first staff account comes from `npm run create-staff`, never from the open first-register form. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { session, signIn } from '../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../src/platform/testing/platform'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

const createStaff = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/createStaff.ts', ...args], {
    // The test's platform already owns the schema; the script must not push it again.
    env: { ...process.env, DATABASE_PUSH: 'false' },
  }).then(
    (result) => ({ code: 0, output: result.stdout + result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  )

it('refuses first-register on an empty database, even for a would-be staff account', async () => {
  const response = await session(platform.baseURL).request('POST', '/api/users/first-register', {
    email: 'intruder@example.test',
    password: 'intruder-password-1',
    isStaff: true,
  })
  expect(response.status).toBe(403)
  expect(response.body.errors[0].message).toContain('npm run create-staff')
  expect((await platform.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
})

it('creates the first staff account with the script, who can then audit', async () => {
  expect(await createStaff('--email', 'bad-address')).toMatchObject({ code: 2 })
  expect(await createStaff('--email', 'boss@example.test', '--password', 'short')).toMatchObject({ code: 2 })
  const created = await createStaff('--email', 'Boss@Example.test', '--password', 'a-long-staff-password')
  expect(created).toMatchObject({ code: 0 })
  expect(created.output).toContain('Created staff account boss@example.test')
  const staff = await signIn(platform.baseURL, 'boss@example.test', 'a-long-staff-password')
  expect((await staff.request('GET', '/api/audit-logs')).status).toBe(200)
  // Running it again for an existing account promotes rather than duplicates.
  expect(await createStaff('--email', 'boss@example.test')).toMatchObject({ code: 0 })
  expect((await platform.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)
}, 60_000)
