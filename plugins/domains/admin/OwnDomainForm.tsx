'use client'
/**
 * "Connect a domain you own": the name and how it is connected, in plain words: pointed at the platform (the
 * records we show; recommended) or kept on the owner's own DNS and proxy (only a TXT proves it is theirs).
 * `POST /api/domains/own { site, name, proxyMode }`; the new domain then shows in the list with its records.
 */
import React, { useEffect, useRef, useState } from 'react'

import { callApi, problemText } from './api'
import { fill } from './fill'
import type { DomainLabels } from './translations'
import type { DnsView } from './viewTypes'

export function OwnDomainForm({
  api,
  siteId,
  labels,
  prefill,
  onAdded,
}: {
  api: string
  siteId: number | string
  labels: DomainLabels
  /** A name to fill in (from a search result the owner says is theirs), with a counter so the same name fills again. */
  prefill?: { name: string; at: number }
  onAdded: (orderId: number) => void
}) {
  const [name, setName] = useState('')
  const [proxyMode, setProxyMode] = useState(true)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!prefill) return
    setName(prefill.name)
    setMessage(undefined)
    input.current?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    input.current?.focus({ preventScroll: true })
  }, [prefill])

  const connect = async () => {
    setBusy(true)
    setMessage(undefined)
    const answer = await callApi<DnsView>(`${api}/domains/own`, { method: 'POST', body: { site: siteId, name, proxyMode } })
    setBusy(false)
    if (answer.ok) {
      setMessage({ ok: true, text: fill(labels.connected, { domain: answer.body.unicodeName }) })
      setName('')
      onAdded(answer.body.id)
    } else setMessage({ ok: false, text: problemText(answer, labels) })
  }

  return (
    <section className="dv-section" aria-labelledby="dv-own-heading">
      <h2 id="dv-own-heading">{labels.ownTitle}</h2>
      <p className="dv-small">{labels.ownHelp}</p>
      <form
        className="dv-own-form"
        onSubmit={(event) => {
          event.preventDefault()
          void connect()
        }}
      >
        <label className="dv-field">
          <span>{labels.ownName}</span>
          <input
            ref={input}
            type="text"
            name="own-domain"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder={labels.ownPlaceholder}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={300}
            data-testid="dv-own-input"
          />
        </label>
        <fieldset className="dv-fieldset">
          <legend>{labels.proxyTitle}</legend>
          <label className="dv-choice">
            <input type="radio" name="proxy-mode" checked={proxyMode} onChange={() => setProxyMode(true)} />
            <span>
              <strong>{labels.proxyOn}</strong>
              <span className="dv-small dv-block">{labels.proxyOnHelp}</span>
            </span>
          </label>
          <label className="dv-choice">
            <input type="radio" name="proxy-mode" checked={!proxyMode} onChange={() => setProxyMode(false)} />
            <span>
              <strong>{labels.proxyOff}</strong>
              <span className="dv-small dv-block">{labels.proxyOffHelp}</span>
            </span>
          </label>
        </fieldset>
        <div className="dv-actions">
          <button type="submit" className="dv-button dv-button--primary" disabled={busy} data-testid="dv-own-submit">
            {busy ? labels.connecting : labels.connect}
          </button>
        </div>
      </form>
      <p
        role="status"
        className={message ? (message.ok ? 'dv-message' : 'dv-message dv-message--error') : 'dv-message dv-message--empty'}
        data-testid="dv-own-message"
      >
        {message?.text}
      </p>
    </section>
  )
}
