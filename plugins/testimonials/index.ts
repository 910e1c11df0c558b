/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import { definePlatformPlugin } from '@platform'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import type { TestimonialsPluginOptions } from './types'
import { widgetPanelField } from './widget/admin/widgetField'
import { widgetEndpoints } from './widget/endpoint'
import { dropWidgetAfterSiteChange, dropWidgetAfterSiteDelete, dropWidgetAfterTestimonialChange, dropWidgetAfterTestimonialDelete } from './widget/hooks'

export type { TestimonialsPluginOptions } from './types'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', () => ({
  collections: [
    {
      ...Testimonials,
      // A change to an approved testimonial drops its site's cached widget answers (widget/hooks.ts).
      hooks: {
        ...Testimonials.hooks,
        afterChange: [...(Testimonials.hooks?.afterChange ?? []), dropWidgetAfterTestimonialChange],
        afterDelete: [...(Testimonials.hooks?.afterDelete ?? []), dropWidgetAfterTestimonialDelete],
      },
    },
    Summaries,
  ],
  // The widget's embed codes and preview on the site's form (widget/admin/WidgetPanel.tsx).
  collectionFields: { sites: [widgetPanelField] },
  // A renamed, re-published, unpublished or deleted site drops its cached widget answers.
  collectionHooks: { sites: { afterChange: [dropWidgetAfterSiteChange], afterDelete: [dropWidgetAfterSiteDelete] } },
  // The embeddable widget for other websites: iframe page, JSON for the script embed, and the loader script.
  endpoints: [...widgetEndpoints],
}))
