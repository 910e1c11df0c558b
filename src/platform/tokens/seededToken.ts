/**
 * Tokens the server can make again, for links emailed by a job (pure).
 *
 * The token is HMAC-SHA256(server secret, purpose + random seed). The record
 * stores the seed and the token's SHA-256 hash (which lookups use), never the
 * token: the job that sends the email, maybe minutes after the request and
 * maybe on a retry, re-creates the same link from the record, while the
 * database alone (a backup, a leak, the job queue) gives nobody a working one.
 * Same shape as `createToken`'s tokens (43 base64url characters).
 */
import { createHmac, randomBytes } from 'node:crypto'

import { hashToken, tokenMatches } from './tokens'

const tokenOf = (secret: string, purpose: string, seed: string): string => createHmac('sha256', secret).update(`${purpose}:${seed}`, 'utf8').digest('base64url')

/** A new token, its hash and the seed to store. `purpose` keeps tokens of different flows apart. */
export const createSeededToken = ({ secret, purpose }: { secret: string; purpose: string }): { token: string; hash: string; seed: string } => {
  if (!secret) throw new Error('createSeededToken: the server secret is missing')
  const seed = randomBytes(32).toString('base64url')
  const token = tokenOf(secret, purpose, seed)
  return { token, hash: hashToken(token), seed }
}

/** The token again, when the seed and the stored hash agree (else undefined: the link cannot be re-made). */
export const recreateSeededToken = ({
  secret,
  purpose,
  seed,
  storedHash,
}: {
  secret: string
  purpose: string
  seed: string | null | undefined
  storedHash: string | null | undefined
}): string | undefined => {
  if (!secret || !seed || !storedHash) return undefined
  const token = tokenOf(secret, purpose, seed)
  return tokenMatches(token, storedHash) ? token : undefined
}
