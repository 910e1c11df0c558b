import { labels, shownToStaff, siteScopedCollection, t } from '@platform'
import { ANNOUNCEMENTS, BIG_EVENTS, GROUP } from '../slugs'
import { DAY_AND_TIME } from './access'

/**
 * One newsletter subscriber an event's publish announcement went to: the record that makes the announcement go
 * out exactly once, even when its job dies halfway (a rerun skips whoever has a row; the unique (event, email)
 * index stands behind it). Written by the announcement job only; content managers read it, staff audit it.
 */
export const Announcements = siteScopedCollection({
  slug: ANNOUNCEMENTS,
  labels: labels(t('Event announcement', 'Ogłoszenie wydarzenia'), t('Event announcements', 'Ogłoszenia wydarzeń')),
  // Owners see an event's announcement on the event itself (emailSent, emailSentAt); the raw rows are for staff's audit.
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'event', 'sentAt'], group: GROUP, hidden: shownToStaff() },
  defaultSort: '-createdAt',
  tenancy: { read: 'content', write: 'content', delete: 'manage' },
  access: { create: () => false, update: () => false },
  indexes: [{ fields: ['event', 'email'], unique: true }],
  fields: [
    { name: 'event', type: 'relationship', relationTo: BIG_EVENTS, required: true, index: true, label: t('Event', 'Wydarzenie'), admin: { readOnly: true } },
    { name: 'email', type: 'email', required: true, label: t('Subscriber', 'Subskrybent'), admin: { readOnly: true } },
    { name: 'subscriptionId', type: 'number', label: t('Subscription', 'Subskrypcja'), admin: { hidden: true } },
    { name: 'locale', type: 'text', maxLength: 2, admin: { hidden: true } },
    {
      name: 'sentAt',
      type: 'date',
      label: t('Sent', 'Wysłano'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: DAY_AND_TIME } },
    },
  ],
})
