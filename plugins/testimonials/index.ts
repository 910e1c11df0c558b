/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import { definePlatformPlugin } from '@platform'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import { scheduleSummaryAfterChange, scheduleSummaryAfterDelete } from './hooks/scheduleSummary'
import { summaryJobs } from './summaries/jobs'
import type { TestimonialsPluginOptions } from './types'

export type { TestimonialsPluginOptions } from './types'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', () => ({
  collections: [
    {
      ...Testimonials,
      hooks: {
        ...Testimonials.hooks,
        // Approvals change → the site's summary is recomputed shortly after (debounced, summaries/debounce.ts).
        afterChange: [...(Testimonials.hooks?.afterChange ?? []), scheduleSummaryAfterChange],
        afterDelete: [...(Testimonials.hooks?.afterDelete ?? []), scheduleSummaryAfterDelete],
      },
    },
    Summaries,
  ],
  // The debounced recompute of one site's summary, and the nightly run over every site.
  jobs: summaryJobs(),
}))
