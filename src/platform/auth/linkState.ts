/** Pure rules of emailed links and of the request rate limit (no I/O, clock passed in). */

export type LinkState = 'valid' | 'used' | 'expired'

export const linkState = ({ used, expiresAt, now }: { used?: boolean | null; expiresAt: string | Date; now: Date }): LinkState => {
  if (used) return 'used'
  return new Date(expiresAt).getTime() <= now.getTime() ? 'expired' : 'valid'
}

/**
 * Whether one more request fits, given the times of the requests already made
 * in the window; if not, how many seconds until the oldest of them leaves it.
 */
export const checkRate = ({
  recent,
  limit,
  windowMs,
  now,
}: {
  recent: (string | Date)[]
  limit: number
  windowMs: number
  now: Date
}): { allowed: true } | { allowed: false; retryAfterSeconds: number } => {
  const since = now.getTime() - windowMs
  const inWindow = recent.map((at) => new Date(at).getTime()).filter((at) => at > since).sort((a, b) => a - b)
  if (inWindow.length < limit) return { allowed: true }
  // The request that must leave the window before one more fits.
  const freeing = inWindow[inWindow.length - limit]
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeing + windowMs - now.getTime()) / 1000)) }
}

export const parseLocale = (value: unknown): 'pl' | 'en' | undefined => (value === 'pl' || value === 'en' ? value : undefined)
