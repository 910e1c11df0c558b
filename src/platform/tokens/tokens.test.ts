import { createToken, hashToken, isWellFormedToken, tokenMatches } from './tokens'

describe('link tokens', () => {
  it('makes 32-byte URL-safe tokens and stores only their SHA-256', () => {
    const { token, hash } = createToken()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(isWellFormedToken(token)).toBe(true)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(token)
    expect(hashToken(token)).toBe(hash)
  })

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createToken().token))
    expect(tokens.size).toBe(1000)
  })

  it('matches only the right token', () => {
    const { token, hash } = createToken()
    expect(tokenMatches(token, hash)).toBe(true)
    expect(tokenMatches(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false)
    expect(tokenMatches(token, 'abc')).toBe(false)
  })

  it('rejects junk before any lookup', () => {
    for (const junk of [undefined, '', 'short', 'a'.repeat(44), `${'a'.repeat(42)}=`, 42]) {
      expect(isWellFormedToken(junk)).toBe(false)
    }
  })
})
