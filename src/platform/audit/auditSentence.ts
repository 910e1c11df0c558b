/**
 * Pure: an audit entry as a sentence in the reader's language (the stored `summary` stays as written, in
 * English, for search): "Zmieniono: Strona nr 3 (pola: Nazwa, Domena)" / "Updated: Site 3 (fields: Name, Domain)".
 * Who did it is the entry's own column (actor).
 */
import type { Lang } from '../i18n/format'

export type AuditOperation = 'create' | 'update' | 'delete'

const VERBS: Record<AuditOperation, { en: string; pl: string }> = {
  create: { en: 'Created', pl: 'Utworzono' },
  update: { en: 'Updated', pl: 'Zmieniono' },
  delete: { en: 'Deleted', pl: 'Usunięto' },
}

export const auditSentence = ({
  operation,
  thing,
  id,
  fields = [],
  lang,
}: {
  operation: AuditOperation
  /** The collection's singular label in `lang` ("Strona"), or its slug. */
  thing: string
  id: string | number
  /** Labels of the changed fields in `lang`. */
  fields?: string[]
  lang: Lang
}): string => {
  const verb = VERBS[operation]?.[lang] ?? operation
  const target = lang === 'pl' ? `${thing} nr ${id}` : `${thing} ${id}`
  const changed = operation === 'update' && fields.length ? ` (${lang === 'pl' ? 'pola' : fields.length === 1 ? 'field' : 'fields'}: ${fields.join(', ')})` : ''
  return `${verb}: ${target}${changed}`
}

type Labelled = string | Record<string, string> | ((...args: never[]) => string) | undefined

/** A Payload label (a string, `{ en, pl }`, or a function) in `lang`; `fallback` when it is neither. */
export const labelIn = (label: Labelled | unknown, lang: Lang, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const value = (label as Record<string, unknown>)[lang] ?? (label as Record<string, unknown>).en
    if (typeof value === 'string') return value
  }
  return fallback
}
