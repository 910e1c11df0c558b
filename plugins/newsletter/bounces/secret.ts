/** The bounce webhook's credential (pure): `Authorization: Bearer <NEWSLETTER_BOUNCE_SECRET>`, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/** Whether the Authorization header carries the secret (both hashed first, so lengths never leak). */
export const bearerMatches = (header: string | null | undefined, secret: string): boolean => {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '')
  const ok = timingSafeEqual(digest(match?.[1] ?? ''), digest(secret))
  return Boolean(match) && Boolean(secret) && ok
}
