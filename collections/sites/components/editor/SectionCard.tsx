'use client'
/** One section of a page: its type, toolbar (move, hide, duplicate, delete) and its generated form. */
import React, { useMemo, useState } from 'react'

import { describeSection } from './describeSchema'
import { FieldList } from './SchemaField'
import { ToolButton } from './inputs'
import { useTr } from './useEditorKit'
import type { SectionTypeInfo } from './useConfigSchema'

type Section = Record<string, unknown>

export type SectionActions = {
  onChange: (section: Section) => void
  onMove: (by: number) => void
  onDuplicate: () => void
  onDelete: () => void
}

export const SectionCard: React.FC<
  {
    path: readonly (string | number)[]
    section: Section
    index: number
    count: number
    info?: SectionTypeInfo
    /** Why visitors do not see this section though it is not hidden by hand (nothing to show), in both languages. */
    emptyMessage?: { pl: string; en: string }
  } & SectionActions
> = ({ path, section, index, count, info, emptyMessage, onChange, onMove, onDuplicate, onDelete }) => {
  const { pl, tr } = useTr()
  const [open, setOpen] = useState(true)
  const fields = useMemo(() => (info ? describeSection(info.schema) : []), [info])
  const hidden = section.hidden === true
  const empty = !hidden && emptyMessage !== undefined
  const typeLabel = info ? (pl ? info.label.pl : info.label.en) : String(section.type)
  return (
    <section
      className={`site-editor__card${hidden || empty ? ' site-editor__card--hidden' : ''}`}
      data-section-type={String(section.type)}
      data-section-index={index}
    >
      <header className="site-editor__card-head">
        <button type="button" className="site-editor__card-title" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {typeLabel}
          {typeof section.id === 'string' ? <small> #{section.id}</small> : null}
          {hidden ? <em> ({tr('hidden', 'ukryta')})</em> : null}
        </button>
        <div className="site-editor__toolbar">
          <ToolButton title={tr('Move up', 'Przesuń w górę')} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </ToolButton>
          <ToolButton title={tr('Move down', 'Przesuń w dół')} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓
          </ToolButton>
          <ToolButton
            title={hidden ? tr('Show on the site', 'Pokaż na stronie') : tr('Hide from the site', 'Ukryj na stronie')}
            onClick={() => {
              const { hidden: _dropped, ...rest } = section
              onChange(hidden ? rest : { ...rest, hidden: true })
            }}
          >
            {hidden ? tr('Show', 'Pokaż') : tr('Hide', 'Ukryj')}
          </ToolButton>
          <ToolButton title={tr('Duplicate', 'Duplikuj')} onClick={onDuplicate}>
            {tr('Duplicate', 'Duplikuj')}
          </ToolButton>
          <ToolButton
            danger
            title={tr('Delete the section', 'Usuń sekcję')}
            onClick={() => {
              if (window.confirm(tr(`Delete the section "${typeLabel}"?`, `Usunąć sekcję „${typeLabel}”?`))) onDelete()
            }}
          >
            {tr('Delete', 'Usuń')}
          </ToolButton>
        </div>
      </header>
      {empty ? (
        <p className="site-editor__empty-note" role="note" data-testid="section-empty-note">
          {pl ? emptyMessage.pl : emptyMessage.en}
        </p>
      ) : null}
      {open ? (
        info ? (
          <FieldList path={path} fields={fields} value={section} onChange={(next) => onChange(next)} />
        ) : (
          <p className="site-editor__error">
            {tr(
              `Unknown section type "${String(section.type)}": edit it in the JSON tab.`,
              `Nieznany typ sekcji „${String(section.type)}”: edytuj go w zakładce JSON.`,
            )}
          </p>
        )
      ) : null}
    </section>
  )
}
