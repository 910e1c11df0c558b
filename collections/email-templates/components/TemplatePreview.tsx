'use client'
/** The "Preview" tab: renders the template as it stands in the form (saved or not) with sample data. */
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Rendered = { subject: string; html: string; text: string; locale: string }

export const TemplatePreview: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pl = i18n.language === 'pl'
  const fields = useFormFields(([state]) => ({
    subjectPl: state.subjectPl?.value,
    contentPl: state.contentPl?.value,
    subjectEn: state.subjectEn?.value,
    contentEn: state.contentEn?.value,
  }))
  const [rendered, setRendered] = useState<Rendered>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const preview = async (locale: 'pl' | 'en') => {
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/email-templates/${id}/preview`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          locale,
          subject: locale === 'pl' ? fields.subjectPl : fields.subjectEn,
          content: locale === 'pl' ? fields.contentPl : fields.contentEn,
        }),
      })
      const body = await response.json()
      if (!response.ok) {
        setRendered(undefined)
        setError(body?.errors?.[0]?.message ?? String(response.status))
      } else setRendered(body as Rendered)
    } catch (caught) {
      setError(String(caught))
    } finally {
      setBusy(false)
    }
  }

  if (!id) return <p>{pl ? 'Zapisz szablon, aby zobaczyć podgląd.' : 'Save the template to preview it.'}</p>
  return (
    <div style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => preview('pl')}>
          {pl ? 'Podgląd po polsku' : 'Preview in Polish'}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => preview('en')}>
          {pl ? 'Podgląd po angielsku' : 'Preview in English'}
        </button>
      </div>
      {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {rendered && (
        <>
          <div>
            <strong>{pl ? 'Temat' : 'Subject'}:</strong> {rendered.subject}
          </div>
          {/* The preview is sandboxed: no scripts, no same-origin access. */}
          <iframe
            title="email-preview"
            sandbox=""
            srcDoc={rendered.html}
            style={{ width: '100%', height: 420, border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
          />
          <details>
            <summary>{pl ? 'Wersja tekstowa' : 'Plain-text part'}</summary>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{rendered.text}</pre>
          </details>
        </>
      )}
    </div>
  )
}
