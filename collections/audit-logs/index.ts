import type { CollectionConfig, FieldHook } from 'payload'

import { nobody, staffOnly } from '../../src/platform/access'
import { auditSentence, labelIn, type AuditOperation } from '../../src/platform/audit/auditSentence'
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
    {
      name: 'summary',
      type: 'text',
      required: true,
      label: t('Summary', 'Podsumowanie'),
      // Stored in English by the platform; read as a sentence in the reader's language.
      hooks: { afterRead: [readableSummary] },
    },
    { name: 'changedFields', type: 'json', label: t('Changed fields', 'Zmienione pola') },
  ],
}
