'use client'
/**
 * The structured editor of a site's `templateConfig` (replaces Payload's JSON
 * box): tabs for pages and sections, theme, languages, SEO, navigation and the
 * raw JSON. It edits the form's value through `useField`, so saving is
 * Payload's own. A refused save's problems show here as the owner reads them
 * ("Start › O mnie › Nagłówek (PL) jest wymagany"), in the admin's language,
 * with the named inputs marked; they are checked again as the owner fixes them.
 */
import type { JSONFieldClientComponent } from 'payload'

import { useDocumentInfo, useField, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { EditorContext } from './editor/EditorContext'
import { refusalLines } from './editor/errorPaths'
import { JsonTab } from './editor/JsonTab'
import { LanguagesTab } from './editor/LanguagesTab'
import { NavigationTab } from './editor/NavigationTab'
import { PagesTab } from './editor/PagesTab'
import { SeoTab } from './editor/SeoTab'
import { ThemeTab } from './editor/ThemeTab'
import { useConfigSchema } from './editor/useConfigSchema'
import { jsonInit, useApi, useTr } from './editor/useEditorKit'
import './siteEditor.css'

type Config = Record<string, unknown>
type Issue = { path: string; message: string }
const TABS = ['pages', 'theme', 'languages', 'seo', 'navigation', 'json'] as const
type Tab = (typeof TABS)[number]

const TAB_LABELS: Record<Tab, [string, string]> = {
  pages: ['Pages & sections', 'Podstrony i sekcje'],
  theme: ['Theme', 'Motyw'],
  languages: ['Languages', 'Języki'],
  seo: ['SEO', 'SEO'],
  navigation: ['Navigation', 'Nawigacja'],
  json: ['JSON', 'JSON'],
}

/**
 * `kind: 'template'` (clientProps) edits a template's `config` (system templates included): no site behind it,
 * so no media library or site components, and the texts speak of a template.
 */
export const SiteConfigField: JSONFieldClientComponent = (props) => {
  const { path, readOnly } = props
  const isTemplate = (props as { kind?: string }).kind === 'template'
  const { pl, tr } = useTr()
  const { id: documentId } = useDocumentInfo()
  const id = isTemplate ? undefined : documentId
  const { value, setValue, showError, errorMessage, disabled } = useField<Config>({ potentiallyStalePath: path })
  const modified = useFormModified()
  const { schema, error } = useConfigSchema()
  // The form's error lasts only until its next state refresh; keep the refused save's message until a save succeeds.
  const [refused, setRefused] = useState<string>()
  useEffect(() => {
    if (showError && errorMessage) setRefused(errorMessage)
  }, [showError, errorMessage])
  useEffect(() => {
    if (!modified) setRefused(undefined)
  }, [modified])
  const [tab, setTab] = useState<Tab>('pages')
  const config = useMemo<Config>(() => (value && typeof value === 'object' && !Array.isArray(value) ? value : {}), [value])
  const onChange = useCallback((next: Config) => setValue(next), [setValue])
  // Which inputs the refusal names: the server checks the config again (its paths and sentences), also as the owner fixes it.
  const api = useApi()
  const [issues, setIssues] = useState<Issue[]>()
  useEffect(() => {
    if (!refused) return setIssues(undefined)
    let current = true
    const timer = setTimeout(() => {
      void api<{ issues: Issue[] }>('/sites/check-config', jsonInit('POST', { config })).then((answer) => {
        if (current) setIssues(answer.ok ? answer.body.issues : undefined)
      })
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, refused, config])
  // The schema's problems, or (none left, or the check failed) the refusal's own lines, e.g. a component of another site.
  const lines = issues?.length ? issues.map((issue) => issue.message) : refused ? refusalLines(refused) : []
  const context = useMemo(
    () => ({ siteId: id ?? undefined, isTemplate, errorPaths: new Set((issues ?? []).map((issue) => issue.path)), readOnly: Boolean(readOnly || disabled) }),
    [id, isTemplate, issues, readOnly, disabled],
  )

  return (
    <EditorContext.Provider value={context}>
      <div className="site-editor" data-testid="site-editor">
        <h2 className="site-editor__title">{isTemplate ? tr('Template content', 'Zawartość szablonu') : tr('Site content', 'Zawartość strony')}</h2>
        {refused ? (
          <div className="site-editor__errors" role="alert" data-testid="site-editor-errors">
            <strong>
              {isTemplate ? tr('The template was not saved:', 'Szablon nie został zapisany:') : tr('The site was not saved:', 'Strona nie została zapisana:')}
            </strong>
            <ul>
              {lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="site-editor__tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} data-tab={name} className="site-editor__tab" onClick={() => setTab(name)}>
              {TAB_LABELS[name][pl ? 1 : 0]}
            </button>
          ))}
        </div>
        <div className="site-editor__panel" role="tabpanel">
          {tab === 'json' ? (
            <JsonTab config={config} onChange={onChange} />
          ) : !schema ? (
            <p className={error ? 'site-editor__error' : 'site-editor__hint'}>
              {error ? `${tr('Could not load the section types', 'Nie udało się wczytać typów sekcji')}: ${error}` : tr('Loading…', 'Wczytywanie…')}
            </p>
          ) : tab === 'pages' ? (
            <PagesTab config={config} onChange={onChange} schema={schema} />
          ) : tab === 'theme' ? (
            <ThemeTab config={config} onChange={onChange} fonts={schema.fonts} />
          ) : tab === 'languages' ? (
            <LanguagesTab config={config} onChange={onChange} locales={schema.locales} />
          ) : tab === 'seo' ? (
            <SeoTab config={config} onChange={onChange} />
          ) : (
            <NavigationTab config={config} onChange={onChange} />
          )}
        </div>
      </div>
    </EditorContext.Provider>
  )
}
