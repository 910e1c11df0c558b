'use client'
/** What every input of the editor may need: the site id (media, components) and the paths the last save rejected. */
import { createContext, useContext } from 'react'

/** `isTemplate`: editing a template's config (no site: no media library, no site components). */
export type EditorContextValue = { siteId?: number | string; isTemplate?: boolean; errorPaths: ReadonlySet<string>; readOnly: boolean }

export const EditorContext = createContext<EditorContextValue>({ errorPaths: new Set(), readOnly: false })

export const useEditorContext = () => useContext(EditorContext)
