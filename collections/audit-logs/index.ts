import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'

/** AuditLog: every write made by a staff user, recorded by the platform (see src/platform/audit). */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  labels: labels(t('Staff audit entry', 'Wpis audytu'), t('Staff audit log', 'Dziennik audytu')),
  admin: { useAsTitle: 'summary', defaultColumns: ['summary', 'actor', 'createdAt'], group: t('Platform', 'Platforma') },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'actor', type: 'relationship', relationTo: 'users', required: true, index: true, label: t('Staff user', 'Pracownik') },
    {
      name: 'operation',
      type: 'select',
      required: true,
      options: ['create', 'update', 'delete'],
      label: t('Operation', 'Operacja'),
    },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: t('Collection', 'Kolekcja') },
    { name: 'targetId', type: 'text', required: true, label: t('Document', 'Dokument') },
    { name: 'summary', type: 'text', required: true, label: t('Summary', 'Podsumowanie') },
    { name: 'changedFields', type: 'json', label: t('Changed fields', 'Zmienione pola') },
  ],
}
