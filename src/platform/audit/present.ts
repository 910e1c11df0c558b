/**
 * An audit entry as staff read it in the admin: the sentence, the link to the record (none once deleted) and
 * the labelled before/after values (related records by title, with links). Pure over the stored entry, the titles
 * loaded with it and the target collection's config.
 */
import type { Lang } from '../i18n/format'
import { changesLine, describeChanges, labelText, readChanges, type DescribedChange, type FieldLike, type RelationTitles } from './changes'
import { auditSentence, type AuditOperation } from './sentence'

export type StoredAuditEntry = {
  id?: number | string
  operation?: string | null
  targetCollection?: string | null
  targetId?: string | null
  targetTitle?: string | null
  actorName?: string | null
  summary?: string | null
  changes?: unknown
  /** Titles of the records its relationship values point to, added when entries are read (auditRelationTitles). */
  relationTitles?: RelationTitles
}

export type TargetCollection = { slug: string; labels?: { singular?: unknown }; fields: readonly FieldLike[] } | undefined

export type PresentedAuditEntry = {
  sentence: string
  /** `/admin/collections/<slug>/<id>`; null after a delete or for a collection the admin does not know. */
  recordHref: string | null
  changes: DescribedChange[]
  /** "Nazwa: stara → nowa; Aktywne: tak → nie". */
  changesLine: string
}

const OPERATIONS = new Set<AuditOperation>(['create', 'update', 'delete'])

export const presentAuditEntry = ({
  entry,
  target,
  lang,
  adminRoute = '/admin',
}: {
  entry: StoredAuditEntry
  target: TargetCollection
  lang: Lang
  adminRoute?: string
}): PresentedAuditEntry => {
  const operation = OPERATIONS.has(entry.operation as AuditOperation) ? (entry.operation as AuditOperation) : 'update'
  const slug = entry.targetCollection ?? ''
  const collectionLabel = labelText(target?.labels?.singular as never, lang, slug)
  const sentence = auditSentence({
    lang,
    operation,
    actorName: entry.actorName,
    collectionLabel,
    targetTitle: entry.targetTitle,
    targetId: entry.targetId ?? '',
  })
  const changes = describeChanges(readChanges(entry.changes), target?.fields ?? [], lang, { titles: entry.relationTitles ?? {}, adminRoute })
  const recordHref =
    operation !== 'delete' && target && entry.targetId ? `${adminRoute}/collections/${encodeURIComponent(slug)}/${encodeURIComponent(entry.targetId)}` : null
  return { sentence, recordHref, changes, changesLine: changesLine(changes, lang, { created: operation === 'create' }) }
}
