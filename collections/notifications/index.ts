import type { CollectionConfig } from 'payload'

import { lockedField, nobody, nobodyField, ownRecords, shownToStaff, staffOrOwnRecords } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { validationMessage } from '../../src/platform/i18n/requestLocale'
import { markReadEndpoint } from '../../src/platform/notifications/markRead'

const locked = { create: nobodyField, update: nobodyField }
/** Whose notification it is and which site it is about: changing either over the API is a 403, not a silent no-op. */
const lockedOwnership = (name: string) => ({ create: nobodyField, update: lockedField(name) })

/**
 * Notification: an in-app message to one user. The platform and plugins create
 * them (trusted calls, `notify()` in src/platform/notifications); a user reads,
 * marks as read (`POST /api/notifications/mark-read`) and deletes their own.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: labels(t('Notification', 'Powiadomienie'), t('Notifications', 'Powiadomienia')),
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'notificationType', 'isRead', 'createdAt'],
    group: t('Platform', 'Platforma'),
    hidden: shownToStaff(),
  },
  access: {
    read: staffOrOwnRecords('user'),
    create: nobody,
    update: ownRecords('user'),
    delete: ownRecords('user'),
  },
  endpoints: [markReadEndpoint],
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: t('Recipient', 'Odbiorca'),
      access: lockedOwnership('user'),
    },
    { name: 'message', type: 'textarea', required: true, maxLength: 2000, label: t('Message', 'Treść'), access: locked },
    {
      name: 'notificationType',
      type: 'text',
      required: true,
      maxLength: 64,
      index: true,
      label: t('Type', 'Rodzaj'),
      access: locked,
      validate: (value: unknown, { req }: { req?: unknown }) =>
        typeof value === 'string' && /^[a-z][a-zA-Z0-9_.-]*$/.test(value)
          ? true
          : validationMessage(
              req,
              t(
                'Give the type as lower-case words joined by dots, e.g. site.created.',
                'Podaj rodzaj jako słowa małymi literami rozdzielone kropkami, np. site.created.',
              ),
            ),
    },
    { name: 'isRead', type: 'checkbox', defaultValue: false, index: true, label: t('Read', 'Przeczytane') },
    { name: 'link', type: 'text', maxLength: 500, label: t('Link', 'Odnośnik'), access: locked },
    { name: 'site', type: 'relationship', relationTo: 'sites', label: t('Site', 'Strona'), access: lockedOwnership('site') },
  ],
}
