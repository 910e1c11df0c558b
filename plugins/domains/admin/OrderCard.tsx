'use client'
/**
 * One domain of the site: its name, status, kind, date and price, the progress (OrderProgress.tsx), the pay link
 * while the payment waits, the failure's message with "Try again", the live address and the www/apex choice
 * (RedirectChoice.tsx), and the DNS records of a domain the owner brings (DnsPanel.tsx).
 */
import React, { useEffect, useRef, useState } from 'react'

import { formatDate, type Lang } from '@platform/format'
import { callApi, problemText } from './api'
import { DnsPanel } from './DnsPanel'
import { fill } from './fill'
import { OrderProgress } from './OrderProgress'
import { liveHost } from './progress'
import { RedirectChoice } from './RedirectChoice'
import type { DomainLabels } from './translations'
import type { OrderView } from './viewTypes'

const TONE: Partial<Record<OrderView['status'], string>> = { live: 'good', failed: 'bad', cancelled: 'muted' }

/** A failure in the DNS part is checked again (`…/check`); one before it resumes the order (`…/retry`). */
const DNS_STEPS = ['dns', 'refresh', 'verification']
const retryPath = (order: OrderView) =>
  order.steps.some((row) => row.state === 'failed' && DNS_STEPS.includes(row.step)) || (order.error && DNS_STEPS.includes(order.error.step)) ? 'check' : 'retry'

export function OrderCard({
  api,
  order,
  labels,
  lang,
  focused,
  siteDomain,
  onChanged,
  onAddressChanged,
}: {
  api: string
  order: OrderView
  labels: DomainLabels
  lang: Lang
  focused: boolean
  /** The site's own domain as the server last read it (ASCII, and as written): the live domain visitors land on. */
  siteDomain: { ascii: string; text: string } | null
  onChanged: () => void
  /** The site's address changed (the www/apex choice of its live domain): the page's header follows. */
  onAddressChanged: () => void
}) {
  const [retrying, setRetrying] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  // "The order is going again" is said while it goes; once it ends (live, failed again, cancelled) the card says so.
  const shownFor = useRef(order.status)
  useEffect(() => {
    if (shownFor.current === order.status) return
    shownFor.current = order.status
    if (['live', 'failed', 'cancelled'].includes(order.status)) setMessage(undefined)
  }, [order.status])

  const retry = async () => {
    setRetrying(true)
    setMessage(undefined)
    const answer = await callApi(`${api}/domains/orders/${order.id}/${retryPath(order)}`, { method: 'POST' })
    setRetrying(false)
    if (answer.ok) setMessage({ ok: true, text: labels.retried })
    else setMessage({ ok: false, text: problemText(answer, labels) })
    onChanged()
  }

  const host = liveHost(order.unicodeName, order.redirect)
  const href = `https://${liveHost(order.domain, order.redirect)}`
  // A site answers on one domain; its other live domains send visitors on to it (the newest live one is the site's).
  const main = order.status === 'live' && (!siteDomain || siteDomain.ascii === order.domain || siteDomain.ascii === `www.${order.domain}`)
  const facts = [
    order.kind === 'own' ? labels.kindOwn : labels.kindPurchase,
    fill(order.kind === 'own' ? labels.addedOn : labels.orderedOn, { date: formatDate(order.createdAt, lang) }),
    order.price ? fill(labels.pricePerYear, { price: order.price.grossText }) : null,
  ].filter(Boolean)

  return (
    <article
      id={`domain-order-${order.id}`}
      className={focused ? 'dv-order dv-order--focused' : 'dv-order'}
      data-testid="dv-order"
      data-domain={order.domain}
      data-status={order.status}
      aria-labelledby={`domain-order-${order.id}-name`}
    >
      <header className="dv-order-head">
        <h3 id={`domain-order-${order.id}-name`}>{order.unicodeName}</h3>
        <span className={`dv-badge dv-badge--${TONE[order.status] ?? 'busy'}`} data-testid="dv-order-status">
          {order.statusLabel}
        </span>
      </header>
      <p className="dv-small">{facts.join(' · ')}</p>

      {main ? (
        <p className="dv-live" data-testid="dv-live">
          {labels.liveAt}{' '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {host}
          </a>
        </p>
      ) : null}
      {order.status === 'live' && !main && siteDomain ? (
        <p className="dv-live" data-testid="dv-live-redirects">
          {fill(labels.redirectsTo, { domain: order.unicodeName, site: siteDomain.text })}
        </p>
      ) : null}

      <OrderProgress order={order} labels={labels} lang={lang} />

      {order.payUrl ? (
        <div className="dv-actions">
          <a className="dv-button dv-button--primary" href={order.payUrl} data-testid="dv-pay">
            {fill(labels.pay, { price: order.price?.grossText ?? '' })}
          </a>
        </div>
      ) : null}

      {order.status === 'cancelled' ? <p className="dv-note">{labels.cancelled}</p> : null}

      {order.error && order.status === 'failed' ? (
        <div className="dv-error" role="alert" data-testid="dv-error">
          <strong>{labels.errorTitle}</strong>
          <p>{order.error.message}</p>
          {order.canRetry ? (
            <button type="button" className="dv-button dv-button--primary" disabled={retrying} onClick={() => void retry()} data-testid="dv-retry">
              {retrying ? labels.retrying : labels.retry}
            </button>
          ) : (
            <p className="dv-small">{labels.noRetry}</p>
          )}
        </div>
      ) : null}
      <p role="status" className={message ? (message.ok ? 'dv-message' : 'dv-message dv-message--error') : 'dv-message dv-message--empty'}>
        {message?.text}
      </p>

      {main ? <RedirectChoice api={api} order={order} labels={labels} onChanged={onAddressChanged} /> : null}
      {order.kind === 'own' && order.status !== 'live' && order.status !== 'cancelled' ? (
        <DnsPanel api={api} order={order} labels={labels} onChanged={onChanged} />
      ) : null}
    </article>
  )
}
