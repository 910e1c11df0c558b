import { t } from '@platform'

/** Collection slugs of the newsletter plugin. */
export const SUBSCRIPTIONS = 'newsletter-subscriptions'
export const ANALYTICS = 'newsletter-analytics'
export const CAMPAIGNS = 'newsletter-campaigns'
export const LINK_CLICKS = 'newsletter-link-clicks'
export const UPDATES = 'newsletter-updates'

/** The plugin's collections sit together in the admin's navigation. */
export const GROUP = t('Newsletter', 'Newsletter')

/** How often a subscriber wants mail: every campaign, or a weekly / monthly digest. */
export const FREQUENCIES = ['each', 'weekly', 'monthly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'sent'] as const
