'use client'
/**
 * The "Preview" tab: renders the template as it stands in the form (saved or not) with sample data, at once in
 * the admin's language, in a sandboxed frame (EmailFrame: no scripts, links open in a new tab) with its text part.
 * Staff preview the defaults, owners their own versions (the endpoint reads the template as the caller).
 */
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { EmailFrame } from '../../../src/platform/email/admin/EmailFrame'

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
  const [shown, setShown] = useState<'pl' | 'en'>()

  const preview = useCallback(
    async (locale: 'pl' | 'en') => {
      setShown(locale)
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
    },
    [id, config.serverURL, config.routes.api, fields.subjectPl, fields.contentPl, fields.subjectEn, fields.contentEn],
  )

  // Opening the tab shows the preview in the admin's language (English when the template has only English).
  const opened = useRef(false)
  useEffect(() => {
    if (opened.current || !id) return
    opened.current = true
    void preview(pl && fields.contentPl ? 'pl' : fields.contentEn ? 'en' : 'pl')
  }, [id, pl, fields.contentPl, fields.contentEn, preview])

  if (!id) return <p>{pl ? 'Zapisz szablon, aby zobaczyć podgląd.' : 'Save the template to preview it.'}</p>
  return (
    <div style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} aria-pressed={shown === 'pl'} onClick={() => preview('pl')}>
          {pl ? 'Podgląd po polsku' : 'Preview in Polish'}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} aria-pressed={shown === 'en'} onClick={() => preview('en')}>
          {pl ? 'Podgląd po angielsku' : 'Preview in English'}
        </button>
      </div>
      {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {rendered && (
        <>
          <div>
            <strong>{pl ? 'Temat' : 'Subject'}:</strong> {rendered.subject}
          </div>
          <EmailFrame html={rendered.html} text={rendered.text} pl={pl} title={pl ? 'Podgląd wiadomości' : 'Message preview'} />
        </>
      )}
    </div>
  )
}
