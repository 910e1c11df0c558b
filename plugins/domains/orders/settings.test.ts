import { followedFor, pollDelay, publicUrl, readOrderSettings, retryDelay } from './settings'

it('reads the defaults, and positive numbers only', () => {
  expect(readOrderSettings({})).toEqual({ pollMs: 60_000, pollMaxMs: 3_600_000, followDays: 14, retryMs: 60_000, autoRetries: 5 })
  expect(
    readOrderSettings({ DOMAINS_ORDER_POLL_MS: '200', DOMAINS_ORDER_POLL_MAX_MS: '-1', DOMAINS_ORDER_FOLLOW_DAYS: 'x', DOMAINS_ORDER_AUTO_RETRIES: '2' }),
  ).toEqual({
    pollMs: 200,
    pollMaxMs: 3_600_000,
    followDays: 14,
    retryMs: 60_000,
    autoRetries: 2,
  })
})

it('looks at an order after 1, 2, 4 … minutes, at most an hour apart', () => {
  const settings = { pollMs: 60_000, pollMaxMs: 3_600_000 }
  expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map((polls) => pollDelay(polls, settings) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60])
  // 1 + 2 + 4 minutes waited before the fourth look.
  expect(followedFor(3, settings)).toBe(7 * 60_000)
  expect(followedFor(0, settings)).toBe(0)
  // 14 days of looks: 63 minutes of doubling, then one an hour.
  const day = 24 * 3_600_000
  const polls = Array.from({ length: 400 }, (_, n) => n).find((n) => followedFor(n, settings) >= 14 * day)
  expect(polls).toBe(6 + Math.ceil((14 * day - 63 * 60_000) / 3_600_000))
})

it('retries a step OVH did not answer after 1, 2, 4 … times the delay', () => {
  expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, { retryMs: 1000 }))).toEqual([1000, 2000, 4000, 8000])
})

it("links to PUBLIC_URL, else to the platform's own default on its PORT", () => {
  expect(publicUrl({ PUBLIC_URL: 'https://platforma.example/' })).toBe('https://platforma.example')
  expect(publicUrl({ PORT: '3322' })).toBe('http://localhost:3322')
  expect(publicUrl({})).toBe('http://localhost:3000')
})
