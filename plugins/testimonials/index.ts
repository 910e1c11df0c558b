/**
 * The testimonials plugin: testimonials from the public form, from invitations after attended sessions and from
 * imports; moderation; per-site summaries; the public section and the embeddable widget (README "Testimonials").
 */
import './events'

import { definePlatformPlugin } from '@platform'
import { inviteClientsField } from './collections/invitationSetting'
import { OptOuts } from './collections/optOuts'
import { Requests } from './collections/requests'
import { Summaries } from './collections/summaries'
import { Testimonials } from './collections/testimonials'
import type { TestimonialsPluginOptions } from './types'

export type { TestimonialsPluginOptions } from './types'

export const testimonialsPlugin = definePlatformPlugin<TestimonialsPluginOptions>('testimonials', () => ({
  collections: [Testimonials, Summaries, Requests, OptOuts],
  // The owner's switch for invitations after sessions (on by default).
  collectionFields: { sites: [inviteClientsField] },
}))
