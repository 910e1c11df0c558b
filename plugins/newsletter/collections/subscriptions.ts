import type { Field } from 'payload'

import { labels, lockedField, nobodyField, normalizeEmail, siteScopedCollection, t } from '@platform'
import { deleteSubscriberAnalytics } from '../hooks/deleteAnalytics'
import { enforceSubscriberLimit } from '../hooks/enforceSubscriberLimit'
import { keepUnsubscribed } from '../hooks/keepUnsubscribed'
import { issueTokensOnCreate, sendConfirmationOnAdminCreate } from '../hooks/issueTokens'
import { FREQUENCIES, GROUP, SUBSCRIPTIONS } from '../slugs'

/** Kept by the platform only (confirmation, sending, tracking): shown, never written over the API. */
const systemOnly = { create: nobodyField, update: nobodyField }
/** Token hashes and seeds: nobody reads or writes them over the API. */
const secret = { read: nobodyField, create: nobodyField, update: nobodyField }

const counter = (name: string, en: string, pl: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  min: 0,
  label: t(en, pl),
  access: systemOnly,
  admin: { readOnly: true, position: 'sidebar' },
})

const stamp = (name: string, en: string, pl: string): Field => ({
  name,
  type: 'date',
  label: t(en, pl),
  access: systemOnly,
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})

const hidden = (name: string, unique = false): Field => ({ name, type: 'text', ...(unique ? { unique: true } : {}), access: secret, admin: { hidden: true } })

/**
 * A newsletter subscriber of one site (double opt-in). The address is unique per site (a database index over
 * (site, email), addresses stored lower-case). Tokens are stored as SHA-256 hashes with the seed the server
 * re-creates them from (lib/tokens.ts), never the tokens. Confirmation happens only through the emailed link:
 * `isConfirmed` and the counters are the platform's. Deleting a subscriber deletes their analytics (GDPR).
 */
export const Subscriptions = siteScopedCollection({
  slug: SUBSCRIPTIONS,
  labels: labels(t('Subscriber', 'Subskrybent'), t('Subscribers', 'Subskrybenci')),
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'frequency', 'isConfirmed', 'isActive', 'subscribedAt'], group: GROUP },
  defaultSort: '-subscribedAt',
  // Editors manage the newsletter (DESIGN "Who may do what"); viewers read; hosts (their own bookings only) do not; staff read for audit.
  tenancy: { read: 'audience', write: 'content' },
  indexes: [{ fields: ['site', 'email'], unique: true }],
  hooks: {
    beforeChange: [issueTokensOnCreate, keepUnsubscribed, enforceSubscriberLimit],
    afterChange: [sendConfirmationOnAdminCreate],
    beforeDelete: [deleteSubscriberAnalytics],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      label: t('Email', 'E-mail'),
      hooks: { beforeValidate: [normalizeEmail] },
      // A new address needs its own consent: an address is never changed, a new subscriber is added instead.
      access: { update: lockedField('email') },
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'each',
      label: t('Frequency', 'Częstotliwość'),
      options: [
        { value: FREQUENCIES[0], label: t('Every issue', 'Każde wydanie') },
        { value: FREQUENCIES[1], label: t('Weekly digest', 'Cotygodniowe podsumowanie') },
        { value: FREQUENCIES[2], label: t('Monthly digest', 'Comiesięczne podsumowanie') },
      ],
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'pl',
      label: t('Language of emails', 'Język wiadomości'),
      options: [
        { value: 'pl', label: t('Polish', 'Polski') },
        { value: 'en', label: t('English', 'Angielski') },
      ],
    },
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: t('Active (receives the newsletter once confirmed)', 'Aktywny (po potwierdzeniu otrzymuje newsletter)'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'isConfirmed',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t('Confirmed by the subscriber', 'Potwierdzony przez subskrybenta'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    stamp('subscribedAt', 'Subscribed', 'Zapisano'),
    stamp('confirmedAt', 'Confirmed', 'Potwierdzono'),
    stamp('unsubscribedAt', 'Unsubscribed', 'Wypisano'),
    stamp('lastSentAt', 'Last email sent', 'Ostatnia wysyłka'),
    counter('emailsSent', 'Emails sent', 'Wysłane wiadomości'),
    counter('emailsOpened', 'Emails opened', 'Otwarte wiadomości'),
    counter('emailsClicked', 'Emails clicked', 'Kliknięte wiadomości'),
    // Bounces: a permanent SMTP refusal (5xx on the recipient) deactivates the subscriber and is dated here;
    // temporary ones are counted (sending, and the bounce webhook).
    stamp('hardBouncedAt', 'Address rejected (hard bounce)', 'Adres odrzucony (twarde odbicie)'),
    counter('softBounceCount', 'Temporary delivery failures', 'Tymczasowe błędy doręczenia'),
    // When the current confirmation link was issued: it works for 7 days from then (lib/tokens.ts).
    {
      name: 'confirmationSentAt',
      type: 'date',
      index: true,
      label: t('Confirmation sent', 'Wysłano prośbę o potwierdzenie'),
      access: systemOnly,
      admin: { hidden: true },
    },
    hidden('confirmationToken', true),
    hidden('confirmationTokenSeed'),
    hidden('unsubscribeToken', true),
    hidden('unsubscribeTokenSeed'),
  ],
})
