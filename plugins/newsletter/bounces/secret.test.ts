import { bearerMatches } from './secret'

describe('bearerMatches', () => {
  const secret = 'a-long-shared-secret-0123456789'
  it('accepts the secret as a Bearer token only', () => {
    expect(bearerMatches(`Bearer ${secret}`, secret)).toBe(true)
    expect(bearerMatches(`bearer ${secret}`, secret)).toBe(true)
    for (const header of [null, '', secret, `Basic ${secret}`, `Bearer ${secret}x`, `Bearer ${secret.slice(1)}`, 'Bearer ', `Bearer ${secret} extra`])
      expect({ header, ok: bearerMatches(header, secret) }).toEqual({ header, ok: false })
  })

  it('never matches when no secret is configured', () => {
    expect(bearerMatches('Bearer ', '')).toBe(false)
    expect(bearerMatches('Bearer x', '')).toBe(false)
  })
})
