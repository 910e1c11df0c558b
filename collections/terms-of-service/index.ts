import type { CollectionConfig } from 'payload'

import { anyone, shownToStaff, staffOnly } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'

/** TermsOfService: versioned terms in Polish and English; anyone may read them, staff publish them. */
export const TermsOfService: CollectionConfig = {
  slug: 'terms-of-service',
  labels: labels(t('Terms of service', 'Regulamin'), t('Terms of service', 'Regulaminy')),
  admin: { useAsTitle: 'version', defaultColumns: ['version', 'effectiveDate', 'createdAt'], group: t('Platform', 'Platforma'), hidden: shownToStaff() },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: '-effectiveDate',
  fields: [
    { name: 'version', type: 'text', required: true, unique: true, maxLength: 32, label: t('Version', 'Wersja') },
    { name: 'effectiveDate', type: 'date', required: true, index: true, label: t('Effective from', 'Obowiązuje od') },
    { name: 'contentPl', type: 'textarea', required: true, label: t('Content (Polish)', 'Treść (polski)') },
    { name: 'contentEn', type: 'textarea', required: true, label: t('Content (English)', 'Treść (angielski)') },
  ],
}
