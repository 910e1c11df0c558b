'use client'
/** This site's media-assets (REST, read as the signed-in user), shared by every media picker on the page. */
import { useCallback, useEffect, useState } from 'react'

import { errorOf, useApi } from './useEditorKit'

export type MediaItem = { id: number | string; fileName?: string; mediaType?: string; url?: string; thumbnailURL?: string }

type Asset = {
  id: number | string
  fileName?: string
  filename?: string
  mediaType?: string
  mimeType?: string
  url?: string
  sizes?: { thumbnail?: { url?: string | null } }
}

const toItem = (asset: Asset): MediaItem => ({
  id: asset.id,
  fileName: asset.fileName ?? asset.filename,
  mediaType: asset.mediaType ?? asset.mimeType,
  url: asset.url,
  thumbnailURL: asset.sizes?.thumbnail?.url ?? asset.url,
})

const cache = new Map<string, Promise<MediaItem[]>>()

export const useSiteMedia = (siteId: number | string | undefined, { load }: { load: boolean }) => {
  const api = useApi()
  const [items, setItems] = useState<MediaItem[]>()
  const [error, setError] = useState<string>()

  const fetchList = useCallback(
    (fresh = false) => {
      if (siteId === undefined) return
      const key = String(siteId)
      if (fresh) cache.delete(key)
      let pending = cache.get(key)
      if (!pending) {
        pending = api<{ docs: Asset[] }>(`/media-assets?where[site][equals]=${encodeURIComponent(key)}&limit=200&depth=0&sort=-createdAt`).then((answer) => {
          if (!answer.ok) throw new Error(errorOf(answer.body, answer.status))
          return answer.body.docs.map(toItem)
        })
        cache.set(key, pending)
      }
      pending.then(setItems, (caught: unknown) => {
        cache.delete(key)
        setError(String(caught))
      })
    },
    [api, siteId],
  )

  useEffect(() => {
    if (load) fetchList()
  }, [load, fetchList])

  /** Uploads one file to this site (multipart: `file` + `_payload` JSON with the site), as the media library does. */
  const upload = useCallback(
    async (file: File): Promise<MediaItem> => {
      const form = new FormData()
      form.append('file', file)
      form.append('_payload', JSON.stringify({ site: siteId }))
      const answer = await api<{ doc: Asset }>('/media-assets', { method: 'POST', body: form })
      if (!answer.ok) throw new Error(errorOf(answer.body, answer.status))
      fetchList(true)
      return toItem(answer.body.doc)
    },
    [api, fetchList, siteId],
  )

  return { items, error, upload }
}
