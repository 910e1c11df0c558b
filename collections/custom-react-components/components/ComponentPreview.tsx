'use client'
/**
 * The saved component running exactly as visitors will see it: the public
 * frame endpoint with `?preview=1` (works before publishing, for those who may
 * read the component) inside `<iframe sandbox="allow-scripts">`.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

const siteIdOf = (value: unknown): string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return siteIdOf((value as { id: unknown }).id)
  return undefined
}

export const ComponentPreview: React.FC = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pl = i18n.language === 'pl'
  const [lang, setLang] = useState<'pl' | 'en'>(pl ? 'pl' : 'en')
  const [identifier, setIdentifier] = useState<string>()
  const [error, setError] = useState<string>()
  const siteId = siteIdOf(savedDocumentData?.site)
  const version = String(savedDocumentData?.compiledAt ?? savedDocumentData?.updatedAt ?? '')

  useEffect(() => {
    if (!siteId) return
    let cancelled = false
    fetch(`${config.serverURL}${config.routes.api}/sites/${encodeURIComponent(siteId)}?depth=0`, { credentials: 'include' })
      .then(async (response) => {
        const body = await response.json()
        if (cancelled) return
        if (response.ok && typeof body?.identifier === 'string') setIdentifier(body.identifier)
        else setError(body?.errors?.[0]?.message ?? String(response.status))
      })
      .catch((caught: unknown) => !cancelled && setError(String(caught)))
    return () => {
      cancelled = true
    }
  }, [siteId, config.serverURL, config.routes.api])

  const heading = <h3 style={{ margin: '0 0 8px' }}>{pl ? 'Podgląd' : 'Preview'}</h3>
  if (!id || !savedDocumentData?.compiledAt) {
    return (
      <div style={{ marginBottom: 24 }}>
        {heading}
        <p>{pl ? 'Zapisz komponent, aby zobaczyć podgląd.' : 'Save the component to preview it.'}</p>
      </div>
    )
  }
  const src = identifier
    ? `${config.serverURL}${config.routes.api}/public/sites/${encodeURIComponent(identifier)}/components/${encodeURIComponent(String(id))}?preview=1&lang=${lang}&v=${encodeURIComponent(version)}`
    : undefined
  return (
    <div style={{ display: 'grid', gap: 8, marginBottom: 24 }} className="custom-component-preview">
      {heading}
      <div style={{ display: 'flex', gap: 8 }}>
        {(['pl', 'en'] as const).map((code) => (
          <button
            key={code}
            type="button"
            className={`btn btn--size-small ${lang === code ? 'btn--style-primary' : 'btn--style-secondary'}`}
            onClick={() => setLang(code)}
          >
            {code === 'pl' ? (pl ? 'Po polsku' : 'Polish') : pl ? 'Po angielsku' : 'English'}
          </button>
        ))}
      </div>
      {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {src && (
        <iframe
          key={src}
          title={pl ? 'Podgląd komponentu' : 'Component preview'}
          src={src}
          sandbox="allow-scripts"
          style={{ width: '100%', minHeight: 240, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: '#fff' }}
        />
      )}
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>
        {pl
          ? 'Podgląd pokazuje ostatnio zapisaną wersję, w izolowanej ramce bez dostępu do panelu.'
          : 'The preview shows the last saved version, in a sandboxed frame with no access to the admin.'}
      </p>
    </div>
  )
}
