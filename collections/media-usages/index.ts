import type { CollectionConfig } from 'payload'

import { nobody, shownToStaff, siteScoped } from '../../src/platform/access'
import { siteField } from '../../src/platform/fields/siteField'
import { labels, t } from '../../src/platform/i18n/labels'

/**
 * MediaUsage: which site uses which asset, and where. Kept by the platform
 * (src/platform/media/syncMediaUsages.ts) from each site's configuration;
 * nobody writes it through the API, the site's members read it.
 */
export const MediaUsages: CollectionConfig = {
  slug: 'media-usages',
  labels: labels(t('Media usage', 'Użycie pliku'), t('Media usages', 'Użycia plików')),
  admin: { defaultColumns: ['asset', 'site', 'usageType', 'createdAt'], group: t('Website', 'Witryna'), hidden: shownToStaff() },
  access: {
    read: siteScoped({ group: 'read', staffMayRead: true }),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['asset', 'site', 'usageType'], unique: true }],
  fields: [
    { name: 'asset', type: 'relationship', relationTo: 'media-assets', required: true, index: true, label: t('File', 'Plik') },
    siteField(),
    { name: 'user', type: 'relationship', relationTo: 'users', label: t('Changed by', 'Zmienione przez') },
    {
      name: 'usageType',
      type: 'select',
      required: true,
      defaultValue: 'templateConfig',
      options: [
        { value: 'templateConfig', label: t('Site configuration (draft)', 'Konfiguracja strony (szkic)') },
        { value: 'publishedVersion', label: t('Published version', 'Opublikowana wersja') },
      ],
      label: t('Used in', 'Użyte w'),
    },
  ],
}
