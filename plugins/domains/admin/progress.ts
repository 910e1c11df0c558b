/**
 * An order's progress as the Domain view lists it (pure): the stages an owner understands, each done, under way,
 * failed or still to come, made from the order's status and its steps. A bought domain: payment → the order at OVH
 * (cart to checkout as one stage) → registration → DNS (records and zone refresh) → DNS check → live. A domain the
 * owner brings: added → DNS check → live.
 */
import type { DomainOrderStatus, DomainStep } from '../slugs'

export type StageKey = 'payment' | 'ovhOrder' | 'registration' | 'dns' | 'added' | 'verification' | 'live'
export type StageState = 'done' | 'current' | 'failed' | 'pending'
export type Stage = { key: StageKey; state: StageState }

/** What the view knows of an order (the order endpoints' view has these and more). */
export type ProgressInput = {
  kind: 'purchase' | 'own'
  status: DomainOrderStatus
  steps: { step: string; state: string }[]
  error?: { step: string } | null
}

const PURCHASE: { key: StageKey; steps: DomainStep[] }[] = [
  { key: 'payment', steps: ['payment'] },
  { key: 'ovhOrder', steps: ['cart', 'item', 'assign', 'configuration', 'checkout'] },
  { key: 'registration', steps: ['delivery'] },
  { key: 'dns', steps: ['dns', 'refresh'] },
  { key: 'verification', steps: ['verification'] },
  { key: 'live', steps: [] },
]

const OWN: { key: StageKey; steps: DomainStep[] }[] = [
  { key: 'added', steps: [] },
  { key: 'verification', steps: ['dns', 'refresh', 'verification'] },
  { key: 'live', steps: [] },
]

/** The stage an order in progress is at, by its status. */
const AT: Partial<Record<DomainOrderStatus, StageKey>> = {
  pending_payment: 'payment',
  ordering: 'ovhOrder',
  registering: 'registration',
  configuring_dns: 'dns',
  verifying: 'verification',
  awaiting_dns: 'verification',
}

export const stagesOf = (order: ProgressInput): Stage[] => {
  const plan = order.kind === 'own' ? OWN : PURCHASE
  if (order.status === 'live') return plan.map(({ key }) => ({ key, state: 'done' }))
  const stopped = order.status === 'failed' || order.status === 'cancelled'
  let at: number
  if (stopped) {
    // The stage of the step that failed; else the step the error names; a cancelled order stopped at its payment.
    const failed = order.steps.find((row) => row.state === 'failed')?.step ?? order.error?.step
    const index = plan.findIndex((stage) => failed !== undefined && stage.steps.includes(failed as DomainStep))
    at = index >= 0 ? index : order.status === 'cancelled' ? 0 : plan.length - 1
  } else {
    const index = plan.findIndex((stage) => stage.key === AT[order.status])
    at = index >= 0 ? index : 0
  }
  return plan.map(({ key }, index) => ({
    key,
    state: index < at ? 'done' : index > at ? 'pending' : stopped ? 'failed' : 'current',
  }))
}

/** Statuses that change by themselves soon (the view asks again every few seconds). */
const MOVING: readonly DomainOrderStatus[] = ['pending_payment', 'ordering', 'registering', 'configuring_dns', 'verifying']

/**
 * How long to wait before asking for the orders again, or null when none of them will change by itself: often while
 * one moves by itself or its DNS check is due within a minute ("check now", the first checks), seldom while an own
 * domain waits for its owner's records (the platform checks those every few minutes at most).
 */
export const refreshDelay = (
  orders: readonly { status: DomainOrderStatus; nextCheckAt?: string | null }[],
  now: Date,
  fastMs = 3000,
  slowMs = 15000,
): number | null => {
  // Due within a minute, or overdue by a few (a check under way); a check long overdue is not waited for this often.
  const soon = (at: string | null | undefined) => {
    const wait = at ? Date.parse(at) - now.getTime() : NaN
    return wait < 60_000 && wait > -300_000
  }
  if (orders.some((order) => MOVING.includes(order.status) || (order.status === 'awaiting_dns' && soon(order.nextCheckAt)))) return fastMs
  if (orders.some((order) => order.status === 'awaiting_dns')) return slowMs
  return null
}

/** Which of a live domain's two names visitors land on: the apex unless the owner chose www. */
export const liveHost = (domain: string, redirect: string | null | undefined): string => (redirect === 'apex-to-www' ? `www.${domain}` : domain)

const RANK: Partial<Record<DomainOrderStatus, number>> = { live: 0, failed: 2, cancelled: 3 }

/** The site's domains as listed: live ones first, then those under way, failed, cancelled; newest first within each. */
export const listOrder = <T extends { status: DomainOrderStatus; createdAt: string }>(orders: readonly T[]): T[] =>
  [...orders].sort((a, b) => (RANK[a.status] ?? 1) - (RANK[b.status] ?? 1) || Date.parse(b.createdAt) - Date.parse(a.createdAt))
