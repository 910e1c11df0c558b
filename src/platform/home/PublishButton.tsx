'use client'
/** "Publish" on a site's home card: publishes the saved site (POST /api/sites/:id/publish, as the editor's panel does), then shows the new state. */
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

export function PublishButton({ siteId }: { siteId: number | string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const pl = i18n.language === 'pl'

  const publish = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/sites/${encodeURIComponent(String(siteId))}/publish`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const body = (await response.json().catch(() => undefined)) as { version?: { versionNumber?: number }; errors?: { message?: string }[] } | undefined
      if (!response.ok) {
        toast.error(body?.errors?.[0]?.message ?? (pl ? 'Nie udało się opublikować strony.' : 'The site could not be published.'))
        return
      }
      const number = body?.version?.versionNumber
      toast.success(pl ? `Opublikowano jako wersję ${number}.` : `Published as version ${number}.`)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <button type="button" className="btn btn--style-primary btn--size-small" data-testid="home-publish" disabled={busy} onClick={publish}>
      <span className="btn__content">
        <span className="btn__label">{pl ? 'Opublikuj' : 'Publish'}</span>
      </span>
    </button>
  )
}
