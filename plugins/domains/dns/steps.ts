/** An order's per-step states (`steps`), changed one step at a time (pure). */
import type { DomainStep, StepState } from '../slugs'

export type StepRow = { id?: string | null; step: DomainStep; state: StepState; attempts?: number | null; updatedAt?: string | null; error?: string | null }

/**
 * The steps with `step` set to `state` (added when missing). `error` replaces the step's error (null clears it);
 * `attempt` counts one more try.
 */
export const withStep = (
  steps: StepRow[] | null | undefined,
  step: DomainStep,
  { state, error, attempt = false }: { state: StepState; error?: string | null; attempt?: boolean },
  now: Date,
): StepRow[] => {
  const rows = [...(steps ?? [])]
  const at = rows.findIndex((row) => row.step === step)
  const current: StepRow = at >= 0 ? rows[at] : { step, state: 'pending', attempts: 0 }
  const next: StepRow = {
    ...current,
    state,
    attempts: (current.attempts ?? 0) + (attempt ? 1 : 0),
    updatedAt: now.toISOString(),
    ...(error !== undefined ? { error } : {}),
  }
  if (at >= 0) rows[at] = next
  else rows.push(next)
  return rows
}

/** The state of one step, `pending` when the order has no row for it. */
export const stepState = (steps: StepRow[] | null | undefined, step: DomainStep): StepState => steps?.find((row) => row.step === step)?.state ?? 'pending'
