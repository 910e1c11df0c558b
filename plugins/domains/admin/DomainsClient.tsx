'use client'
/**
 * The Domain view in the browser: the site's domains (OrderCard.tsx), asked for again every few seconds while one
 * moves by itself (`GET /api/domains/orders?site=`, progress.ts's refreshDelay), then the search and purchase
 * (SearchPanel.tsx) and the own-domain form (OwnDomainForm.tsx). Coming back from P24 (`?order=<id>`), that
 * domain is scrolled to and outlined while its payment is confirmed.
 */
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import type { Lang } from '@platform/format'
import { callApi } from './api'
import { OrderCard } from './OrderCard'
import { OwnDomainForm } from './OwnDomainForm'
import { listOrder, refreshDelay } from './progress'
import { SearchPanel } from './SearchPanel'
import type { DomainLabels } from './translations'
import type { OrderView } from './viewTypes'

export function DomainsClient({
  siteId,
  initialOrders,
  focusId,
  siteDomain,
  labels,
  lang,
}: {
  siteId: number | string
  initialOrders: OrderView[]
  /** The order the page was opened for (the P24 return, an email, a notification). */
  focusId?: number
  /** The site's own domain (ASCII, and as written), where its pages are served; null until one is live. */
  siteDomain: { ascii: string; text: string } | null
  labels: DomainLabels
  lang: Lang
}) {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const [orders, setOrders] = useState(initialOrders)
  const [focus, setFocus] = useState(focusId)
  const [prefill, setPrefill] = useState<{ name: string; at: number }>()
  const live = useRef(new Set(initialOrders.filter((order) => order.status === 'live').map((order) => order.id)))

  const reload = useCallback(async () => {
    const answer = await callApi<{ orders: OrderView[] }>(`${api}/domains/orders?site=${encodeURIComponent(String(siteId))}`)
    if (!answer.ok) return
    setOrders(answer.body.orders)
    // A domain just went live: the page's header (the site's address) is the server's, read it again.
    const nowLive = answer.body.orders.filter((order) => order.status === 'live' && !live.current.has(order.id))
    if (nowLive.length) {
      nowLive.forEach((order) => live.current.add(order.id))
      router.refresh()
    }
  }, [api, siteId, router])

  const delay = refreshDelay(orders, new Date())
  useEffect(() => {
    if (delay === null) return
    const timer = setTimeout(() => void reload(), delay)
    return () => clearTimeout(timer)
  }, [delay, orders, reload])

  // Back on the tab after a while (paying in another tab, setting DNS records elsewhere): ask at once.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [reload])

  // The domain the page was opened for, or the one just connected: scrolled to once it is on the page.
  const scrolledTo = useRef<number>(undefined)
  useEffect(() => {
    if (focus === undefined || scrolledTo.current === focus) return
    const card = document.getElementById(`domain-order-${focus}`)
    if (!card) return
    scrolledTo.current = focus
    card.scrollIntoView({ behavior: focus === focusId ? 'auto' : 'smooth', block: 'start' })
  }, [focus, focusId, orders])

  return (
    <>
      {orders.length ? (
        <section className="dv-section" aria-labelledby="dv-orders-heading">
          <h2 id="dv-orders-heading">{labels.ordersTitle}</h2>
          <div className="dv-orders" data-testid="dv-orders">
            {listOrder(orders).map((order) => (
              <OrderCard
                key={order.id}
                api={api}
                order={order}
                labels={labels}
                lang={lang}
                focused={order.id === focus}
                siteDomain={siteDomain}
                onChanged={() => void reload()}
                onAddressChanged={() => {
                  void reload()
                  router.refresh()
                }}
              />
            ))}
          </div>
        </section>
      ) : null}
      <SearchPanel
        api={api}
        siteId={siteId}
        labels={labels}
        siteNames={orders.filter((order) => order.status !== 'cancelled').map((order) => order.domain)}
        onConnectOwn={(name) => setPrefill({ name, at: Date.now() })}
      />
      <OwnDomainForm
        api={api}
        siteId={siteId}
        labels={labels}
        prefill={prefill}
        onAdded={(orderId) => {
          setFocus(orderId)
          void reload()
        }}
      />
    </>
  )
}
