'use client'
/**
 * The TSX source as a monospace editor. Payload's `code` field loads Monaco
 * from a CDN (cdn.jsdelivr.net), which fails offline and behind strict CSPs,
 * so this is Payload's own textarea field (label, description, the save's
 * compile error) with code styling; Tab indents instead of leaving the field.
 * A compile error that names a place shows that line with a caret under the
 * column, and "Go to line" puts the cursor there.
 */
import type { TextareaFieldClientComponent } from 'payload'

import { TextareaField, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { errorExcerpt, errorPlace } from './compileErrorAt'

const CSS = `
.custom-component-source textarea {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 13px;
  line-height: 1.5;
  tab-size: 2;
  white-space: pre;
  overflow-wrap: normal;
  overflow-x: auto;
  min-height: 24em;
}
.custom-component-source__error {
  margin-top: 0.5rem;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--theme-error-500);
  border-radius: 4px;
  background: var(--theme-error-50, transparent);
}
.custom-component-source__error pre {
  margin: 0.4rem 0;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 13px;
  tab-size: 2;
  overflow-x: auto;
}
`

const indentOnTab = (event: React.KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return
  if (!(event.target instanceof HTMLTextAreaElement) || event.target.readOnly) return
  event.preventDefault()
  // insertText keeps the browser's undo history and fires the input event the form listens to.
  document.execCommand('insertText', false, '  ')
}

export const SourceCodeField: TextareaFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const pl = i18n.language === 'pl'
  const { value, errorMessage, showError } = useField<string>({ potentiallyStalePath: props.path })
  const box = useRef<HTMLDivElement>(null)
  // The refused save's error, kept (with the source it was about) until the source compiles on a later save.
  const [refused, setRefused] = useState<{ message: string; source: string }>()
  useEffect(() => {
    if (showError && errorMessage) setRefused({ message: errorMessage, source: value ?? '' })
    else if (!showError) setRefused(undefined)
  }, [showError, errorMessage, value])
  const place = errorPlace(refused?.message)
  const excerpt = place && refused ? errorExcerpt(refused.source, place) : undefined
  const goTo = () => {
    const textarea = box.current?.querySelector('textarea')
    if (!textarea || !excerpt) return
    textarea.focus()
    textarea.setSelectionRange(excerpt.offset, excerpt.offset + 1)
  }
  return (
    <div className="custom-component-source" onKeyDown={indentOnTab} ref={box}>
      <style>{CSS}</style>
      <TextareaField {...props} field={{ ...props.field, admin: { ...props.field.admin, rows: 24 } }} />
      {refused && place ? (
        <div className="custom-component-source__error" role="alert" data-testid="compile-error">
          <strong>{refused.message}</strong>
          {excerpt ? (
            <pre aria-label={pl ? `Wiersz ${place.line}` : `Line ${place.line}`}>
              {`${place.line} | ${excerpt.text}\n${' '.repeat(String(place.line).length)} | ${excerpt.caret}`}
            </pre>
          ) : null}
          {excerpt ? (
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={goTo}>
              <span className="btn__content">
                <span className="btn__label">{pl ? `Przejdź do wiersza ${place.line}` : `Go to line ${place.line}`}</span>
              </span>
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
