import { labels, nobody, nobodyField, shownToStaff, siteScopedCollection, t } from '@platform'
import { ANALYTICS, CAMPAIGNS, GROUP, SUBSCRIPTIONS } from '../slugs'

const shown = { create: nobodyField, update: nobodyField }

/**
 * One email sent to one subscriber (a campaign, or a digest) and what they did with it: the first open and the
 * first click. Written by the platform only (sending and tracking); the site's team reads it, editors may
 * delete it, and it goes with its subscriber (hooks/deleteAnalytics.ts). The tracking token is stored as its
 * SHA-256 hash, unique, with the seed it is re-made from (lib/tokens.ts's seeded tokens).
 *
 * The record is the send's claim (sending/claim.ts): it is created before the SMTP conversation (`claimedAt`),
 * once per (campaign, subscription) by a unique index, and marked `sentAt` after the server accepted the
 * message; a digest once per (subscription, `digestKey`).
 */
export const Analytics = siteScopedCollection({
  slug: ANALYTICS,
  labels: labels(t('Delivery', 'Wysyłka'), t('Deliveries', 'Wysyłki')),
  admin: { defaultColumns: ['subscription', 'campaign', 'sentAt', 'openedAt', 'clickedAt'], group: GROUP, hidden: shownToStaff() },
  defaultSort: '-sentAt',
  tenancy: { read: 'audience', write: 'content' },
  // Nobody creates or edits delivery records over the API: they record what the platform sent and saw.
  access: { create: nobody, update: nobody },
  indexes: [
    { fields: ['campaign', 'subscription'], unique: true },
    { fields: ['subscription', 'digestKey'], unique: true },
  ],
  fields: [
    { name: 'subscription', type: 'relationship', relationTo: SUBSCRIPTIONS, required: true, index: true, label: t('Subscriber', 'Subskrybent') },
    { name: 'campaign', type: 'relationship', relationTo: CAMPAIGNS, index: true, label: t('Campaign', 'Kampania') },
    { name: 'sentAt', type: 'date', label: t('Sent', 'Wysłano'), access: shown, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'openedAt', type: 'date', label: t('Opened', 'Otwarto'), access: shown, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'clickedAt', type: 'date', label: t('Clicked', 'Kliknięto'), access: shown, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'campaign',
      label: t('Kind', 'Rodzaj'),
      options: [
        { value: 'campaign', label: t('Campaign', 'Kampania') },
        { value: 'digest', label: t('Digest', 'Podsumowanie') },
      ],
      access: shown,
      admin: { readOnly: true },
    },
    {
      name: 'digestPeriod',
      type: 'select',
      label: t('Digest period', 'Okres podsumowania'),
      options: [
        { value: 'weekly', label: t('Weekly', 'Tygodniowe') },
        { value: 'monthly', label: t('Monthly', 'Miesięczne') },
      ],
      access: shown,
      admin: { readOnly: true, condition: (data) => data?.kind === 'digest' },
    },
    // weekly:<date> / monthly:<yyyy-mm>: one digest per subscriber and period (the unique index above).
    { name: 'digestKey', type: 'text', access: shown, admin: { hidden: true } },
    // Claimed for sending (before SMTP); `attempts` counts the SMTP conversations begun for it.
    { name: 'claimedAt', type: 'date', index: true, access: shown, admin: { hidden: true } },
    { name: 'attempts', type: 'number', defaultValue: 0, access: shown, admin: { hidden: true } },
    {
      name: 'failedAt',
      type: 'date',
      label: t('Failed', 'Nieudana'),
      access: shown,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.failedAt) },
    },
    { name: 'failure', type: 'text', label: t('Reason', 'Powód'), access: shown, admin: { readOnly: true, condition: (data) => Boolean(data?.failure) } },
    {
      name: 'trackingSeed',
      type: 'text',
      // The seed the sending re-makes the tracking token from (with the server secret); never read over the API.
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
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
