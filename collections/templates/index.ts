import type { CollectionConfig } from 'payload'

import { lockedField } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { readTemplates, stampTemplateOwner, writeTemplates } from './access/templateAccess'

/** Template: a reusable site configuration, an owner's own or a staff-published system one. */
export const Templates: CollectionConfig = {
  slug: 'templates',
  labels: labels(t('Template', 'Szablon'), t('Templates', 'Szablony')),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'isSystem', 'owner', 'createdAt'], group: t('Sites', 'Strony') },
  access: {
    read: readTemplates,
    create: ({ req }) => Boolean(req.user),
    update: writeTemplates,
    delete: writeTemplates,
  },
  hooks: { beforeValidate: [stampTemplateOwner] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: t('Name', 'Nazwa') },
    { name: 'description', type: 'textarea', maxLength: 2000, label: t('Description', 'Opis') },
    { name: 'config', type: 'json', required: true, defaultValue: {}, label: t('Configuration', 'Konfiguracja') },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: t('Owner', 'Właściciel'),
      // Set from the creator (stampTemplateOwner); handing a template to someone else is a 403.
      access: { update: lockedField('owner') },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'isSystem',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t('System template (for everyone)', 'Szablon systemowy (dla wszystkich)'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
