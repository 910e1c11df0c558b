/**
 * The payments plugin's answer to the platform's plan limits: the owner's plan in force (effectivePlan: an
 * ended plan falls back to the free one) decides; a refusal names the cheapest offered plan that allows more.
 * With no free plan (no plans set up yet) everything is allowed.
 */
import type { PayloadRequest } from 'payload'

import type { LimitVerdict, PlanLimitCheck, PlanLimitsProvider } from '@platform'
import { relationId } from '@platform'
import { effectivePlan } from '../effectivePlan'
import { PLANS } from '../types'
import { limitMessage } from './message'
import type { LimitedPlan } from './rules'
import { allowsOneMore, chooseUpgrade, isKnownLimit } from './rules'

type StoredPlan = LimitedPlan & { isFree?: boolean | null; isActive?: boolean | null }

const ALLOWED: LimitVerdict = { allowed: true }

const loadOwner = (req: PayloadRequest, ownerId: PlanLimitCheck['ownerId']) =>
  req.payload.findByID({
    collection: 'users',
    id: ownerId,
    depth: 0,
    select: { plan: true, planEndsAt: true },
    overrideAccess: true, // trusted: the owner's plan decides their limits, whoever is creating
    disableErrors: true,
    req,
  })

/** The offered plans, the free one (always offered) and the owner's own, even if withdrawn since. */
const loadPlans = async (req: PayloadRequest, ownPlanId: number | string | undefined): Promise<StoredPlan[]> =>
  (
    await req.payload.find({
      collection: PLANS,
      where: ownPlanId === undefined ? { isActive: { equals: true } } : { or: [{ isActive: { equals: true } }, { id: { equals: ownPlanId } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: plans are compared to find one that allows more, the owner may read all of these
      req,
    })
  ).docs as StoredPlan[]

export const checkPlanLimit = async (req: PayloadRequest, { ownerId, limit, used }: PlanLimitCheck, now = new Date()): Promise<LimitVerdict> => {
  if (!isKnownLimit(limit)) return ALLOWED
  const owner = await loadOwner(req, ownerId)
  const ownPlanId = relationId(owner?.plan)
  const plans = await loadPlans(req, ownPlanId)
  const freePlan = plans.find((plan) => plan.isFree)
  if (!freePlan) return ALLOWED
  const ownPlan = plans.find((plan) => String(plan.id) === String(ownPlanId))
  const current = effectivePlan({ plan: ownPlan, planEndsAt: owner?.planEndsAt, now, freePlan })
  if (allowsOneMore(current, limit, used)) return ALLOWED
  const upgrade = chooseUpgrade({ offered: plans.filter((plan) => plan.isActive !== false), current, limit, used })
  return { allowed: false, message: limitMessage({ plan: current, limit, upgrade }) }
}

export const paymentsPlanLimits: PlanLimitsProvider = { check: (req, check) => checkPlanLimit(req, check) }
