'use client'
/** Choose a template, name the site (identifier suggested from the name), create it and open it in the editor. */
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { suggestIdentifier } from '../../suggestIdentifier'
import { errorOf, jsonInit, useApi, useTr } from '../editor/useEditorKit'
import { identifierMessage } from './identifierMessage'
import type { TemplateSummary } from './summarizeTemplate'
import '../siteEditor.css'

export type TemplateCard = { id: number | string; name: string; description?: string | null; isSystem: boolean; summary: TemplateSummary }

export const NewSiteForm: React.FC<{ templates: TemplateCard[] }> = ({ templates }) => {
  const { pl, tr } = useTr()
  const api = useApi()
  const router = useRouter()
  const { config } = useConfig()
  const [templateId, setTemplateId] = useState<number | string | undefined>(templates[0]?.id)
  const [name, setName] = useState('')
  const [identifier, setIdentifier] = useState('')
  const [identifierEdited, setIdentifierEdited] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const problem = identifier ? identifierMessage(identifier, pl) : undefined

  const create = async (event: React.FormEvent) => {
    event.preventDefault()
    setError(undefined)
    if (templateId === undefined) return setError(tr('Choose a template.', 'Wybierz szablon.'))
    setBusy(true)
    const answer = await api<{ doc: { id: number | string } }>('/sites/from-template', jsonInit('POST', { templateId, name, identifier }))
    if (!answer.ok) {
      setBusy(false)
      return setError(errorOf(answer.body, answer.status))
    }
    router.push(`${config.routes.admin}/collections/sites/${answer.body.doc.id}`)
  }

  const groups = [
    { title: tr('Starter templates', 'Szablony startowe'), items: templates.filter((item) => item.isSystem) },
    { title: tr('Your templates', 'Twoje szablony'), items: templates.filter((item) => !item.isSystem) },
  ]
  return (
    <form className="new-site" onSubmit={create} data-testid="new-site-form">
      {groups.map((group) =>
        group.items.length ? (
          <section key={group.title}>
            <h2>{group.title}</h2>
            <div className="new-site__cards">
              {group.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  className="new-site__card"
                  aria-pressed={item.id === templateId}
                  data-template-name={item.name}
                  onClick={() => setTemplateId(item.id)}
                >
                  <strong>{item.name}</strong>
                  <span className="new-site__swatches" aria-hidden>
                    {item.summary.colors.map((colour, index) => (
                      <span key={index} className="new-site__swatch" style={{ background: colour }} />
                    ))}
                  </span>
                  {item.description ? <span className="site-editor__hint">{item.description}</span> : null}
                  <small>
                    {tr(
                      `Pages: ${item.summary.pages}, sections: ${item.summary.sections}`,
                      `Podstrony: ${item.summary.pages}, sekcje: ${item.summary.sections}`,
                    )}
                  </small>
                </button>
              ))}
            </div>
          </section>
        ) : null,
      )}
      {templates.length === 0 ? <p>{tr('No templates are available.', 'Brak dostępnych szablonów.')}</p> : null}

      <div className="new-site__form">
        <div className="site-editor__field">
          <label className="site-editor__label" htmlFor="new-site-name">
            {tr('Site name', 'Nazwa strony')} <span className="site-editor__required">*</span>
          </label>
          <input
            id="new-site-name"
            className="site-editor__input"
            required
            maxLength={120}
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              if (!identifierEdited) setIdentifier(suggestIdentifier(event.target.value))
            }}
          />
        </div>
        <div className="site-editor__field">
          <label className="site-editor__label" htmlFor="new-site-identifier">
            {tr('Identifier (the address: /s/<identifier>)', 'Identyfikator (adres: /s/<identyfikator>)')} <span className="site-editor__required">*</span>
          </label>
          <input
            id="new-site-identifier"
            className={`site-editor__input${problem ? ' site-editor__input--invalid' : ''}`}
            required
            maxLength={63}
            value={identifier}
            aria-invalid={Boolean(problem) || undefined}
            aria-describedby="new-site-identifier-help"
            onChange={(event) => {
              setIdentifier(event.target.value.toLowerCase())
              setIdentifierEdited(true)
            }}
          />
          <p id="new-site-identifier-help" className={problem ? 'site-editor__error' : 'site-editor__hint'} data-testid="new-site-identifier-help">
            {problem ?? (identifier ? `/s/${identifier}` : tr('Suggested from the name; you can change it.', 'Podpowiadany z nazwy; możesz go zmienić.'))}
          </p>
        </div>
        {error ? (
          <p className="site-editor__error" role="alert">
            {error}
          </p>
        ) : null}
        <div>
          <button
            type="submit"
            className="btn btn--style-primary"
            disabled={busy || !name.trim() || Boolean(problem) || !identifier || templateId === undefined}
          >
            <span className="btn__content">
              <span className="btn__label">{busy ? tr('Creating…', 'Tworzenie…') : tr('Create the site', 'Utwórz stronę')}</span>
            </span>
          </button>
        </div>
      </div>
    </form>
  )
}
