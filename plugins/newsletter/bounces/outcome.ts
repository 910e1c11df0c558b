/** What one bounce report does to one active subscription (pure). */
export const BOUNCE_TYPES = ['hard', 'soft', 'complaint'] as const
export type BounceType = (typeof BOUNCE_TYPES)[number]

export type BounceOutcome = {
  /** The subscription ends (a hard bounce, a complaint, or one soft bounce too many). */
  deactivate: boolean
  /** A complaint ("this is spam") also counts as unsubscribing. */
  unsubscribe: boolean
  softBounceCount: number
}

/** `NEWSLETTER_SOFT_BOUNCE_LIMIT` (default 5): this many soft bounces count as a hard one. */
export const readSoftBounceLimit = (env: Record<string, string | undefined> = process.env): number => {
  const value = Number(env.NEWSLETTER_SOFT_BOUNCE_LIMIT)
  return Number.isInteger(value) && value > 0 ? value : 5
}

export const bounceOutcome = ({
  type,
  softBounceCount,
  limit,
}: {
  type: BounceType
  softBounceCount: number | null | undefined
  limit: number
}): BounceOutcome => {
  const count = Math.max(0, Number(softBounceCount) || 0)
  if (type === 'soft') return { deactivate: count + 1 >= limit, unsubscribe: false, softBounceCount: count + 1 }
  return { deactivate: true, unsubscribe: type === 'complaint', softBounceCount: count }
}
