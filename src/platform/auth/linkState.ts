/** Pure rules of emailed links (no I/O, clock passed in). */

export type LinkState = 'valid' | 'used' | 'expired'

export const linkState = ({ used, expiresAt, now }: { used?: boolean | null; expiresAt: string | Date; now: Date }): LinkState => {
  if (used) return 'used'
  return new Date(expiresAt).getTime() <= now.getTime() ? 'expired' : 'valid'
}

export const parseLocale = (value: unknown): 'pl' | 'en' | undefined => (value === 'pl' || value === 'en' ? value : undefined)
