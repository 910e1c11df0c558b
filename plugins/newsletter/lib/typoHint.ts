/**
 * "Did you mean …?" for a likely typo in a common mail provider's domain (pure). Computed from the address
 * alone, never from what is stored, so the hint says nothing about whether an address is subscribed.
 */

/** Providers Polish subscribers use most; a domain close to one of these is suggested. */
export const COMMON_DOMAINS = [
  'gmail.com',
  'wp.pl',
  'onet.pl',
  'o2.pl',
  'interia.pl',
  'op.pl',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
] as const

/** Real domains close to a common one: never "corrected" (mail.com is one letter from gmail.com). */
const OTHER_REAL_DOMAINS = new Set([
  'mail.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'aol.com',
  'me.com',
  'mac.com',
  'live.com',
  'msn.com',
  'vp.pl',
  'tlen.pl',
  'go2.pl',
  'int.pl',
  'gazeta.pl',
  'poczta.fm',
  'interia.eu',
  'onet.eu',
  'yahoo.pl',
  'outlook.pl',
  'hotmail.pl',
  'proton.me',
  'protonmail.com',
])

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export const editDistance = (a: string, b: string): number => {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[rows - 1][cols - 1]
}

/** How far a typo may be from a domain of this length: one slip for short names (wp.pl), two for longer ones. */
const tolerance = (domain: string) => (domain.length <= 7 ? 1 : 2)

/** The common domain `domain` is probably a typo of, when exactly one is close enough. */
export const suggestDomain = (domain: string): string | undefined => {
  const typed = domain.trim().toLowerCase()
  if (!typed || (COMMON_DOMAINS as readonly string[]).includes(typed) || OTHER_REAL_DOMAINS.has(typed)) return undefined
  let best: string | undefined
  let bestDistance = Infinity
  let tie = false
  for (const candidate of COMMON_DOMAINS) {
    const distance = editDistance(typed, candidate)
    if (distance > tolerance(candidate)) continue
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      tie = false
    } else if (distance === bestDistance) tie = true
  }
  return tie ? undefined : best
}

/** The whole address with the suggested domain (`jan@gmal.com` → `jan@gmail.com`), or undefined. */
export const suggestAddress = (email: string): string | undefined => {
  const at = email.lastIndexOf('@')
  if (at <= 0) return undefined
  const domain = suggestDomain(email.slice(at + 1))
  return domain ? `${email.slice(0, at)}@${domain}` : undefined
}
