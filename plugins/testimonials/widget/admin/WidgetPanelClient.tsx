'use client'
/**
 * The widget panel in the browser: language, theme, layout and count; the iframe and script embed codes with a
 * copy button each; a live preview of the widget as the iframe code shows it (resized by the widget's own
 * height messages, as on another website).
 */
import React, { useEffect, useRef, useState } from 'react'

import { HEIGHT_MESSAGE, WIDGET_PANEL_ANCHOR } from '../protocol'
import { iframeSnippet, scriptSnippet, widgetUrl, type SnippetOptions } from '../snippets'
import type { PanelTexts } from './texts'

/** Room for the admin's sticky header above the panel when a link scrolls to it. */
const SCROLL_MARGIN = 96

type Props = { platformURL: string; identifier: string; published: boolean; lang: 'pl' | 'en'; texts: PanelTexts }

const codeStyle: React.CSSProperties = {
  width: '100%',
  minHeight: '6.5em',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 12,
  padding: 8,
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
  resize: 'vertical',
}

function Snippet({ title, hint, code, texts, testId }: { title: string; hint: string; code: string; texts: PanelTexts; testId: string }) {
  const [status, setStatus] = useState<'copied' | 'failed'>()
  const area = useRef<HTMLTextAreaElement>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code)
      setStatus('copied')
    } catch {
      // No clipboard access (an insecure origin, a refused permission): select it for a manual copy.
      area.current?.select()
      setStatus('failed')
    }
  }
  return (
    <div style={{ marginBottom: 16 }} data-testid={testId}>
      <h4 style={{ margin: '0 0 4px' }}>{title}</h4>
      <p style={{ margin: '0 0 6px', color: 'var(--theme-elevation-600)' }}>{hint}</p>
      <textarea ref={area} readOnly value={code} style={codeStyle} aria-label={title} onFocus={(event) => event.currentTarget.select()} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={copy} style={{ margin: '4px 0' }}>
          <span className="btn__content">
            <span className="btn__label">{texts.copy}</span>
          </span>
        </button>
        <span role="status">{status === 'copied' ? texts.copied : status === 'failed' ? texts.copyFailed : ''}</span>
      </div>
    </div>
  )
}

function Choice<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: [T, string][]; onChange: (value: T) => void }) {
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}

export function WidgetPanelClient({ platformURL, identifier, published, lang, texts }: Props) {
  const [options, setOptions] = useState<SnippetOptions>({ lang, theme: 'light', layout: 'list', limit: 10 })
  const [height, setHeight] = useState(480)
  const frame = useRef<HTMLIFrameElement>(null)
  const set = (change: Partial<SnippetOptions>) => setOptions((current) => ({ ...current, ...change }))

  // The preview fits its content, as the iframe code's listener does on another website.
  useEffect(() => {
    const listen = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null
      if (data?.type !== HEIGHT_MESSAGE || event.source !== frame.current?.contentWindow) return
      setHeight(Math.min(Math.max(Number(data.height) || 0, 60), 6000))
    }
    window.addEventListener('message', listen)
    return () => window.removeEventListener('message', listen)
  }, [])

  // The moderation view links here (`#testimonials-widget`). The form above keeps growing while its fields render,
  // so the panel is brought back to the top while it moves, for a few seconds or until the user scrolls.
  useEffect(() => {
    if (window.location.hash !== `#${WIDGET_PANEL_ANCHOR}`) return
    const follow = () => {
      const panel = document.getElementById(WIDGET_PANEL_ANCHOR)
      if (panel && Math.abs(panel.getBoundingClientRect().top - SCROLL_MARGIN) > 4) panel.scrollIntoView({ block: 'start' })
    }
    const interval = window.setInterval(follow, 100)
    const stop = () => {
      window.clearInterval(interval)
      for (const type of ['wheel', 'touchstart', 'keydown']) window.removeEventListener(type, stop)
    }
    for (const type of ['wheel', 'touchstart', 'keydown']) window.addEventListener(type, stop, { once: true })
    const timer = window.setTimeout(stop, 4000)
    follow()
    return () => {
      window.clearTimeout(timer)
      stop()
    }
  }, [])

  return (
    <div className="field-type" id={WIDGET_PANEL_ANCHOR} data-testid="testimonials-widget-panel" style={{ marginTop: 24, scrollMarginTop: SCROLL_MARGIN }}>
      <h3 style={{ marginBottom: 4 }}>{texts.heading}</h3>
      {!published ? (
        <p data-testid="testimonials-widget-unpublished">{texts.publishFirst}</p>
      ) : (
        <>
          <p style={{ marginTop: 0 }}>{texts.intro}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '12px 0 16px' }}>
            <Choice
              label={texts.language}
              value={options.lang}
              options={[
                ['pl', texts.languagePl],
                ['en', texts.languageEn],
              ]}
              onChange={(value) => set({ lang: value })}
            />
            <Choice
              label={texts.theme}
              value={options.theme}
              options={[
                ['light', texts.themeLight],
                ['dark', texts.themeDark],
              ]}
              onChange={(value) => set({ theme: value })}
            />
            <Choice
              label={texts.layout}
              value={options.layout}
              options={[
                ['list', texts.layoutList],
                ['carousel', texts.layoutCarousel],
              ]}
              onChange={(value) => set({ layout: value })}
            />
            <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              <span>{texts.limit}</span>
              <input
                type="number"
                min={1}
                max={50}
                value={options.limit}
                onChange={(event) => set({ limit: Math.min(50, Math.max(1, Math.round(Number(event.target.value) || 1))) })}
                style={{ width: 90 }}
              />
            </label>
          </div>
          <Snippet
            testId="testimonials-widget-iframe"
            title={texts.iframeTitle}
            hint={texts.iframeHint}
            code={iframeSnippet(platformURL, identifier, options)}
            texts={texts}
          />
          <Snippet
            testId="testimonials-widget-script"
            title={texts.scriptTitle}
            hint={texts.scriptHint}
            code={scriptSnippet(platformURL, identifier, options)}
            texts={texts}
          />
          <h4 style={{ margin: '8px 0' }}>{texts.preview}</h4>
          <iframe
            ref={frame}
            title={texts.preview}
            src={widgetUrl(platformURL, identifier, options)}
            sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
            style={{ width: '100%', height, border: '1px dashed var(--theme-elevation-150)', borderRadius: 8 }}
            data-testid="testimonials-widget-preview"
          />
        </>
      )}
    </div>
  )
}
