/**
 * A domain order's `steps` (pure): one row per step with its state, attempts, last change and error. Rows are
 * read and replaced here only, so every part of the plugin (ordering, DNS) keeps them the same way.
 */
import { STEPS, type DomainStep, type StepState } from '../slugs'

export type StepRow = {
  id?: string | null
  step: DomainStep
  state: StepState
  attempts?: number | null
  updatedAt?: string | null
  error?: string | null
}

/** The steps of buying a domain up to OVH's delivery, in order (the DNS part follows them). */
export const ORDER_STEPS = ['payment', 'cart', 'item', 'assign', 'configuration', 'checkout', 'delivery'] as const satisfies readonly DomainStep[]
export type OrderStep = (typeof ORDER_STEPS)[number]

/** The OVH steps the ordering job runs, in order: cart → item → assign → configuration → checkout. */
export const CART_STEPS = ['cart', 'item', 'assign', 'configuration', 'checkout'] as const satisfies readonly OrderStep[]
export type CartStep = (typeof CART_STEPS)[number]

export const isOrderStep = (step: unknown): step is OrderStep => (ORDER_STEPS as readonly unknown[]).includes(step)
export const isCartStep = (step: unknown): step is CartStep => (CART_STEPS as readonly unknown[]).includes(step)

const ERROR_MAX = 2000

/** Every step of a bought domain, waiting: what a new order starts with. */
export const initialSteps = (): StepRow[] => STEPS.map((step) => ({ step, state: 'pending', attempts: 0 }))

export const stepRow = (steps: readonly StepRow[] | null | undefined, step: DomainStep): StepRow | undefined => steps?.find((row) => row.step === step)

export const stepState = (steps: readonly StepRow[] | null | undefined, step: DomainStep): StepState => stepRow(steps, step)?.state ?? 'pending'

/**
 * The rows with one step changed (added in STEPS order when missing). `attempt: true` counts an attempt; an
 * `error` of null clears it. Rows are copied without their ids' identity mattering: Payload keeps `id`.
 */
export const withStep = (
  steps: readonly StepRow[] | null | undefined,
  step: DomainStep,
  change: { state: StepState; error?: string | null; attempt?: boolean },
  now: Date,
): StepRow[] => {
  const rows = [...(steps ?? [])].map((row) => ({ ...row }))
  let row = rows.find((candidate) => candidate.step === step)
  if (!row) {
    row = { step, state: 'pending', attempts: 0 }
    rows.push(row)
    rows.sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step))
  }
  row.state = change.state
  row.updatedAt = now.toISOString()
  if (change.attempt) row.attempts = (row.attempts ?? 0) + 1
  if (change.error !== undefined) row.error = change.error === null ? null : change.error.slice(0, ERROR_MAX)
  return rows
}

/** The rows with these steps back to waiting, their errors and attempts cleared (a new cart after an interruption). */
export const resetSteps = (steps: readonly StepRow[] | null | undefined, reset: readonly DomainStep[], now: Date): StepRow[] =>
  reset.reduce<StepRow[]>(
    (rows, step) => {
      const next = withStep(rows, step, { state: 'pending', error: null }, now)
      const row = next.find((candidate) => candidate.step === step)!
      row.attempts = 0
      return next
    },
    [...(steps ?? [])],
  )

/** The step that failed, if any (the first in STEPS order). */
export const failedStep = (steps: readonly StepRow[] | null | undefined): DomainStep | undefined => STEPS.find((step) => stepState(steps, step) === 'failed')
