'use client'
/** Pages (add, rename, reorder, delete; the first is the home page) and the selected page's sections. */
import React, { useState } from 'react'

import { insertAt, moveBy, removeAt, setIn, updateList } from './configPath'
import { newSection, newSectionId } from './describeSchema'
import { LocalizedInput, TextInput, ToolButton } from './inputs'
import { SectionCard } from './SectionCard'
import { useEmptySections } from './useEmptySections'
import { useTr } from './useEditorKit'
import type { ConfigSchemaInfo } from './useConfigSchema'

type Config = Record<string, unknown>
type Page = { slug?: string; title?: { pl?: string; en?: string }; sections?: Record<string, unknown>[] }

const freeSlug = (pages: Page[]): string => {
  let n = pages.length + 1
  while (pages.some((page) => page.slug === `page-${n}`)) n++
  return `page-${n}`
}

export const PagesTab: React.FC<{ config: Config; onChange: (config: Config) => void; schema: ConfigSchemaInfo }> = ({ config, onChange, schema }) => {
  const { pl, tr } = useTr()
  const pages = (Array.isArray(config.pages) ? config.pages : []) as Page[]
  const [selected, setSelected] = useState(0)
  const [newType, setNewType] = useState(schema.sections[0]?.type ?? '')
  const index = Math.min(selected, Math.max(pages.length - 1, 0))
  const page = pages[index]
  const sections = Array.isArray(page?.sections) ? page.sections : []
  const setPages = (next: Page[]) => onChange(setIn(config, ['pages'], next) as Config)
  const setSections = (next: Record<string, unknown>[]) => onChange(setIn(config, ['pages', index, 'sections'], next) as Config)
  const allIds = pages.flatMap((item) => (item.sections ?? []).map((section) => section.id))
  const empty = useEmptySections(config)

  const addPage = () => {
    setPages([...pages, { slug: freeSlug(pages), title: { pl: 'Nowa podstrona', en: 'New page' }, sections: [] }])
    setSelected(pages.length)
  }

  return (
    <div className="site-editor__pages">
      <nav className="site-editor__page-list" aria-label={tr('Pages', 'Podstrony')}>
        <ol>
          {pages.map((item, at) => (
            <li key={at} className={at === index ? 'site-editor__page--selected' : undefined}>
              <button type="button" className="site-editor__page-name" data-page-slug={item.slug} onClick={() => setSelected(at)}>
                {(pl ? item.title?.pl : item.title?.en) || item.slug || '?'}
                {at === 0 ? <small> ({tr('home', 'start')})</small> : null}
              </button>
              <span className="site-editor__toolbar">
                <ToolButton title={tr('Move up', 'Przesuń w górę')} disabled={at === 0} onClick={() => (setPages(moveBy(pages, at, -1)), setSelected(at - 1))}>
                  ↑
                </ToolButton>
                <ToolButton
                  title={tr('Move down', 'Przesuń w dół')}
                  disabled={at === pages.length - 1}
                  onClick={() => (setPages(moveBy(pages, at, 1)), setSelected(at + 1))}
                >
                  ↓
                </ToolButton>
                <ToolButton
                  danger
                  title={tr('Delete the page', 'Usuń podstronę')}
                  onClick={() => {
                    if (window.confirm(tr(`Delete the page "${item.slug}" and its sections?`, `Usunąć podstronę „${item.slug}” i jej sekcje?`))) {
                      setPages(removeAt(pages, at))
                      setSelected(0)
                    }
                  }}
                >
                  ✕
                </ToolButton>
              </span>
            </li>
          ))}
        </ol>
        <ToolButton title={tr('Add a page', 'Dodaj podstronę')} onClick={addPage}>
          {tr('+ Add a page', '+ Dodaj podstronę')}
        </ToolButton>
      </nav>

      {page ? (
        <div className="site-editor__page">
          <div className="site-editor__page-settings">
            <TextInput
              path={['pages', index, 'slug']}
              value={page.slug}
              required
              label={tr('Address part (slug)', 'Część adresu (slug)')}
              onChange={(slug) => onChange(setIn(config, ['pages', index, 'slug'], slug) as Config)}
            />
            <LocalizedInput
              path={['pages', index, 'title']}
              value={page.title}
              required
              label={tr('Page title', 'Tytuł podstrony')}
              onChange={(title) => onChange(setIn(config, ['pages', index, 'title'], title) as Config)}
            />
          </div>
          <h3 className="site-editor__subheading">{tr('Sections', 'Sekcje')}</h3>
          {sections.length === 0 ? <p className="site-editor__hint">{tr('No sections yet.', 'Brak sekcji.')}</p> : null}
          {sections.map((section, at) => (
            <SectionCard
              key={`${index}-${at}-${String(section.id ?? '')}`}
              path={['pages', index, 'sections', at]}
              section={section}
              index={at}
              count={sections.length}
              info={schema.sections.find((item) => item.type === section.type)}
              emptyMessage={empty.get(`${index}:${at}`)}
              onChange={(next) => setSections(sections.map((old, position) => (position === at ? next : old)))}
              onMove={(by) => setSections(moveBy(sections, at, by))}
              onDuplicate={() => setSections(insertAt(sections, at + 1, { ...structuredClone(section), id: newSectionId(String(section.type), allIds) }))}
              onDelete={() => setSections(removeAt(sections, at))}
            />
          ))}
          <div className="site-editor__add-section">
            <label htmlFor="site-editor-new-section-type">{tr('Add a section:', 'Dodaj sekcję:')}</label>
            <select
              id="site-editor-new-section-type"
              className="site-editor__input site-editor__input--short"
              value={newType}
              onChange={(event) => setNewType(event.target.value)}
            >
              {schema.sections.map((item) => (
                <option key={item.type} value={item.type}>
                  {pl ? item.label.pl : item.label.en}
                </option>
              ))}
            </select>
            <ToolButton
              title={tr('Add the section at the end of the page', 'Dodaj sekcję na końcu podstrony')}
              disabled={!newType}
              onClick={() => {
                const info = schema.sections.find((item) => item.type === newType)
                if (info) onChange(updateList(config, ['pages', index, 'sections'], (list) => [...list, newSection(info.type, info.schema, allIds)]) as Config)
              }}
            >
              {tr('+ Add section', '+ Dodaj sekcję')}
            </ToolButton>
          </div>
        </div>
      ) : (
        <p className="site-editor__hint">{tr('No pages yet: add the home page.', 'Brak podstron: dodaj stronę główną.')}</p>
      )}
    </div>
  )
}
