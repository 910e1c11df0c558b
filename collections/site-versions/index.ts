import type { CollectionConfig } from 'payload'

import { randomUUID } from 'node:crypto'

import { enforceSiteAssignment, nobody, nobodyField, shownToStaff, siteScoped, siteScopedCreate } from '../../src/platform/access'
import { siteField } from '../../src/platform/fields/siteField'
import { labels, t } from '../../src/platform/i18n/labels'
import { assignVersionNumber } from './hooks/assignVersionNumber'

/** SiteVersion: an immutable snapshot of a site's configuration (uuid ids, as in the data model). */
export const SiteVersions: CollectionConfig = {
  slug: 'site-versions',
  labels: labels(t('Site version', 'Wersja strony'), t('Site versions', 'Wersje stron')),
  admin: {
    useAsTitle: 'versionNumber',
    defaultColumns: ['site', 'versionNumber', 'createdBy', 'createdAt'],
    group: t('Website', 'Witryna'),
    // Owners and their team see versions in the site's panel (list, compare, restore); the raw rows are staff's.
    hidden: shownToStaff(),
  },
  access: {
    read: siteScoped({ group: 'read', staffMayRead: true }),
    create: siteScopedCreate({ group: 'content' }),
    // History is never rewritten.
    update: nobody,
    delete: siteScoped({ group: 'manage' }),
  },
  hooks: {
    beforeValidate: [assignVersionNumber],
    beforeChange: [enforceSiteAssignment({ group: 'content' })],
  },
  indexes: [{ fields: ['site', 'versionNumber'], unique: true }],
  fields: [
    {
      name: 'id',
      type: 'text',
      defaultValue: () => randomUUID(),
      admin: { hidden: true },
      access: { create: nobodyField, update: nobodyField },
    },
    siteField(),
    {
      name: 'versionNumber',
      type: 'number',
      // Always assigned by assignVersionNumber; not required of callers.
      min: 1,
      label: t('Version', 'Wersja'),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
    { name: 'configSnapshot', type: 'json', required: true, label: t('Configuration snapshot', 'Migawka konfiguracji') },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: t('Created by', 'Utworzona przez'),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'note', type: 'text', maxLength: 200, label: t('Note', 'Notatka') },
    {
      // Set by restoring (POST /api/sites/:id/restore): the admin says "Restored from version N" in the reader's language.
      name: 'restoredFrom',
      type: 'number',
      min: 1,
      label: t('Restored from version', 'Przywrócona z wersji'),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
