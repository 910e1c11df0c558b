/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { inviteClientsField } from './collections/invitationSetting'
import { OptOuts } from './collections/optOuts'
import { Requests } from './collections/requests'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import { invitationEmailComposer } from './invitations/email'
import { invitationEndpoints } from './invitations/endpoints'
import { inviteAfterSessionListener } from './invitations/listener'
import { invitationJobs } from './invitations/send'
import { invitationSettings } from './invitations/settings'
import { invitationSampleData } from './templates/invitationSampleData'
import type { TestimonialsPluginOptions } from './types'

export type { TestimonialsPluginOptions } from './types'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', ({ invitations = {} }) => {
  const settings = () => invitationSettings(invitations)
  return {
    collections: [Testimonials, Summaries, Requests, OptOuts],
    // The owner's switch for invitations after sessions (on by default).
    collectionFields: { sites: [inviteClientsField] },
    // Invitations after attended sessions: the booking plugin's event (no import of its code), the email when due.
    listeners: [inviteAfterSessionListener(settings)],
    jobs: invitationJobs({ settings, sweepEvery: invitations.sweepEvery ?? '1 hour' }),
    endpoints: [...invitationEndpoints],
    emailTemplatesDir: path.join(projectRoot, 'plugins', 'testimonials', 'templates', 'emails'),
    emailSampleData: invitationSampleData,
    emailComposers: [invitationEmailComposer],
  }
})
