import { normalizeEmail } from '../../src/platform/fields/email'
import { siteScopedCollection } from '../../src/platform/tenancy/siteScopedCollection'
import { labels, t } from '../../src/platform/i18n/labels'

/** Client: a person who books, subscribes or registers on a site; one record per email per site. */
export const Clients = siteScopedCollection({
  slug: 'clients',
  labels: labels(t('Client', 'Klient'), t('Clients', 'Klienci')),
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'firstName', 'lastName', 'site', 'createdAt'], group: t('Clients and team', 'Klienci i zespół') },
  // Erasing a client (GDPR) is for those who manage the site.
  tenancy: { write: 'hosting', delete: 'manage' },
  indexes: [{ fields: ['site', 'email'], unique: true }],
  fields: [
    { name: 'email', type: 'email', required: true, label: t('Email', 'E-mail'), hooks: { beforeValidate: [normalizeEmail] } },
    { name: 'firstName', type: 'text', maxLength: 100, label: t('First name', 'Imię') },
    { name: 'lastName', type: 'text', maxLength: 100, label: t('Last name', 'Nazwisko') },
    { name: 'phone', type: 'text', maxLength: 32, label: t('Phone', 'Telefon') },
  ],
})
