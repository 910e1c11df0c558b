import type { Field } from 'payload'

import { labels, siteScopedCollection, t } from '@platform'
import { BIG_EVENTS, CANCEL_REASONS, GROUP, REGISTRATION_STATUSES, REGISTRATIONS } from '../slugs'
import { DAY_AND_TIME, secret, systemOnly } from './access'

const STATUS_LABELS = {
  pending_payment: t('Waiting for payment', 'Oczekujący na płatność'),
  confirmed: t('Confirmed', 'Potwierdzony'),
  waitlisted: t('On the waiting list', 'Wpisany na listę rezerwową'),
  cancelled: t('Cancelled', 'Anulowany'),
  refunded: t('Refunded', 'Anulowany ze zwrotem opłaty'),
} as const

const REASON_LABELS = {
  visitor: t('By the attendee', 'Przez uczestnika'),
  owner: t('By the organiser', 'Przez organizatora'),
  'hold-expired': t('Not paid in time', 'Nieopłacenie na czas'),
  'offer-expired': t('Offered seat not taken', 'Nieprzyjęcie miejsca z listy rezerwowej'),
  'event-cancelled': t('The event was cancelled', 'Odwołanie wydarzenia'),
} as const

const stamp = (name: string, en: string, pl: string, hidden = false): Field => ({
  name,
  type: 'date',
  label: t(en, pl),
  access: systemOnly,
  admin: { readOnly: true, hidden, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: DAY_AND_TIME } },
})

/**
 * One person's registration for a big event (not in the seed; what selling seats needs). Written by the
 * platform only: the public registration and cancel endpoints, `payment.completed`, the hold-expiry job, the
 * owner's attendee actions (check-in, cancel) through the plugin's endpoints. Whoever manages the site's content
 * reads them (an attendee list holds clients' addresses and answers: not for hosts or viewers), staff for audit.
 * The manage link's token is stored as its hash with the seed the email job makes it again from.
 */
export const Registrations = siteScopedCollection({
  slug: REGISTRATIONS,
  labels: labels(t('Registration', 'Zapis'), t('Registrations', 'Zapisy')),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'event', 'status', 'checkedInAt', 'createdAt'], group: GROUP },
  defaultSort: 'createdAt',
  tenancy: { read: 'content', write: 'content', delete: 'manage' },
  access: { create: () => false, update: () => false },
  indexes: [{ fields: ['event', 'status'] }, { fields: ['status', 'holdExpiresAt'] }, { fields: ['event', 'email'] }],
  fields: [
    { name: 'event', type: 'relationship', relationTo: BIG_EVENTS, required: true, index: true, label: t('Event', 'Wydarzenie'), admin: { readOnly: true } },
    { name: 'client', type: 'relationship', relationTo: 'clients', required: true, index: true, label: t('Client', 'Klient'), admin: { readOnly: true } },
    { name: 'name', type: 'text', required: true, maxLength: 200, label: t('Name', 'Imię i nazwisko'), admin: { readOnly: true } },
    { name: 'email', type: 'email', required: true, label: t('Email', 'E-mail'), admin: { readOnly: true } },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'pl',
      options: [
        { value: 'pl', label: t('Polish', 'Polski') },
        { value: 'en', label: t('English', 'Angielski') },
      ],
      label: t('Language of emails', 'Język wiadomości'),
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: REGISTRATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: t('Status', 'Status'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'cancelReason',
      type: 'select',
      options: CANCEL_REASONS.map((value) => ({ value, label: REASON_LABELS[value] })),
      label: t('Why cancelled', 'Powód anulowania'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.cancelReason) },
    },
    {
      name: 'amount',
      type: 'number',
      min: 0,
      label: t('Price paid (grosze)', 'Zapłacona cena (grosze)'),
      admin: {
        readOnly: true,
        description: t('Set by the server from the event’s price when registering.', 'Ustalana przez serwer z ceny wydarzenia przy zapisie.'),
      },
    },
    { name: 'paymentId', type: 'number', index: true, label: t('Payment', 'Płatność'), admin: { readOnly: true } },
    stamp('holdExpiresAt', 'Seat held until', 'Miejsce zarezerwowane do'),
    stamp('offerExpiresAt', 'Offer open until', 'Oferta ważna do'),
    { name: 'answers', type: 'json', label: t('Answers', 'Odpowiedzi'), admin: { readOnly: true } },
    stamp('checkedInAt', 'Checked in', 'Obecność potwierdzona'),
    stamp('confirmedAt', 'Confirmed', 'Potwierdzono'),
    stamp('cancelledAt', 'Cancelled', 'Anulowano'),
    stamp('refundedAt', 'Refunded', 'Zwrócono'),
    stamp('reminderSentAt', 'Reminder sent', 'Przypomnienie wysłane', true),
    { name: 'token', type: 'text', unique: true, access: secret, admin: { hidden: true } },
    { name: 'tokenSeed', type: 'text', access: secret, admin: { hidden: true } },
  ],
})
