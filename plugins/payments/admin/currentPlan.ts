/**
 * What the billing view says about the owner's plan: the effective one (effectivePlan.ts), its end, and whether
 * a bought plan has ended so the free plan applies. Pure: the view loads the documents and says what "now" is.
 */
import { effectivePlan } from '../effectivePlan'

export type PlanLike = { id: number | string; isFree?: boolean | null }

export type CurrentPlan<P extends PlanLike> =
  /** No plan bought (or none that applies) and no record of one: the free plan, or none if staff removed it. */
  | { kind: 'free'; plan: P | null }
  /** A bought or granted plan in force; `endsAt` null: granted without a term. */
  | { kind: 'active'; plan: P; endsAt: string | null }
  /** A bought plan whose term is over: the free plan applies. */
  | { kind: 'ended'; ended: P; endedAt: string; plan: P | null }

export const currentPlan = <P extends PlanLike>({
  plan,
  planEndsAt,
  freePlan,
  now,
}: {
  plan: P | null | undefined
  planEndsAt: string | null | undefined
  freePlan: P | null
  now: Date
}): CurrentPlan<P> => {
  if (!plan || plan.isFree) return { kind: 'free', plan: freePlan ?? plan ?? null }
  // Asked with no free plan, effectivePlan answers null exactly when the bought plan no longer applies.
  const effective = effectivePlan<P | null>({ plan, planEndsAt, now, freePlan: null })
  if (effective) return { kind: 'active', plan, endsAt: planEndsAt || null }
  const endedAt = planEndsAt && !Number.isNaN(new Date(planEndsAt).getTime()) ? planEndsAt : now.toISOString()
  return { kind: 'ended', ended: plan, endedAt, plan: freePlan }
}
