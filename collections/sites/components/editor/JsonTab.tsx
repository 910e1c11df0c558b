'use client'
/** The raw configuration for power users: applied to the form only when it parses as a JSON object. */
import React, { useEffect, useRef, useState } from 'react'

import { useEditorContext } from './EditorContext'
import { useTr } from './useEditorKit'

type Config = Record<string, unknown>

export const JsonTab: React.FC<{ config: Config; onChange: (config: Config) => void }> = ({ config, onChange }) => {
  const { tr } = useTr()
  const { readOnly } = useEditorContext()
  const [text, setText] = useState(() => JSON.stringify(config, null, 2))
  const [problem, setProblem] = useState<string>()
  const applied = useRef<Config>(config)
  // The config changed elsewhere (not by this textarea): show it.
  useEffect(() => {
    if (config !== applied.current) {
      applied.current = config
      setText(JSON.stringify(config, null, 2))
      setProblem(undefined)
    }
  }, [config])
  return (
    <div className="site-editor__tab-body">
      <p className="site-editor__hint">
        {tr(
          'Changes apply as soon as the text is a valid JSON object; save the site as usual.',
          'Zmiany obowiązują, gdy tekst jest poprawnym obiektem JSON; zapisz stronę jak zwykle.',
        )}
      </p>
      <textarea
        className="site-editor__json"
        data-testid="site-editor-json"
        spellCheck={false}
        readOnly={readOnly}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          try {
            const parsed: unknown = JSON.parse(event.target.value)
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(tr('Expected a JSON object', 'Oczekiwano obiektu JSON'))
            setProblem(undefined)
            applied.current = parsed as Config
            onChange(parsed as Config)
          } catch (caught) {
            setProblem(caught instanceof Error ? caught.message : String(caught))
          }
        }}
      />
      {problem ? (
        <p className="site-editor__error">
          {tr('Not applied: ', 'Nie zastosowano: ')}
          {problem}
        </p>
      ) : null}
    </div>
  )
}
