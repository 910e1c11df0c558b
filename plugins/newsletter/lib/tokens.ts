/**
 * The subscriber's two tokens (pure). Both are seeded tokens (`createSeededToken` in @platform): the
 * subscription stores the seed and the token's SHA-256 hash, never the token, so the email job re-creates the
 * link when it sends the message, while the database alone gives nobody a working link.
 * - confirmation: works once, for CONFIRMATION_TTL_MS after it was issued; a new one replaces it.
 * - unsubscribe: lasts as long as the subscription; it opens the preferences page and unsubscribes in one click.
 */
import { createSeededToken, recreateSeededToken } from '@platform'

export const CONFIRM_PURPOSE = 'newsletter-confirm'
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe'

/** A confirmation link works for 7 days. */
export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export type TokenPurpose = typeof CONFIRM_PURPOSE | typeof UNSUBSCRIBE_PURPOSE

export const newToken = (secret: string, purpose: TokenPurpose) => createSeededToken({ secret, purpose })

export const tokenAgain = (secret: string, purpose: TokenPurpose, seed: string | null | undefined, storedHash: string | null | undefined) =>
  recreateSeededToken({ secret, purpose, seed, storedHash })

/** Whether a confirmation issued at `sentAt` still works at `now`. */
export const confirmationValid = (sentAt: string | Date | null | undefined, now: number): boolean => {
  if (!sentAt) return false
  const issued = new Date(sentAt).getTime()
  return Number.isFinite(issued) && now >= issued - 60_000 && now - issued <= CONFIRMATION_TTL_MS
}
