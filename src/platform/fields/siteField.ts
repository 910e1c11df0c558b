import type { RelationshipField } from 'payload'

import { t } from '../i18n/labels'

/** The tenancy field: every site-owned document names its site. */
export const siteField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'site',
    type: 'relationship',
    relationTo: 'sites',
    required: true,
    index: true,
    label: t('Site', 'Strona'),
    admin: { position: 'sidebar' },
    ...overrides,
  }) as RelationshipField
