'use client'
/**
 * `componentId`: a select of this site's custom React components; while that
 * collection is not there (404) or cannot be read, a plain id input.
 */
import React, { useEffect, useState } from 'react'

import { useEditorContext } from './EditorContext'
import { SelectInput, TextInput } from './inputs'
import { useApi, useTr } from './useEditorKit'

type Path = readonly (string | number)[]
type Component = { id: number | string; name?: string; title?: string }

const asId = (text: string): number | string => (/^\d+$/.test(text) ? Number(text) : text)

export const ComponentPicker: React.FC<{
  path: Path
  value: unknown
  onChange: (value: number | string | undefined) => void
  label: string
  required?: boolean
}> = ({ path, value, onChange, label, required }) => {
  const { tr } = useTr()
  const api = useApi()
  const { siteId } = useEditorContext()
  const [components, setComponents] = useState<Component[] | null>()
  useEffect(() => {
    if (siteId === undefined) return setComponents(null)
    let live = true
    api<{ docs: Component[] }>(`/custom-react-components?where[site][equals]=${encodeURIComponent(String(siteId))}&limit=200&depth=0`).then(
      (answer) => live && setComponents(answer.ok && Array.isArray(answer.body?.docs) ? answer.body.docs : null),
      () => live && setComponents(null),
    )
    return () => {
      live = false
    }
  }, [api, siteId])

  if (components === undefined) return <p className="site-editor__hint">{tr('Loading components…', 'Wczytywanie komponentów…')}</p>
  if (components === null) {
    return (
      <TextInput
        path={path}
        value={value}
        label={`${label} (${tr('id', 'identyfikator')})`}
        required={required}
        onChange={(text) => onChange(text.trim() === '' ? undefined : asId(text.trim()))}
      />
    )
  }
  return (
    <SelectInput
      path={path}
      value={value}
      label={label}
      required={required}
      emptyLabel={tr('– choose a component –', '– wybierz komponent –')}
      options={components.map((component) => ({ value: String(component.id), label: component.name ?? component.title ?? `#${component.id}` }))}
      onChange={(text) => onChange(text === undefined ? undefined : asId(text))}
    />
  )
}
