/**
 * The booking management token, re-creatable by the server only (pure).
 *
 * The token is HMAC-SHA256(server secret, random seed). The booking stores the
 * seed and the token's SHA-256 hash (which the public endpoints look up), never
 * the token. So the server can put the same link in the reminder a day later,
 * while the database alone (a backup, a leak) gives nobody a working link.
 */
import { createHmac, randomBytes } from 'node:crypto'

import { hashToken, tokenMatches } from '@platform'

const tokenOf = (secret: string, seed: string): string => createHmac('sha256', secret).update(`booking-manage:${seed}`, 'utf8').digest('base64url')

/** A new token for the confirmation link, its hash and the seed to store. */
export const createManageToken = (secret: string): { token: string; hash: string; seed: string } => {
  if (!secret) throw new Error('createManageToken: the server secret is missing')
  const seed = randomBytes(32).toString('base64url')
  const token = tokenOf(secret, seed)
  return { token, hash: hashToken(token), seed }
}

/** The booking's token again, when its seed and stored hash agree (else undefined: the link cannot be re-made). */
export const recreateManageToken = (secret: string, seed: string | null | undefined, storedHash: string | null | undefined): string | undefined => {
  if (!secret || !seed || !storedHash) return undefined
  const token = tokenOf(secret, seed)
  return tokenMatches(token, storedHash) ? token : undefined
}
