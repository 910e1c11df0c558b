import { CONFIRM_PURPOSE, CONFIRMATION_TTL_MS, confirmationValid, newToken, tokenAgain, UNSUBSCRIBE_PURPOSE } from './tokens'

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0)

describe('newsletter tokens', () => {
  it('re-creates a token from its seed and hash, and only for the same purpose and secret', () => {
    const made = newToken('secret-a', CONFIRM_PURPOSE)
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(made.hash).not.toContain(made.token)
    expect(tokenAgain('secret-a', CONFIRM_PURPOSE, made.seed, made.hash)).toBe(made.token)
    expect(tokenAgain('secret-a', UNSUBSCRIBE_PURPOSE, made.seed, made.hash)).toBeUndefined()
    expect(tokenAgain('secret-b', CONFIRM_PURPOSE, made.seed, made.hash)).toBeUndefined()
    expect(tokenAgain('secret-a', CONFIRM_PURPOSE, undefined, made.hash)).toBeUndefined()
  })

  it('lets a confirmation work for exactly 7 days', () => {
    expect(CONFIRMATION_TTL_MS).toBe(604_800_000)
    expect(confirmationValid(new Date(NOW).toISOString(), NOW)).toBe(true)
    expect(confirmationValid(new Date(NOW - CONFIRMATION_TTL_MS).toISOString(), NOW)).toBe(true)
    expect(confirmationValid(new Date(NOW - CONFIRMATION_TTL_MS - 1).toISOString(), NOW)).toBe(false)
    expect(confirmationValid(null, NOW)).toBe(false)
    expect(confirmationValid('not a date', NOW)).toBe(false)
    // Issued in the future (a clock far off): not valid.
    expect(confirmationValid(new Date(NOW + 3_600_000).toISOString(), NOW)).toBe(false)
  })
})
