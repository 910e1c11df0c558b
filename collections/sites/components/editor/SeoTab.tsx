'use client'
/** SEO: the title and description search engines show, and the sharing image. */
import React from 'react'

import { getIn, setIn } from './configPath'
import { LocalizedInput } from './inputs'
import { MediaPicker } from './MediaPicker'
import { useTr } from './useEditorKit'

type Config = Record<string, unknown>

export const SeoTab: React.FC<{ config: Config; onChange: (config: Config) => void }> = ({ config, onChange }) => {
  const { tr } = useTr()
  const set = (key: string, value: unknown) => {
    const next = setIn(config, ['seo', key], value) as Config
    // An empty seo object is dropped rather than stored.
    onChange(next.seo && Object.keys(next.seo).length === 0 ? (setIn(next, ['seo'], undefined) as Config) : next)
  }
  return (
    <div className="site-editor__tab-body">
      <LocalizedInput
        path={['seo', 'title']}
        value={getIn(config, ['seo', 'title'])}
        label={tr('Title in search results', 'Tytuł w wynikach wyszukiwania')}
        onChange={(value) => set('title', value)}
      />
      <LocalizedInput
        path={['seo', 'description']}
        value={getIn(config, ['seo', 'description'])}
        multiline
        label={tr('Description in search results', 'Opis w wynikach wyszukiwania')}
        onChange={(value) => set('description', value)}
      />
      <MediaPicker
        path={['seo', 'image']}
        value={getIn(config, ['seo', 'image'])}
        label={tr('Image for sharing', 'Obraz do udostępniania')}
        onChange={(value) => set('image', value)}
      />
    </div>
  )
}
