import type { Field } from 'payload'

import { labels, nobodyField, normalizeEmail, siteScopedCollection, t } from '@platform'
import { GROUP, REQUESTS, TESTIMONIALS } from '../slugs'

/** The token's hash and seed: nobody reads them over the API (invitations/tokens.ts). */
const secret = { read: nobodyField }

const stamp = (name: string, en: string, pl: string): Field => ({
  name,
  type: 'date',
  label: t(en, pl),
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})

/** Where an invitation stands: waiting for its time, emailed, answered with a testimonial, or not sent. */
export const REQUEST_STATUSES = ['scheduled', 'sent', 'completed', 'cancelled'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/**
 * One invitation to give a testimonial: a client of an attended session (`booking.session-attended`), asked once
 * `sendAt` comes (invitations/). Written by the platform only; owners, admins and editors read them (who was
 * asked, when, and what came of it). The link's token is stored as its hash with the seed the email job makes
 * it again from, never the token. Unique per (site, session, address): one invitation per client and session.
 */
export const Requests = siteScopedCollection({
  slug: REQUESTS,
  labels: labels(t('Testimonial invitation', 'Prośba o opinię'), t('Testimonial invitations', 'Prośby o opinię')),
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'hostName', 'sessionTitle', 'status', 'sendAt'], group: GROUP },
  defaultSort: '-sendAt',
  // Who moderates testimonials sees who was asked; nobody writes over the API (the listener, the job and the link do).
  tenancy: { read: 'content', write: 'content', delete: 'manage' },
  access: { create: () => false, update: () => false },
  indexes: [{ fields: ['site', 'sessionId', 'email'], unique: true }, { fields: ['site', 'hostKey', 'email'] }, { fields: ['status', 'sendAt'] }],
  fields: [
    { name: 'email', type: 'email', required: true, label: t('Client’s email', 'E-mail klienta'), hooks: { beforeValidate: [normalizeEmail] } },
    { name: 'name', type: 'text', maxLength: 200, label: t('Client’s name', 'Imię i nazwisko klienta') },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'pl',
      label: t('Language', 'Język'),
      options: [
        { value: 'pl', label: t('Polish', 'Polski') },
        { value: 'en', label: t('English', 'Angielski') },
      ],
    },
    // `team-member:<id>` or `user:<id>`, from the event: a client is asked about one host once per interval.
    { name: 'hostKey', type: 'text', required: true, maxLength: 100, admin: { hidden: true } },
    { name: 'hostName', type: 'text', maxLength: 200, label: t('Host', 'Prowadzący') },
    // The attended session's id in the booking plugin (no relationship: this plugin never reads booking's collections).
    { name: 'sessionId', type: 'text', required: true, maxLength: 100, admin: { hidden: true } },
    { name: 'sessionTitle', type: 'text', maxLength: 200, label: t('Session', 'Sesja') },
    stamp('sessionEndedAt', 'Session ended', 'Koniec sesji'),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      index: true,
      label: t('Status', 'Status'),
      options: [
        { value: REQUEST_STATUSES[0], label: t('Waiting to be sent', 'Oczekująca na wysłanie') },
        { value: REQUEST_STATUSES[1], label: t('Sent', 'Wysłana') },
        { value: REQUEST_STATUSES[2], label: t('Testimonial received', 'Zakończona opinią') },
        { value: REQUEST_STATUSES[3], label: t('Not sent', 'Niewysłana') },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'cancelReason',
      type: 'select',
      label: t('Why not sent', 'Powód niewysłania'),
      options: [
        { value: 'opted-out', label: t('The client asked not to be asked', 'Klient poprosił, by go nie pytać') },
        { value: 'switched-off', label: t('Invitations are off for the site', 'Prośby o opinię są wyłączone dla strony') },
      ],
      admin: { position: 'sidebar', condition: (data) => data?.status === 'cancelled' },
    },
    stamp('sendAt', 'To be sent', 'Termin wysłania'),
    stamp('sentAt', 'Sent', 'Wysłano'),
    stamp('expiresAt', 'Link expires', 'Link wygasa'),
    stamp('usedAt', 'Answered', 'Odpowiedziano'),
    { name: 'testimonial', type: 'relationship', relationTo: TESTIMONIALS, label: t('Testimonial', 'Opinia'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'token', type: 'text', unique: true, access: secret, admin: { hidden: true } },
    { name: 'tokenSeed', type: 'text', access: secret, admin: { hidden: true } },
  ],
})
