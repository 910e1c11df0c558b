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
    {
      // The entry as a sentence, a link to the record and the before/after values (components/AuditEntry.tsx).
      name: 'entryView',
      type: 'ui',
      admin: { components: { Field: '/collections/audit-logs/components/AuditEntry#AuditEntryField' } },
    },
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
    {
      name: 'summary',
      type: 'text',
      required: true,
      label: t('Summary', 'Podsumowanie'),
      // The list shows the entry as a sentence with a link to the record, rendered from the fields below.
      admin: { components: { Cell: '/collections/audit-logs/components/AuditEntry#AuditSentenceCell' } },
    },
    { name: 'actorName', type: 'text', label: t('Staff member (at the time)', 'Pracownik (w chwili zmiany)') },
    { name: 'targetTitle', type: 'text', label: t('Record title (at the time)', 'Tytuł rekordu (w chwili zmiany)') },
    // Names of the changed fields (older entries have only these) and, per field, the values before and after.
    { name: 'changedFields', type: 'json', label: t('Changed fields', 'Zmienione pola'), admin: { hidden: true } },
    { name: 'changes', type: 'json', label: t('Changes', 'Zmiany'), admin: { hidden: true } },
  ],
}
