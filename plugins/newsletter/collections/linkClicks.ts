import { labels, nobody, nobodyField, siteScopedCollection, t } from '@platform'
import { CAMPAIGNS, GROUP, LINK_CLICKS } from '../slugs'

/** The longest link address counted (and redirected to); longer ones are refused by the click redirect. */
export const LINK_URL_MAX_LENGTH = 2048

/**
 * How many times one link of one campaign was clicked, in total: anonymous (no subscriber, no delivery), so it
 * stays when subscribers are deleted (GDPR) and is kept also on sites that track no individuals. Written only by
 * the click redirect, under the campaign's lock (lib/lockKeys.ts), so parallel clicks count exactly.
 */
export const LinkClicks = siteScopedCollection({
  slug: LINK_CLICKS,
  labels: labels(t('Link clicks', 'Kliknięcia linku'), t('Link clicks', 'Kliknięcia linków')),
  admin: { useAsTitle: 'url', defaultColumns: ['campaign', 'url', 'count'], group: GROUP, hidden: true },
  defaultSort: '-count',
  tenancy: { read: 'audience', write: 'content' },
  // Counted by the platform only.
  access: { create: nobody, update: nobody },
  indexes: [{ fields: ['campaign', 'url'], unique: true }],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: CAMPAIGNS, required: true, index: true, label: t('Campaign', 'Kampania') },
    { name: 'url', type: 'text', required: true, maxLength: LINK_URL_MAX_LENGTH, label: t('Link', 'Link'), access: { update: nobodyField } },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0, label: t('Clicks', 'Kliknięcia'), access: { update: nobodyField } },
  ],
})
