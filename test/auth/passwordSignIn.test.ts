/**
 * Password sign-in over real HTTP: unknown and existing accounts answer alike
 * in time and words, failures are throttled per IP and per account from one
 * IP (429 with Retry-After), and nobody can lock an account's owner out. It
 * used to be: 270-1,019 ms for an existing account against 7-21 ms for an
 * unknown one, "This user is locked" after ten failures from anywhere.
 */
import type { TestPlatform } from '@platform/testing'
import { createUser, PASSWORD, startTestPlatform } from '@platform/testing'
import { freshIp, raw, type RawResponse } from './support'

let platform: TestPlatform

const LIMITS = { LOGIN_RATE_PER_IP: '30', LOGIN_RATE_PER_ACCOUNT_IP: '10', LOGIN_RATE_WINDOW_MINUTES: '15' }
const setLimits = (limits: Partial<typeof LIMITS>) => Object.assign(process.env, LIMITS, limits)

beforeAll(async () => {
  setLimits({})
  platform = await startTestPlatform({ processJobs: false })
})

afterEach(() => setLimits({}))

afterAll(async () => {
  await platform?.close()
  for (const name of Object.keys(LIMITS)) delete process.env[name]
})

const login = (email: string, password: string, ip: string) => raw(platform.baseURL, 'POST', '/api/users/login', { body: { email, password }, ip })
const unknownEmail = () => `nobody-${Math.random().toString(36).slice(2)}@example.test`
const answer = (response: RawResponse) => ({ status: response.status, body: response.json() })
const count = (responses: RawResponse[], status: number) => responses.filter((response) => response.status === status).length
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]

const timed = async (request: () => Promise<RawResponse>) => {
  const started = performance.now()
  const response = await request()
  return { ms: performance.now() - started, response }
}

it('takes as long for an unknown account as for an existing one (medians of 15, interleaved)', async () => {
  setLimits({ LOGIN_RATE_PER_IP: '1000', LOGIN_RATE_PER_ACCOUNT_IP: '1000' })
  const user = await createUser(platform.payload)
  const existing: number[] = []
  const unknown: number[] = []
  for (let round = 0; round < 15; round++) {
    const known = await timed(() => login(user.email, 'wrong-password', freshIp()))
    const missing = await timed(() => login(unknownEmail(), 'wrong-password', freshIp()))
    expect([known.response.status, missing.response.status]).toEqual([401, 401])
    existing.push(known.ms)
    unknown.push(missing.ms)
  }
  const ratio = median(unknown) / median(existing)
  // Measured, not asserted absolutely: the machine's speed does not matter, only that the two paths cost the same.
  console.info(`wrong password, median of 15: existing ${median(existing).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms (ratio ${ratio.toFixed(2)})`)
  expect(ratio).toBeGreaterThan(0.6)
  expect(ratio).toBeLessThan(1.6)
})

it('says the same to an existing and an unknown account, before and after the limit', async () => {
  const user = await createUser(platform.payload)
  const run = async (email: string) => {
    const ip = freshIp()
    const answers = []
    for (let attempt = 0; attempt < 12; attempt++) answers.push(answer(await login(email, 'wrong-password', ip)))
    return answers
  }
  const [known, missing] = [await run(user.email), await run(unknownEmail())]
  expect(known).toEqual(missing)
  expect(known.map((a) => a.status)).toEqual([...Array(10).fill(401), 429, 429])
  expect(JSON.stringify(known)).not.toMatch(/locked/i)
})

it('never locks the owner out: 50 failures from one IP get 429s, and the owner (or staff) signs in from elsewhere', async () => {
  for (const account of [await createUser(platform.payload), await createUser(platform.payload, { isStaff: true })]) {
    const attacker = freshIp()
    const responses: RawResponse[] = []
    for (let attempt = 0; attempt < 50; attempt++) responses.push(await login(account.email, 'guess-' + attempt, attacker))
    expect({ unauthorized: count(responses, 401), limited: count(responses, 429) }).toEqual({ unauthorized: 10, limited: 40 })
    for (const response of responses.filter((r) => r.status === 429)) {
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(response.json().errors[0].message).toMatch(/^Too many failed sign-in attempts/)
    }
    // Even the right password waits on the attacker's network...
    expect((await login(account.email, PASSWORD, attacker)).status).toBe(429)
    // ...but not on the owner's.
    expect((await login(account.email, PASSWORD, freshIp())).status).toBe(200)
  }
})

it('lets exactly the per-account limit of 20 parallel wrong passwords from one IP through', async () => {
  const user = await createUser(platform.payload)
  const ip = freshIp()
  const responses = await Promise.all(Array.from({ length: 20 }, () => login(user.email, 'wrong-password', ip)))
  expect({ unauthorized: count(responses, 401), limited: count(responses, 429) }).toEqual({ unauthorized: 10, limited: 10 })
})

it('lets exactly the per-IP limit of 20 parallel attempts on 20 accounts from one IP through', async () => {
  setLimits({ LOGIN_RATE_PER_IP: '5' })
  const ip = freshIp()
  const responses = await Promise.all(Array.from({ length: 20 }, () => login(unknownEmail(), 'wrong-password', ip)))
  expect({ unauthorized: count(responses, 401), limited: count(responses, 429) }).toEqual({ unauthorized: 5, limited: 15 })
})

it('counts only failures: successful sign-ins never use up the budget', async () => {
  setLimits({ LOGIN_RATE_PER_IP: '2', LOGIN_RATE_PER_ACCOUNT_IP: '2' })
  const user = await createUser(platform.payload)
  const ip = freshIp()
  for (let attempt = 0; attempt < 4; attempt++) expect((await login(user.email, PASSWORD, ip)).status).toBe(200)
})

it('throttles GraphQL sign-in the same way', async () => {
  setLimits({ LOGIN_RATE_PER_IP: '1' })
  const ip = freshIp()
  const mutation = (email: string) => ({ query: `mutation { loginUser(email: "${email}", password: "wrong-password") { token } }` })
  const first = await raw(platform.baseURL, 'POST', '/api/graphql', { body: mutation(unknownEmail()), ip })
  const second = await raw(platform.baseURL, 'POST', '/api/graphql', { body: mutation(unknownEmail()), ip })
  expect(first.json().errors[0].message).toMatch(/incorrect/i)
  expect(second.json().errors[0].message).toMatch(/^Too many failed sign-in attempts/)
})
