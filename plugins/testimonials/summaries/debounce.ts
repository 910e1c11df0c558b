/**
 * Debouncing a site's summary: time is cut into windows of `delayMs` (shifted per site so that sites do not all
 * run at the same instant), and every change in one window queues the same job, unique on the site and the
 * window, to run when the window ends. So a burst of approvals is one run, a site is recomputed at most once per
 * window, and a change made while a run is going on falls in a later window and gets a run of its own (the
 * change is committed before it is queued, and its run starts after it). Pure functions.
 */

/** FNV-1a: a stable 32-bit hash of the site's id, for the site's shift. */
const hash = (value: string) => {
  let result = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index)
    result = Math.imul(result, 0x01000193) >>> 0
  }
  return result
}

export type DebounceSlot = {
  /** The job's unique key: the site and the window. */
  key: string
  /** When the window ends: the run's time. */
  runAt: Date
  /** When the window began. */
  startsAt: Date
}

export const debounceSlot = ({ siteId, now, delayMs }: { siteId: number | string; now: number; delayMs: number }): DebounceSlot => {
  const shift = hash(String(siteId)) % delayMs
  const window = Math.floor((now - shift) / delayMs)
  return {
    key: `testimonials.summary:${siteId}:${delayMs}:${window}`,
    runAt: new Date((window + 1) * delayMs + shift),
    startsAt: new Date(window * delayMs + shift),
  }
}

type TestimonialLike = { status?: string | null; rating?: number | null; content?: string | null; locale?: string | null; givenAt?: string | null }

/** What a summary is made of: a change to anything else (a reply, featuring) leaves the summary as it is. */
const SUMMARIZED_FIELDS = ['status', 'rating', 'content', 'locale', 'givenAt'] as const

/** Whether a change to a testimonial changes its site's summary: it is, or was, approved, and what counts moved. */
export const changesSummary = (doc: TestimonialLike, previous?: TestimonialLike | null): boolean => {
  const approvedNow = doc.status === 'approved'
  const approvedBefore = previous?.status === 'approved'
  if (!approvedNow && !approvedBefore) return false
  if (!previous) return true
  return SUMMARIZED_FIELDS.some((field) => (doc[field] ?? null) !== (previous[field] ?? null))
}
