'use client'
/**
 * Which sections of the draft being edited a visitor would not see for lack of content, and why
 * (POST /api/sites/:id/empty-sections with the unsaved config), asked again a moment after each change.
 * Keyed `"<page>:<section>"`; the value is the sentence in both languages.
 */
import { useEffect, useState } from 'react'

import { useEditorContext } from './EditorContext'
import { useApi } from './useEditorKit'

type Message = { pl: string; en: string }
type Answer = { sections: { page: number; section: number; message: Message }[] }

/** How long the editor waits after a change before asking (typing does not send a request per key). */
const SETTLE_MS = 600

export const useEmptySections = (config: Record<string, unknown>): ReadonlyMap<string, Message> => {
  const api = useApi()
  const { siteId } = useEditorContext()
  const [empty, setEmpty] = useState<ReadonlyMap<string, Message>>(new Map())
  useEffect(() => {
    if (siteId === undefined) return
    let live = true
    const timer = setTimeout(() => {
      void api<Answer>(`/sites/${siteId}/empty-sections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ config }),
      })
        .then((answer) => {
          // A refused or failed check shows nothing rather than a wrong sentence.
          if (live && answer.ok) setEmpty(new Map(answer.body.sections.map((item) => [`${item.page}:${item.section}`, item.message])))
        })
        .catch(() => {})
    }, SETTLE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, siteId, config])
  return empty
}
