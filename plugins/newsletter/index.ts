/**
 * The newsletter plugin: subscribers (double opt-in, per-subscriber frequency), deliveries (analytics),
 * campaigns and site updates; the visitor side (sign-up, confirmation, welcome, preferences, RFC 8058 one-click
 * unsubscribe), the public-site sign-up section, campaign sending (scheduled, rate-limited, crash-safe) and the
 * weekly / monthly digests (README "Newsletter").
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { campaignTexts } from './admin/translations'
import { Analytics } from './collections/analytics'
import { Campaigns } from './collections/campaigns'
import { trackIndividualsField } from './collections/siteSettings'
import { Subscriptions } from './collections/subscriptions'
import { Updates } from './collections/updates'
import { siteUpdateListeners } from './digests/updateListeners'
import { subscriberEmailComposer } from './emails/composer'
import { confirmEndpoint } from './endpoints/confirm'
import { preferencesPageEndpoint, savePreferencesEndpoint } from './endpoints/preferences'
import { subscribeEndpoint } from './endpoints/subscribe'
import { oneClickUnsubscribeEndpoint, unsubscribePageEndpoint } from './endpoints/unsubscribe'
import { newsletterSections } from './sections'
import { seedNewsletterDemo } from './seed/demo'
import { newsletterJobs } from './sending/jobs'
import { newsletterSampleData } from './templates/sampleData'
import type { NewsletterPluginOptions } from './types'

export type { NewsletterPluginOptions } from './types'

export const newsletterPlugin = definePlatformPlugin<NewsletterPluginOptions>('newsletter', () => ({
  collections: [Subscriptions, Analytics, Campaigns, Updates],
  // Whether the site's newsletter emails carry the open pixel and tracked links (collections/siteSettings.ts).
  collectionFields: { sites: [trackIndividualsField] },
  // Sending campaigns, starting scheduled ones, the daily digests; other plugins' events become site updates.
  jobs: newsletterJobs(),
  listeners: siteUpdateListeners(),
  endpoints: [subscribeEndpoint, confirmEndpoint, preferencesPageEndpoint, savePreferencesEndpoint, unsubscribePageEndpoint, oneClickUnsubscribeEndpoint],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'newsletter', 'templates', 'emails'),
  emailSampleData: newsletterSampleData,
  emailComposers: [subscriberEmailComposer],
  // The sign-up form on public sites (the starter templates' `newsletter` sections).
  sections: newsletterSections,
  // Subscribers and a draft campaign on Anna's site (its starter template has the sign-up section).
  seed: seedNewsletterDemo,
  // The campaign panel's texts (`newsletter:…`).
  translations: campaignTexts.translations,
}))
