import { labels, nobody, siteScopedCollection, t } from '@platform'
import { GROUP, UPDATES } from '../slugs'

/**
 * "New on the site": things other plugins announced through platform events (a workshop published, a review
 * approved), kept for the weekly and monthly digests (digests/updateListeners.ts). Written by the platform
 * only; the site's team reads them, editors may delete one to leave it out of the next digest.
 */
export const Updates = siteScopedCollection({
  slug: UPDATES,
  labels: labels(t('Site update', 'Nowość na stronie'), t('Site updates', 'Nowości na stronie')),
  admin: { useAsTitle: 'titlePl', defaultColumns: ['titlePl', 'kind', 'at'], group: GROUP },
  defaultSort: '-at',
  tenancy: { read: 'audience', write: 'content' },
  // Made by the platform from events; nobody creates or edits them over the API.
  access: { create: nobody, update: nobody },
  indexes: [{ fields: ['site', 'at'] }],
  fields: [
    { name: 'kind', type: 'text', required: true, maxLength: 100, label: t('Event', 'Zdarzenie'), admin: { readOnly: true } },
    { name: 'titlePl', type: 'text', required: true, maxLength: 300, label: t('Title (Polish)', 'Tytuł (po polsku)'), admin: { readOnly: true } },
    { name: 'titleEn', type: 'text', maxLength: 300, label: t('Title (English)', 'Tytuł (po angielsku)'), admin: { readOnly: true } },
    { name: 'url', type: 'text', maxLength: 2000, label: t('Address', 'Adres'), admin: { readOnly: true } },
    { name: 'at', type: 'date', required: true, index: true, label: t('When', 'Kiedy'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
})
