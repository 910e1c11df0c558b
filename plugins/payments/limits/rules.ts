/**
 * Which plan allows what (pure). A plan's `limits` group holds a maximum per counted thing (null or empty:
 * unlimited) and on/off features; limit names the plans do not know are allowed.
 */
import type { PlanLimitName } from '@platform'

/** The counted limits and the plan field holding each maximum. */
export const COUNTED_LIMITS = {
  sites: 'maxSites',
  teamMembers: 'maxTeamMembers',
  newsletterSubscribers: 'maxNewsletterSubscribers',
} as const
/** The on/off features and the plan field that switches each on. */
export const FEATURE_LIMITS = { customDomain: 'customDomain' } as const

export type CountedLimit = keyof typeof COUNTED_LIMITS
export type FeatureLimit = keyof typeof FEATURE_LIMITS
export type KnownLimit = CountedLimit | FeatureLimit

export type PlanLimitValues = { [K in (typeof COUNTED_LIMITS)[CountedLimit]]?: number | null } & {
  [K in (typeof FEATURE_LIMITS)[FeatureLimit]]?: boolean | null
}

/** What of a plan the rules and messages read. */
export type LimitedPlan = {
  id: number | string
  namePl: string
  nameEn: string
  monthlyPrice: number
  sortOrder?: number | null
  limits?: PlanLimitValues | null
}

export const isCountedLimit = (limit: PlanLimitName): limit is CountedLimit => Object.hasOwn(COUNTED_LIMITS, limit)
export const isFeatureLimit = (limit: PlanLimitName): limit is FeatureLimit => Object.hasOwn(FEATURE_LIMITS, limit)
export const isKnownLimit = (limit: PlanLimitName): limit is KnownLimit => isCountedLimit(limit) || isFeatureLimit(limit)

/** A plan's maximum for a counted limit; null: unlimited. */
export const maximumOf = (plan: LimitedPlan, limit: CountedLimit): number | null => {
  const value = plan.limits?.[COUNTED_LIMITS[limit]]
  return typeof value === 'number' ? value : null
}

/** Whether the plan allows one more when `used` exist already (for a feature: whether it has it at all). */
export const allowsOneMore = (plan: LimitedPlan, limit: KnownLimit, used: number): boolean => {
  if (isFeatureLimit(limit)) return plan.limits?.[FEATURE_LIMITS[limit]] === true
  const maximum = maximumOf(plan, limit)
  return maximum === null || used < maximum
}

/**
 * The plan to suggest when `current` refuses: the cheapest of the offered plans, other than the current one,
 * that would allow this one more (so after a plan ends, one that fits everything the owner kept). Ties go to
 * the plans' own order. None: no plan allows more.
 */
export const chooseUpgrade = <P extends LimitedPlan>({
  offered,
  current,
  limit,
  used,
}: {
  offered: P[]
  current: LimitedPlan
  limit: KnownLimit
  used: number
}) =>
  offered
    .filter((plan) => String(plan.id) !== String(current.id) && allowsOneMore(plan, limit, used))
    .sort((a, b) => a.monthlyPrice - b.monthlyPrice || (a.sortOrder ?? 0) - (b.sortOrder ?? 0))[0]
