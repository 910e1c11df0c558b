/**
 * Secret tokens for links (magic links, invitations, newsletter, booking
 * management, tracking): 32 random bytes, sent once, stored only as a SHA-256
 * hash, compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const TOKEN_BYTES = 32

/** A new token for the link, and the hash to store. */
export const createToken = (): { token: string; hash: string } => {
  const token = randomBytes(TOKEN_BYTES).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** Whether a token has the shape `createToken` makes (cheap rejection of junk before any lookup). */
export const isWellFormedToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

/** Constant-time comparison of a presented token with a stored hash. */
export const tokenMatches = (token: string, storedHash: string): boolean => {
  const presented = Buffer.from(hashToken(token), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}
