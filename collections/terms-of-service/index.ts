import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { anyone, shownToStaff, staffOnly } from '../../src/platform/access'
import { plainTextToLexical } from '../../src/platform/auth/termsContent'
import { labels, t } from '../../src/platform/i18n/labels'

/** Plain text sent for a content field (a seed, a script, an API client) is saved as rich text, a paragraph per block. */
const plainTextAsRichText: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  for (const key of ['contentPl', 'contentEn'] as const) {
    if (typeof data[key] === 'string') data[key] = (data[key] as string).trim() ? plainTextToLexical(data[key] as string) : null
  }
  return data
}

/** TermsOfService: versioned terms in Polish and English (rich text); anyone may read them, staff publish them. */
export const TermsOfService: CollectionConfig = {
  slug: 'terms-of-service',
  labels: labels(t('Terms of service', 'Regulamin'), t('Terms of service', 'Regulaminy')),
  admin: { useAsTitle: 'version', defaultColumns: ['version', 'effectiveDate', 'createdAt'], group: t('Platform', 'Platforma'), hidden: shownToStaff() },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: '-effectiveDate',
  hooks: { beforeValidate: [plainTextAsRichText] },
  fields: [
    { name: 'version', type: 'text', required: true, unique: true, maxLength: 32, label: t('Version', 'Wersja') },
    { name: 'effectiveDate', type: 'date', required: true, index: true, label: t('Effective from', 'Obowiązuje od') },
    // Rich text (the admin's Lexical editor): headings, lists, links; shown on /terms, at sign-up and in the acceptance dialog.
    { name: 'contentPl', type: 'richText', required: true, label: t('Content (Polish)', 'Treść (polski)') },
    { name: 'contentEn', type: 'richText', required: true, label: t('Content (English)', 'Treść (angielski)') },
  ],
}
