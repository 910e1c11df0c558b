/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import './events'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import { verifyEmailComposer } from './emails/composer'
import { listPublicEndpoint } from './endpoints/listPublic'
import { submitEndpoint } from './endpoints/submit'
import { verifyEndpoint } from './endpoints/verify'
import { ownerNoticeListener } from './listeners/ownerNotice'
import { testimonialsSections } from './sections'
import { seedTestimonialsDemo } from './seed/demo'
import { testimonialsSampleData } from './templates/sampleData'
import { scheduleSummaryAfterChange, scheduleSummaryAfterDelete } from './hooks/scheduleSummary'
import { summaryJobs } from './summaries/jobs'
import type { TestimonialsPluginOptions } from './types'

export type { TestimonialsPluginOptions } from './types'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', () => ({
  // The visitor side: the approved list with the summary, the form, and the author's address-confirmation link.
  endpoints: [listPublicEndpoint, submitEndpoint, verifyEndpoint],
  // Every new testimonial (form, invitation) tells the site's owner: a notification and an email.
  listeners: [ownerNoticeListener],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'testimonials', 'templates', 'emails'),
  emailSampleData: testimonialsSampleData,
  emailComposers: [verifyEmailComposer],
  // The section on public sites (the starter templates' `testimonials` sections), with the submit form.
  sections: testimonialsSections,
  // Approved, pending and rejected testimonials on Anna's site.
  seed: seedTestimonialsDemo,
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
