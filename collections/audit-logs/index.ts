import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'

/** Kept for lists, filters and the API; the entry's page says it all in the sentence and the table above. */
const NOT_ON_ENTRY_PAGE = '/collections/audit-logs/components/NotOnEntryPage#NotOnEntryPage'
const onlyInLists = { components: { Field: NOT_ON_ENTRY_PAGE } }

/** AuditLog: every write made by a staff user, recorded by the platform (see src/platform/audit). */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  labels: labels(t('Staff audit entry', 'Wpis audytu'), t('Staff audit log', 'Dziennik audytu')),
  admin: { useAsTitle: 'targetTitle', defaultColumns: ['summary', 'createdAt'], group: t('Platform', 'Platforma') },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      // The entry as a sentence, a link to the record and the before/after values (components/AuditEntry.tsx).
      name: 'entryView',
      type: 'ui',
      admin: { components: { Field: '/collections/audit-logs/components/AuditEntry#AuditEntryField' } },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: t('Staff user', 'Pracownik'),
      admin: onlyInLists,
    },
    {
      name: 'operation',
      type: 'select',
      required: true,
      options: [
        { value: 'create', label: t('Created', 'Utworzenie') },
        { value: 'update', label: t('Changed', 'Zmiana') },
        { value: 'delete', label: t('Deleted', 'Usunięcie') },
      ],
      label: t('Operation', 'Operacja'),
      admin: onlyInLists,
    },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: t('Collection', 'Kolekcja'), admin: onlyInLists },
    { name: 'targetId', type: 'text', required: true, label: t('Document', 'Dokument'), admin: onlyInLists },
    {
      name: 'summary',
      type: 'text',
      required: true,
      label: t('Summary', 'Podsumowanie'),
      // The list shows the entry as a sentence with a link to the record, rendered from the fields below.
      admin: { components: { Field: NOT_ON_ENTRY_PAGE, Cell: '/collections/audit-logs/components/AuditEntry#AuditSentenceCell' } },
    },
    { name: 'actorName', type: 'text', label: t('Staff member (at the time)', 'Pracownik (w chwili zmiany)'), admin: onlyInLists },
    { name: 'targetTitle', type: 'text', label: t('Record title (at the time)', 'Tytuł rekordu (w chwili zmiany)'), admin: onlyInLists },
    // Names of the changed fields (older entries have only these) and, per field, the values before and after.
    { name: 'changedFields', type: 'json', label: t('Changed fields', 'Zmienione pola'), admin: { hidden: true } },
    { name: 'changes', type: 'json', label: t('Changes', 'Zmiany'), admin: { hidden: true } },
  ],
}
