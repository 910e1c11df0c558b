/**
 * A visitor's own changes (cancel, reschedule) are allowed until `cutoffHours` before the start: one rule for every
 * plugin that has them (pure; instants in ms).
 */
const HOUR = 3_600_000

/** Whether a change to something starting at `start` is still allowed at `now`: up to exactly the cutoff, not a millisecond later. */
export const beforeCutoff = ({ start, now, cutoffHours }: { start: number; now: number; cutoffHours: number }): boolean => start - now >= cutoffHours * HOUR

/** The last moment such a change is allowed (to show the visitor "until …"). */
export const cutoffDeadline = ({ start, cutoffHours }: { start: number; cutoffHours: number }): Date => new Date(start - cutoffHours * HOUR)
