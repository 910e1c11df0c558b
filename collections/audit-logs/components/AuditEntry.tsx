/**
 * Audit entries as sentences (server components): the list's cell ("Anna Kowalska zmieniła stronę „Studio Jogi”",
 * a link to the record, the changes in one line) and the document's view (the sentence and a before/after table
 * with field labels; related records by title, linked). Both render the entry's stored structure
 * (src/platform/audit/present.ts), never raw JSON or ids.
 */
import type { DefaultServerCellComponentProps, Payload, UIFieldServerProps } from 'payload'

import { langOf, type Lang } from '../../../src/platform/i18n/format'
import { presentAuditEntry, type StoredAuditEntry, type TargetCollection } from '../../../src/platform/audit/present'
import type { DescribedChange, FieldLike } from '../../../src/platform/audit/changes'

const targetOf = (payload: Payload, slug: unknown): TargetCollection => {
  const config =
    typeof slug === 'string'
      ? (payload.collections as Record<string, Payload['collections'][string & keyof Payload['collections']] | undefined>)[slug]?.config
      : undefined
  return config ? { slug: config.slug, labels: config.labels, fields: config.fields as unknown as FieldLike[] } : undefined
}

const present = (payload: Payload, entry: StoredAuditEntry, lang: Lang) =>
  presentAuditEntry({ entry, target: targetOf(payload, entry.targetCollection), lang, adminRoute: payload.config.routes.admin })

const TEXT = {
  pl: {
    open: 'Otwórz rekord',
    deleted: 'Rekord usunięto.',
    field: 'Pole',
    before: 'Przed',
    after: 'Po',
    none: 'Brak zapisanych zmian pól.',
    hidden: 'zmieniono (wartość ukryta)',
  },
  en: {
    open: 'Open the record',
    deleted: 'The record was deleted.',
    field: 'Field',
    before: 'Before',
    after: 'After',
    none: 'No field changes were recorded.',
    hidden: 'changed (value hidden)',
  },
}

/** A value in the before/after table: related records as links to them (by title), other values as text. */
function ChangeValue({ change, side }: { change: DescribedChange; side: 'before' | 'after' }) {
  const parts = side === 'before' ? change.beforeParts : change.afterParts
  if (!parts?.length) return <>{change[side]}</>
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {index ? ', ' : null}
          {part.href ? (
            <a href={part.href} data-testid="audit-related-link">
              {part.text}
            </a>
          ) : (
            part.text
          )}
        </span>
      ))}
    </>
  )
}

/** Entries written before the sentence data existed (no `actorName`) show their stored summary. */
const isLegacy = (entry: StoredAuditEntry) => !entry.actorName

export function AuditSentenceCell({ rowData, payload, i18n, collectionSlug }: DefaultServerCellComponentProps) {
  const entry = rowData as StoredAuditEntry
  const lang = langOf(i18n.language)
  const entryHref = `${payload.config.routes.admin}/collections/${collectionSlug}/${entry.id}`
  if (isLegacy(entry)) return <a href={entryHref}>{entry.summary}</a>
  const view = present(payload, entry, lang)
  return (
    <div className="audit-cell" data-testid="audit-sentence">
      <a href={entryHref}>{view.sentence}</a>
      {view.recordHref ? (
        <>
          {' · '}
          <a href={view.recordHref} data-testid="audit-record-link">
            {TEXT[lang].open}
          </a>
        </>
      ) : null}
      {view.changesLine ? <div style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85em' }}>{view.changesLine}</div> : null}
    </div>
  )
}

export function AuditEntryField({ data, payload, i18n }: UIFieldServerProps) {
  const entry = (data ?? {}) as StoredAuditEntry
  const lang = langOf(i18n.language)
  const text = TEXT[lang]
  if (isLegacy(entry)) return <p data-testid="audit-entry-sentence">{entry.summary}</p>
  const view = present(payload, entry, lang)
  return (
    <div className="audit-entry" style={{ marginBottom: 'var(--base)' }}>
      <p data-testid="audit-entry-sentence" style={{ fontSize: '1.15rem' }}>
        {view.sentence}
      </p>
      <p>
        {view.recordHref ? (
          <a href={view.recordHref} data-testid="audit-record-link">
            {text.open}
          </a>
        ) : entry.operation === 'delete' ? (
          text.deleted
        ) : null}
      </p>
      {view.changes.length ? (
        <table className="table" data-testid="audit-changes" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">{text.field}</th>
              <th scope="col">{text.before}</th>
              <th scope="col">{text.after}</th>
            </tr>
          </thead>
          <tbody>
            {view.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label}</th>
                {change.redacted ? (
                  <td colSpan={2}>{text.hidden}</td>
                ) : (
                  <>
                    <td>
                      <ChangeValue change={change} side="before" />
                    </td>
                    <td>
                      <ChangeValue change={change} side="after" />
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text.none}</p>
      )}
    </div>
  )
}
