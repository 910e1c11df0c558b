import type { CollectionConfig } from 'payload'

import { enforceSiteAssignment, siteScoped, siteScopedCreate } from '../../src/platform/access'
import { normalizeEmail } from '../../src/platform/fields/email'
import { siteField } from '../../src/platform/fields/siteField'
import { labels, t } from '../../src/platform/i18n/labels'

/** Client: a person who books, subscribes or registers on a site; one record per email per site. */
export const Clients: CollectionConfig = {
  slug: 'clients',
  labels: labels(t('Client', 'Klient'), t('Clients', 'Klienci')),
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'firstName', 'lastName', 'site', 'createdAt'], group: t('Clients', 'Klienci') },
  access: {
    read: siteScoped({ group: 'read', staffMayRead: true }),
    create: siteScopedCreate({ group: 'hosting' }),
    update: siteScoped({ group: 'hosting' }),
    // Erasing a client (GDPR) is for those who manage the site.
    delete: siteScoped({ group: 'manage' }),
  },
  hooks: { beforeChange: [enforceSiteAssignment({ group: 'hosting' })] },
  indexes: [{ fields: ['site', 'email'], unique: true }],
  fields: [
    siteField(),
    { name: 'email', type: 'email', required: true, label: t('Email', 'E-mail'), hooks: { beforeValidate: [normalizeEmail] } },
    { name: 'firstName', type: 'text', maxLength: 100, label: t('First name', 'Imię') },
    { name: 'lastName', type: 'text', maxLength: 100, label: t('Last name', 'Nazwisko') },
    { name: 'phone', type: 'text', maxLength: 32, label: t('Phone', 'Telefon') },
  ],
}
