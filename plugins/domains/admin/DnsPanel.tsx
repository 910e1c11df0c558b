'use client'
/**
 * An order's DNS records (`GET /api/domains/orders/:id/dns`): what to do, then each record's type, name and value
 * with copy buttons and what the last check saw; for a domain the owner brings, the TXT proving it is theirs too.
 * "Check now" (`POST /api/domains/orders/:id/check`) checks at once instead of at the next planned time. Read
 * again whenever the order's status or last check changes (OrderList asks for the orders every few seconds).
 */
import React, { useCallback, useEffect, useState } from 'react'

import { callApi, problemText } from './api'
import { CopyButton } from './CopyButton'
import { fill } from './fill'
import type { DomainLabels } from './translations'
import type { DnsView, OrderView } from './viewTypes'

type Message = { ok: boolean; text: string }

function RecordState({ ok, found, problem, labels }: { ok: boolean | null; found: string[]; problem: string | null; labels: DomainLabels }) {
  if (ok === null) return <span className="dv-record-state">{labels.recordUnchecked}</span>
  if (ok) return <span className="dv-record-state dv-record-state--ok">✓ {labels.recordOk}</span>
  return (
    <span className="dv-record-state dv-record-state--missing">
      {labels.recordMissing}
      {problem ? <span className="dv-small dv-block">{problem}</span> : null}
      {!problem && found.length ? <span className="dv-small dv-block">{fill(labels.recordFound, { values: found.join(', ') })}</span> : null}
    </span>
  )
}

export function DnsPanel({ api, order, labels, onChanged }: { api: string; order: OrderView; labels: DomainLabels; onChanged: () => void }) {
  const [view, setView] = useState<DnsView>()
  const [message, setMessage] = useState<Message>()
  const [checking, setChecking] = useState(false)
  const url = `${api}/domains/orders/${order.id}`

  const load = useCallback(async () => {
    const answer = await callApi<DnsView>(`${url}/dns`)
    if (answer.ok) setView(answer.body)
  }, [url])

  useEffect(() => {
    void load()
  }, [load, order.status, order.lastCheckedAt])

  const checkNow = async () => {
    setChecking(true)
    setMessage(undefined)
    const answer = await callApi<DnsView>(`${url}/check`, { method: 'POST' })
    setChecking(false)
    if (answer.ok) {
      setView(answer.body)
      setMessage({ ok: true, text: labels.checkQueued })
      onChanged()
    } else setMessage({ ok: false, text: problemText(answer, labels) })
  }

  if (!view) return null
  const own = order.kind === 'own'
  const canCheck = order.status !== 'live' && order.status !== 'cancelled'
  return (
    <section className="dv-dns" aria-label={own ? labels.dnsOwnTitle : labels.dnsTitle} data-testid="dv-dns">
      <h4>{own ? labels.dnsOwnTitle : labels.dnsTitle}</h4>
      <p>{view.instructions}</p>
      {view.records.length ? (
        <ul className="dv-records">
          {view.records.map((record) => (
            <li key={`${record.purpose}-${record.type}-${record.value}`} className="dv-record" data-testid="dv-record" data-purpose={record.purpose}>
              <strong className="dv-record-purpose">{record.purposeLabel}</strong>
              <dl>
                <div>
                  <dt>{labels.recordType}</dt>
                  <dd>
                    <code>{record.type}</code>
                  </dd>
                </div>
                <div>
                  <dt>{labels.recordName}</dt>
                  <dd>
                    <code>{record.name}</code>
                    <CopyButton
                      text={record.name}
                      label={fill(labels.copyWhat, { what: `${labels.recordName} ${record.name}` })}
                      copyLabel={labels.copy}
                      copiedLabel={labels.copied}
                    />
                  </dd>
                </div>
                <div>
                  <dt>{labels.recordValue}</dt>
                  <dd>
                    <code className="dv-value">{record.value}</code>
                    <CopyButton
                      text={record.value}
                      label={fill(labels.copyWhat, { what: `${labels.recordValue} ${record.value}` })}
                      copyLabel={labels.copy}
                      copiedLabel={labels.copied}
                    />
                  </dd>
                </div>
                <div>
                  <dt>{labels.recordState}</dt>
                  <dd>
                    <RecordState ok={record.ok} found={record.found} problem={record.problem} labels={labels} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
      {own && view.records.some((record) => record.name === '@') ? <p className="dv-small">{fill(labels.dnsNameHint, { domain: view.unicodeName })}</p> : null}
      {canCheck ? (
        <div className="dv-actions">
          <button type="button" className="dv-button" disabled={checking} onClick={() => void checkNow()} data-testid="dv-check-now">
            {checking ? labels.checking : labels.checkNow}
          </button>
        </div>
      ) : null}
      <p role="status" className={message ? (message.ok ? 'dv-message' : 'dv-message dv-message--error') : 'dv-message dv-message--empty'}>
        {message?.text}
      </p>
    </section>
  )
}
