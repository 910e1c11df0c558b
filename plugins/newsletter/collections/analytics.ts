import { labels, nobody, nobodyField, siteScopedCollection, t } from '@platform'
import { ANALYTICS, CAMPAIGNS, GROUP, SUBSCRIPTIONS } from '../slugs'

const shown = { create: nobodyField, update: nobodyField }

/**
 * One email sent to one subscriber (a campaign, or a digest) and what they did with it: the first open and the
 * first click. Written by the platform only (sending and tracking); the site's team reads it, editors may
 * delete it, and it goes with its subscriber (hooks/deleteAnalytics.ts). The tracking token is stored as its
 * SHA-256 hash, unique.
 */
export const Analytics = siteScopedCollection({
  slug: ANALYTICS,
  labels: labels(t('Delivery', 'Wysyłka'), t('Deliveries', 'Wysyłki')),
  admin: { defaultColumns: ['subscription', 'campaign', 'sentAt', 'openedAt', 'clickedAt'], group: GROUP },
  defaultSort: '-sentAt',
  tenancy: { read: 'audience', write: 'content' },
  // Nobody creates or edits delivery records over the API: they record what the platform sent and saw.
  access: { create: nobody, update: nobody },
  indexes: [{ fields: ['campaign', 'subscription'] }],
  fields: [
    { name: 'subscription', type: 'relationship', relationTo: SUBSCRIPTIONS, required: true, index: true, label: t('Subscriber', 'Subskrybent') },
    { name: 'campaign', type: 'relationship', relationTo: CAMPAIGNS, index: true, label: t('Campaign', 'Kampania') },
    { name: 'sentAt', type: 'date', label: t('Sent', 'Wysłano'), access: shown, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'openedAt', type: 'date', label: t('Opened', 'Otwarto'), access: shown, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'clickedAt', type: 'date', label: t('Clicked', 'Kliknięto'), access: shown, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'trackingToken',
      type: 'text',
      unique: true,
      // SHA-256 of the recipient's tracking token, never the token.
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
})
