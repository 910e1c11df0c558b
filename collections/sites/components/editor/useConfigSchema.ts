'use client'
/** The section types' schemas from GET /api/sites/config-schema, fetched once per admin page load. */
import { useEffect, useState } from 'react'

import type { JsonSchema } from './describeSchema'
import { useApi } from './useEditorKit'

export type SectionTypeInfo = { type: string; label: { en: string; pl: string }; schema: JsonSchema }
export type ConfigSchemaInfo = { sections: SectionTypeInfo[]; fonts: string[]; locales: string[] }

let cached: Promise<ConfigSchemaInfo> | undefined

export const useConfigSchema = (): { schema?: ConfigSchemaInfo; error?: string } => {
  const api = useApi()
  const [state, setState] = useState<{ schema?: ConfigSchemaInfo; error?: string }>({})
  useEffect(() => {
    let live = true
    cached ??= api<ConfigSchemaInfo>('/sites/config-schema').then((answer) => {
      if (!answer.ok) throw new Error(`config-schema: HTTP ${answer.status}`)
      return answer.body
    })
    cached.then(
      (schema) => live && setState({ schema }),
      (error: unknown) => {
        cached = undefined
        if (live) setState({ error: String(error) })
      },
    )
    return () => {
      live = false
    }
  }, [api])
  return state
}
