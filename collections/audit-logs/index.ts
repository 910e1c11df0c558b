import type { CollectionConfig, FieldHook } from 'payload'

import { nobody, staffOnly } from '../../src/platform/access'
import { auditSentence, labelIn, type AuditOperation } from '../../src/platform/audit/auditSentence'
import { auditRelationTitles } from '../../src/platform/audit/relationTitles'
import { labels, t } from '../../src/platform/i18n/labels'
import { validateLocale } from '../../src/platform/i18n/requestLocale'

/** The entry as a sentence in the reader's language, from its operation, target and changed fields (see auditSentence). */
const readableSummary: FieldHook = ({ siblingData, req, value }) => {
  const entry = siblingData as { operation?: AuditOperation; targetCollection?: string; targetId?: string; changedFields?: unknown }
  if (!entry?.operation || !entry.targetCollection || !entry.targetId) return value
  const lang = validateLocale(req)
  const collection = req.payload.config.collections.find((candidate) => candidate.slug === entry.targetCollection)
  const fieldLabel = (name: string) => {
    const field = collection?.fields.find((candidate) => 'name' in candidate && candidate.name === name)
    return labelIn(field && 'label' in field ? field.label : undefined, lang, name)
  }
  return auditSentence({
    operation: entry.operation,
    thing: labelIn(collection?.labels?.singular, lang, entry.targetCollection),
    id: entry.targetId,
    fields: Array.isArray(entry.changedFields) ? entry.changedFields.filter((name): name is string => typeof name === 'string').map(fieldLabel) : [],
    lang,
  })
}

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
  // Related records in before/after values are shown by title: looked up once per page of entries.
  hooks: { afterOperation: [auditRelationTitles] },
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
      // Stored in English by the platform; read as a sentence in the reader's language (the API, entries made
      // before actors and titles were kept). The list shows the entry as a sentence with a link to the record.
      hooks: { afterRead: [readableSummary] },
      admin: { components: { Field: NOT_ON_ENTRY_PAGE, Cell: '/collections/audit-logs/components/AuditEntry#AuditSentenceCell' } },
    },
    { name: 'actorName', type: 'text', label: t('Staff member (at the time)', 'Pracownik (w chwili zmiany)'), admin: onlyInLists },
    { name: 'targetTitle', type: 'text', label: t('Record title (at the time)', 'Tytuł rekordu (w chwili zmiany)'), admin: onlyInLists },
    // Names of the changed fields (older entries have only these) and, per field, the values before and after.
    { name: 'changedFields', type: 'json', label: t('Changed fields', 'Zmienione pola'), admin: { hidden: true } },
    { name: 'changes', type: 'json', label: t('Changes', 'Zmiany'), admin: { hidden: true } },
  ],
}
