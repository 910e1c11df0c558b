import { hashToken } from '@platform'
import { newVerificationToken, VERIFICATION_TTL_MS, verificationTokenAgain, verificationValid, verifyUrl } from './tokens'

const SECRET = 'test-secret'

describe('address-confirmation token', () => {
  it('stores only the hash and the seed, from which the server alone makes the link again', () => {
    const { token, hash, seed } = newVerificationToken(SECRET)
    expect(hash).toBe(hashToken(token))
    expect(seed).not.toContain(token)
    expect(verificationTokenAgain(SECRET, seed, hash)).toBe(token)
    expect(verificationTokenAgain('another-secret', seed, hash)).toBeUndefined()
    expect(verificationTokenAgain(SECRET, null, hash)).toBeUndefined()
    expect(verifyUrl('https://platforma.example', token)).toBe(`https://platforma.example/api/public/testimonials/verify?token=${token}`)
  })

  it('works for 14 days after the testimonial was sent', () => {
    const sent = Date.parse('2026-03-20T12:00:00.000Z')
    expect(VERIFICATION_TTL_MS).toBe(14 * 24 * 3_600_000)
    expect(verificationValid(new Date(sent).toISOString(), sent + VERIFICATION_TTL_MS)).toBe(true)
    expect(verificationValid(new Date(sent).toISOString(), sent + VERIFICATION_TTL_MS + 1)).toBe(false)
    expect(verificationValid(null, sent)).toBe(false)
    expect(verificationValid('not a date', sent)).toBe(false)
  })
})
