'use client'
/**
 * An email as its reader sees it: the HTML in a sandboxed frame (no scripts, no same-origin access, links open
 * in a new tab; see ../emailFrame.ts) and its plain-text part, one tab each. Used by the dev mailbox and the
 * email templates' preview.
 */
import React, { useId, useState } from 'react'

import { EMAIL_FRAME_SANDBOX, emailFrameDocument } from '../emailFrame'

export type EmailFrameProps = { html?: string | null; text?: string | null; pl: boolean; title: string }

export function EmailFrame({ html, text, pl, title }: EmailFrameProps) {
  const [view, setView] = useState<'html' | 'text'>(html ? 'html' : 'text')
  const id = useId()
  const tabs = [
    { key: 'html' as const, label: pl ? 'Wiadomość' : 'Message', disabled: !html },
    { key: 'text' as const, label: pl ? 'Wersja tekstowa' : 'Plain text', disabled: !text },
  ]
  return (
    <div className="email-frame" data-testid="email-frame">
      <div role="tablist" aria-label={title} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-${tab.key}`}
            aria-selected={view === tab.key}
            aria-controls={`${id}-panel`}
            disabled={tab.disabled}
            className={`btn btn--size-small ${view === tab.key ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            onClick={() => setView(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${view}`}>
        {view === 'html' && html ? (
          <iframe
            title={title}
            data-testid="email-frame-html"
            sandbox={EMAIL_FRAME_SANDBOX}
            referrerPolicy="no-referrer"
            srcDoc={emailFrameDocument(html)}
            style={{ width: '100%', height: 560, resize: 'vertical', border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
          />
        ) : (
          <pre data-testid="email-frame-text" style={{ whiteSpace: 'pre-wrap', border: '1px solid var(--theme-elevation-150)', padding: 12, margin: 0 }}>
            {text || (pl ? '(brak wersji tekstowej)' : '(no plain-text part)')}
          </pre>
        )}
      </div>
    </div>
  )
}
