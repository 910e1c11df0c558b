/** When a day-before reminder is due (pure; instants in ms). */
const HOUR = 3_600_000
/** How long before the start a reminder goes. */
export const REMINDER_LEAD_MS = 24 * HOUR
/** Something made (or moved) this close before its reminder time gets none: its confirmation has only just arrived. */
export const REMINDER_MIN_GAP_MS = HOUR

/**
 * Due at `now` when the start is within the next `leadMs` (24 h) and has not passed, and the thing reminded about
 * was made or last moved (`madeAt`) at least `minGapMs` (1 h) before the reminder time (start − lead).
 */
export const reminderDue = ({
  start,
  madeAt,
  now,
  leadMs = REMINDER_LEAD_MS,
  minGapMs = REMINDER_MIN_GAP_MS,
}: {
  start: number
  madeAt: number
  now: number
  leadMs?: number
  minGapMs?: number
}): boolean => start > now && start - now <= leadMs && madeAt <= start - leadMs - minGapMs
