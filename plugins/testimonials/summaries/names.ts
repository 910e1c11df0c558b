/** The summary jobs' names. */
export const RECOMPUTE_SUMMARY_JOB = 'testimonials.recompute-summary'
export const NIGHTLY_SUMMARIES_JOB = 'testimonials.nightly-summaries'
