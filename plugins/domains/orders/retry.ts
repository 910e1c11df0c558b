/**
 * Trying a failed order again, from the step that failed (pure: the order's new fields and the job to queue).
 * - A cart step (cart … checkout): `ordering`, the step waiting again, or `running` when its work may exist at
 *   OVH (no answer, a 5xx, an item added at a price we refused), which makes the ordering job start on a fresh
 *   cart (or send the interrupted checkout knowingly); completed steps are not run again.
 * - Delivery: OVH cancelled the order, so a new one from a fresh cart; otherwise (stuck, OVH refused a status
 *   call) following the same OVH order again, a new window of DOMAINS_ORDER_FOLLOW_DAYS.
 * Other steps (DNS, verification) belong to the DNS part, which adds its own resumers here.
 */
import type { DomainStep } from '../slugs'
import { isFinalFailure, leftWorkAtOvh, type OrderErrorDetails } from './errors'
import { FOLLOW_ORDER_JOB, PLACE_ORDER_JOB } from './jobNames'
import type { DomainOrderDoc } from './orderView'
import { CART_STEPS, resetSteps, withStep, type StepRow } from './steps'

export type Resumption = { data: Record<string, unknown>; job: string }

const cleared = { errorMessage: null, errorCode: null, errorDetails: null }

type Resumer = (order: DomainOrderDoc, details: OrderErrorDetails | undefined, now: Date) => Resumption

const resumeCartStep =
  (step: DomainStep): Resumer =>
  (order, details, now) => ({
    data: {
      ...cleared,
      status: 'ordering',
      steps: withStep(order.steps as StepRow[], step, { state: details && leftWorkAtOvh(details) ? 'running' : 'pending', error: null }, now),
    },
    job: PLACE_ORDER_JOB,
  })

const resumeDelivery: Resumer = (order, details, now) => {
  if (details?.kind === 'order-cancelled')
    return {
      data: {
        ...cleared,
        status: 'ordering',
        ovhCartId: null,
        ovhItemId: null,
        ovhOrderId: null,
        ovhOrderStatus: null,
        paymentUrl: null,
        nextCheckAt: null,
        steps: resetSteps(order.steps as StepRow[], [...CART_STEPS, 'delivery'], now),
      },
      job: PLACE_ORDER_JOB,
    }
  return {
    data: { ...cleared, status: 'registering', nextCheckAt: now.toISOString(), steps: resetSteps(order.steps as StepRow[], ['delivery'], now) },
    job: FOLLOW_ORDER_JOB,
  }
}

export const RESUMERS: Partial<Record<DomainStep, Resumer>> = {
  ...Object.fromEntries(CART_STEPS.map((step) => [step, resumeCartStep(step)])),
  delivery: resumeDelivery,
}

/** The resumption of a failed order, or why there is none: `not-failed`, or `final` (a retry cannot mend it). */
export const resumption = (
  order: DomainOrderDoc,
  details: OrderErrorDetails | undefined,
  step: DomainStep | undefined,
  now: Date,
): Resumption | 'not-failed' | 'final' => {
  if (order.status !== 'failed') return 'not-failed'
  if (isFinalFailure(details) || !step) return 'final'
  const resume = RESUMERS[step]
  if (!resume) return 'final'
  return resume(order, details, now)
}
