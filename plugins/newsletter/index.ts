/**
 * The newsletter plugin: subscribers (double opt-in, per-subscriber frequency), deliveries (analytics),
 * campaigns and site updates; the visitor side (sign-up, confirmation, welcome, preferences, RFC 8058 one-click
 * unsubscribe), the public-site sign-up section, campaign sending (scheduled, rate-limited, crash-safe) and the
 * weekly / monthly digests (README "Newsletter").
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { newsletterHomeCards } from './admin/homeCards'
import { campaignTexts } from './admin/translations'
import { Analytics } from './collections/analytics'
import { Campaigns } from './collections/campaigns'
import { LinkClicks } from './collections/linkClicks'
import { trackIndividualsField } from './collections/siteSettings'
import { Subscriptions } from './collections/subscriptions'
import { Updates } from './collections/updates'
import { siteUpdateListeners } from './digests/updateListeners'
import { deleteCampaignLinkClicks } from './hooks/deleteLinkClicks'
import { subscriberEmailComposer } from './emails/composer'
import { bouncesEndpoint } from './endpoints/bounces'
import { clickRedirectEndpoint } from './endpoints/clickRedirect'
import { confirmEndpoint } from './endpoints/confirm'
import { exportSubscribersEndpoint } from './endpoints/exportSubscribers'
import { openPixelEndpoint } from './endpoints/openPixel'
import { preferencesPageEndpoint, savePreferencesEndpoint } from './endpoints/preferences'
import { subscribeEndpoint } from './endpoints/subscribe'
import { oneClickUnsubscribeEndpoint, unsubscribePageEndpoint } from './endpoints/unsubscribe'
import { newsletterSections } from './sections'
import { seedNewsletterDemo } from './seed/demo'
import { newsletterJobs } from './sending/jobs'
import { newsletterSampleData } from './templates/sampleData'
import type { NewsletterPluginOptions } from './types'
import { NEWSLETTER_EMAILS } from './emails/customizableEmails'

export type { NewsletterPluginOptions } from './types'

export const newsletterPlugin = definePlatformPlugin<NewsletterPluginOptions>('newsletter', () => ({
  collections: [
    // The subscribers' CSV export (GET /api/newsletter-subscriptions/export.csv?site=).
    { ...Subscriptions, endpoints: [...(Subscriptions.endpoints || []), exportSubscribersEndpoint] },
    Analytics,
    // A campaign's per-link click counters go with it.
    { ...Campaigns, hooks: { ...Campaigns.hooks, beforeDelete: [...(Campaigns.hooks?.beforeDelete ?? []), deleteCampaignLinkClicks] } },
    LinkClicks,
    Updates,
  ],
  // Whether the site's newsletter emails carry the open pixel and tracked links (collections/siteSettings.ts).
  collectionFields: { sites: [trackIndividualsField] },
  // Sending campaigns, starting scheduled ones, the daily digests; other plugins' events become site updates.
  jobs: newsletterJobs(),
  listeners: siteUpdateListeners(),
  endpoints: [
    subscribeEndpoint,
    confirmEndpoint,
    preferencesPageEndpoint,
    savePreferencesEndpoint,
    unsubscribePageEndpoint,
    oneClickUnsubscribeEndpoint,
    openPixelEndpoint,
    clickRedirectEndpoint,
    bouncesEndpoint,
  ],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'newsletter', 'templates', 'emails'),
  // The subscriber emails an owner may word their own way (their Emails screen).
  customizableEmails: [NEWSLETTER_EMAILS],
  emailSampleData: newsletterSampleData,
  emailComposers: [subscriberEmailComposer],
  // The sign-up form on public sites (the starter templates' `newsletter` sections).
  sections: newsletterSections.map((section) => ({
    ...section,
    // The draft preview of a site never published: the sign-up answers only for published sites.
    afterPublishing: { pl: 'Zapisy do newslettera będą dostępne po publikacji', en: 'Newsletter sign-up will be available once the site is published' },
  })),
  // Subscribers and a draft campaign on Anna's site (its starter template has the sign-up section).
  seed: seedNewsletterDemo,
  // Confirmed subscribers and the newest sign-ups on the owner's home.
  homeCards: newsletterHomeCards,
  admin: {
    // Subscribers over time, opens and clicks, per-campaign rates and links, and the CSV export.
    views: { newsletterAnalytics: { Component: '/plugins/newsletter/admin/AnalyticsView#AnalyticsView', path: '/newsletter-analytics' } },
    afterNavLinks: ['/plugins/newsletter/admin/AnalyticsNavLink#AnalyticsNavLink'],
  },
  // The campaign panel's texts (`newsletter:…`).
  translations: campaignTexts.translations,
}))
