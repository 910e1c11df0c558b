'use client'
/** The saved site (identifier, draft, published version) and its versions, read as the signed-in user over REST. */
import { useCallback, useEffect, useState } from 'react'

import { stableJson } from '../editor/configPath'
import { errorOf, useApi } from '../editor/useEditorKit'

/** One entry of GET /api/sites/:id/versions: who, when, published or not, and what changed from the version before. */
export type VersionSummary = {
  id: number | string
  versionNumber?: number | null
  createdAt: string
  note?: string | null
  restoredFrom?: number | null
  author?: string | null
  published?: boolean
  changeCount?: number
  summary?: string
}

type SiteDoc = {
  id: number | string
  identifier?: string
  templateConfig?: unknown
  publishedAt?: string | null
  publishedVersion?: (VersionSummary & { configSnapshot?: unknown }) | number | string | null
}

export type SiteStatus = {
  identifier?: string
  published?: { id: number | string; versionNumber?: number | null; at?: string | null }
  /** The saved draft differs from the published snapshot (undefined: not known). */
  hasUnpublishedChanges?: boolean
  versions: VersionSummary[]
}

export const useSiteStatus = (siteId: number | string | undefined) => {
  const api = useApi()
  const [status, setStatus] = useState<SiteStatus>()
  const [error, setError] = useState<string>()

  const reload = useCallback(async () => {
    if (siteId === undefined) return
    const id = encodeURIComponent(String(siteId))
    const [site, versions] = await Promise.all([api<SiteDoc>(`/sites/${id}?depth=1`), api<{ versions: VersionSummary[] }>(`/sites/${id}/versions`)])
    if (!site.ok) return setError(errorOf(site.body, site.status))
    setError(undefined)
    const published = site.body.publishedVersion
    const snapshot = published && typeof published === 'object' ? published : undefined
    setStatus({
      identifier: site.body.identifier,
      published: published
        ? { id: snapshot?.id ?? (published as number | string), versionNumber: snapshot?.versionNumber, at: site.body.publishedAt ?? snapshot?.createdAt }
        : undefined,
      hasUnpublishedChanges:
        snapshot && 'configSnapshot' in snapshot ? stableJson(snapshot.configSnapshot) !== stableJson(site.body.templateConfig) : undefined,
      versions: versions.ok ? versions.body.versions : [],
    })
  }, [api, siteId])

  useEffect(() => {
    reload().catch((caught: unknown) => setError(String(caught)))
  }, [reload])

  return { status, error, reload }
}
