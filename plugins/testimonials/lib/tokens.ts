/**
 * The author's address-confirmation token (pure). A seeded token (`createSeededToken` in @platform): the
 * testimonial stores the seed and the token's SHA-256 hash, never the token, so the email job re-creates the
 * link when it sends the message while the database alone gives nobody a working link. The link works for
 * VERIFICATION_TTL_MS after the testimonial was sent; a second click says "already confirmed" and changes nothing.
 */
import { createSeededToken, recreateSeededToken } from '@platform'

export const VERIFY_PURPOSE = 'testimonial-verify-email'

/** The confirmation link works for 14 days. */
export const VERIFICATION_TTL_DAYS = 14
export const VERIFICATION_TTL_MS = VERIFICATION_TTL_DAYS * 24 * 60 * 60 * 1000

export const newVerificationToken = (secret: string) => createSeededToken({ secret, purpose: VERIFY_PURPOSE })

export const verificationTokenAgain = (secret: string, seed: string | null | undefined, storedHash: string | null | undefined) =>
  recreateSeededToken({ secret, purpose: VERIFY_PURPOSE, seed, storedHash })

/** Whether a link issued at `issuedAt` (the testimonial's creation) still works at `now`. */
export const verificationValid = (issuedAt: string | Date | null | undefined, now: number): boolean => {
  if (!issuedAt) return false
  const issued = new Date(issuedAt).getTime()
  return Number.isFinite(issued) && now >= issued - 60_000 && now - issued <= VERIFICATION_TTL_MS
}

/** The link in the email: `<server>/api/public/testimonials/verify?token=…`. */
export const verifyUrl = (serverURL: string, token: string) => `${serverURL}/api/public/testimonials/verify?token=${encodeURIComponent(token)}`
