/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { testimonialsHomeCards } from './admin/homeCards'
import { moderationTexts } from './admin/translations'
import { inviteClientsField } from './collections/invitationSetting'
import { OptOuts } from './collections/optOuts'
import { Requests } from './collections/requests'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import { verifyEmailComposer } from './emails/composer'
import { importCsvEndpoint } from './endpoints/importCsv'
import { listPublicEndpoint } from './endpoints/listPublic'
import { moderateEndpoint } from './endpoints/moderate'
import { submitEndpoint } from './endpoints/submit'
import { verifyEndpoint } from './endpoints/verify'
import { scheduleSummaryAfterChange, scheduleSummaryAfterDelete } from './hooks/scheduleSummary'
import { sourceFromContext } from './hooks/sourceFromContext'
import { stampModeration } from './hooks/stampModeration'
import { invitationEmailComposer } from './invitations/email'
import { invitationEndpoints } from './invitations/endpoints'
import { inviteAfterSessionListener } from './invitations/listener'
import { invitationJobs } from './invitations/send'
import { invitationSettings } from './invitations/settings'
import { ownerNoticeListener } from './listeners/ownerNotice'
import { testimonialsSections } from './sections'
import { seedTestimonialsDemo } from './seed/demo'
import { summaryJobs } from './summaries/jobs'
import { invitationSampleData } from './templates/invitationSampleData'
import { testimonialsSampleData } from './templates/sampleData'
import type { TestimonialsPluginOptions } from './types'
import { widgetPanelField } from './widget/admin/widgetField'
import { widgetEndpoints } from './widget/endpoint'
import { dropWidgetAfterSiteChange, dropWidgetAfterSiteDelete, dropWidgetAfterTestimonialChange, dropWidgetAfterTestimonialDelete } from './widget/hooks'
import { TESTIMONIAL_EMAILS } from './emails/customizableEmails'

export type { TestimonialsPluginOptions } from './types'

const PENDING_NOTICE = '/plugins/testimonials/admin/PendingNotice#PendingNotice'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', ({ invitations = {} }) => {
  const settings = () => invitationSettings(invitations)
  return {
    collections: [
      {
        ...Testimonials,
        // Above the list: how many wait, with a button to the moderation view (as on the dashboard).
        admin: { ...Testimonials.admin, components: { ...Testimonials.admin?.components, beforeList: [PENDING_NOTICE] } },
        hooks: {
          ...Testimonials.hooks,
          // The platform's own stamps (moderatedAt, repliedAt) and the import's source; see hooks/.
          beforeChange: [...(Testimonials.hooks?.beforeChange ?? []), sourceFromContext, stampModeration],
          // Approvals change → the site's summary is recomputed shortly after (debounced, summaries/debounce.ts).
          // A change to an approved testimonial drops its site's cached widget answers (widget/hooks.ts).
          afterChange: [...(Testimonials.hooks?.afterChange ?? []), scheduleSummaryAfterChange, dropWidgetAfterTestimonialChange],
          afterDelete: [...(Testimonials.hooks?.afterDelete ?? []), scheduleSummaryAfterDelete, dropWidgetAfterTestimonialDelete],
        },
        // The owner's moderation (POST /api/testimonials/moderate) and CSV import (POST /api/testimonials/import?site=).
        endpoints: [...(Testimonials.endpoints || []), moderateEndpoint, importCsvEndpoint],
      },
      Summaries,
      Requests,
      OptOuts,
    ],
    // The owner's switch for invitations after sessions (on by default), and the widget's embed codes and preview
    // (widget/admin/WidgetPanel.tsx) on the site's form.
    collectionFields: { sites: [inviteClientsField, widgetPanelField] },
    // A renamed, re-published, unpublished or deleted site drops its cached widget answers.
    collectionHooks: { sites: { afterChange: [dropWidgetAfterSiteChange], afterDelete: [dropWidgetAfterSiteDelete] } },
    endpoints: [
      // The visitor side: the approved list with the summary, the form, and the author's address-confirmation link.
      listPublicEndpoint,
      submitEndpoint,
      verifyEndpoint,
      // The invitation's page, its submission and the client's opt-out.
      ...invitationEndpoints,
      // The embeddable widget for other websites: iframe page, JSON for the script embed, and the loader script.
      ...widgetEndpoints,
    ],
    listeners: [
      // Every new testimonial (form, invitation) tells the site's owner: a notification and an email.
      ownerNoticeListener,
      // Invitations after attended sessions: the booking plugin's event (no import of its code), the email when due.
      inviteAfterSessionListener(settings),
    ],
    jobs: [
      // The debounced recompute of one site's summary, and the nightly run over every site.
      ...summaryJobs(),
      ...invitationJobs({ settings, sweepEvery: invitations.sweepEvery ?? '1 hour' }),
    ],
    emailTemplatesDir: path.join(projectRoot, 'plugins', 'testimonials', 'templates', 'emails'),
    // The client emails an owner may word their own way (their Emails screen).
    customizableEmails: [TESTIMONIAL_EMAILS],
    emailSampleData: (args) => ({ ...testimonialsSampleData(args), ...invitationSampleData(args) }),
    emailComposers: [verifyEmailComposer, invitationEmailComposer],
    // The section on public sites (the starter templates' `testimonials` sections), with the submit form.
    sections: testimonialsSections.map((section) => ({
      ...section,
      // The draft preview of a site never published: the form answers only for published sites.
      afterPublishing: { pl: 'Dodawanie opinii będzie dostępne po publikacji', en: 'Adding testimonials will be available once the site is published' },
    })),
    // Approved, pending and rejected testimonials on Anna's site.
    seed: seedTestimonialsDemo,
    // New testimonials and how many wait for moderation, on the owner's home (it replaced the dashboard notice).
    homeCards: testimonialsHomeCards,
    admin: {
      // The pending queue, approve / reject / feature / reply, one at a time or in bulk, and the CSV import.
      views: { testimonialsModeration: { Component: '/plugins/testimonials/admin/ModerationView#ModerationView', path: '/testimonials-moderation' } },
      afterNavLinks: ['/plugins/testimonials/admin/ModerationNavLink#ModerationNavLink'],
    },
    // The moderation view's texts (`testimonials:…`).
    translations: moderationTexts.translations,
  }
})
