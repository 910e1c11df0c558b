'use client'
/**
 * The TSX source as a monospace editor. Payload's `code` field loads Monaco
 * from a CDN (cdn.jsdelivr.net), which fails offline and behind strict CSPs,
 * so this is Payload's own textarea field (label, description, the save's
 * compile error) with code styling; Tab indents instead of leaving the field.
 */
import type { TextareaFieldClientComponent } from 'payload'

import { TextareaField } from '@payloadcms/ui'
import React from 'react'

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
`

const indentOnTab = (event: React.KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return
  if (!(event.target instanceof HTMLTextAreaElement) || event.target.readOnly) return
  event.preventDefault()
  // insertText keeps the browser's undo history and fires the input event the form listens to.
  document.execCommand('insertText', false, '  ')
}

export const SourceCodeField: TextareaFieldClientComponent = (props) => (
  <div className="custom-component-source" onKeyDown={indentOnTab}>
    <style>{CSS}</style>
    <TextareaField {...props} field={{ ...props.field, admin: { ...props.field.admin, rows: 24 } }} />
  </div>
)
