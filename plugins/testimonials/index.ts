/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import { definePlatformPlugin } from '@platform'
import { moderationTexts } from './admin/translations'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import { importCsvEndpoint } from './endpoints/importCsv'
import { moderateEndpoint } from './endpoints/moderate'
import { sourceFromContext } from './hooks/sourceFromContext'
import { stampModeration } from './hooks/stampModeration'
import type { TestimonialsPluginOptions } from './types'

export type { TestimonialsPluginOptions } from './types'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', () => ({
  collections: [
    {
      ...Testimonials,
      // The platform's own stamps (moderatedAt, repliedAt) and the import's source; see hooks/.
      hooks: { ...Testimonials.hooks, beforeChange: [...(Testimonials.hooks?.beforeChange ?? []), sourceFromContext, stampModeration] },
      // The owner's moderation (POST /api/testimonials/moderate) and CSV import (POST /api/testimonials/import?site=).
      endpoints: [...(Testimonials.endpoints || []), moderateEndpoint, importCsvEndpoint],
    },
    Summaries,
  ],
  admin: {
    // The pending queue, approve / reject / feature / reply, one at a time or in bulk, and the CSV import.
    views: { testimonialsModeration: { Component: '/plugins/testimonials/admin/ModerationView#ModerationView', path: '/testimonials-moderation' } },
    afterNavLinks: ['/plugins/testimonials/admin/ModerationNavLink#ModerationNavLink'],
  },
  // The moderation view's texts (`testimonials:…`).
  translations: moderationTexts.translations,
}))
