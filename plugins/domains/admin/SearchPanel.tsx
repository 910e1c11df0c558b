'use client'
/**
 * "Buy a new domain": the owner types a name (IDN too), the view asks `GET /api/domains/search` and lists the name
 * and its alternatives (.pl, .com, .eu, .com.pl) with availability and the year's price with and without VAT.
 * "Buy" creates the order (`POST /api/domains/orders`) and sends the browser to the payments plugin's pay link
 * (P24), which brings it back to this view. A registered name offers to connect it as the owner's own domain.
 */
import React, { useState } from 'react'

import { callApi, problemText } from './api'
import { fill } from './fill'
import type { DomainLabels } from './translations'
import type { OrderView, SearchAnswer, SearchResultView } from './viewTypes'

type Badge = { text: string; tone: 'good' | 'bad' | 'muted' }

const badgeOf = (result: SearchResultView, labels: DomainLabels, ours: boolean): Badge => {
  if (ours) return { text: labels.badgeOurs, tone: 'muted' }
  if (result.inUse) return { text: labels.badgeInUse, tone: 'muted' }
  if (result.available) return { text: labels.badgeAvailable, tone: 'good' }
  if (result.action === 'transfer') return { text: labels.badgeTaken, tone: 'bad' }
  return { text: labels.badgeUnavailable, tone: 'muted' }
}

/** The searched name first, then the ones that can be bought, then the rest (each group in OVH's answer order). */
const ordered = (results: SearchResultView[]) =>
  [...results].sort((a, b) => Number(b.requested) - Number(a.requested) || Number(b.available) - Number(a.available))

export function SearchPanel({
  api,
  siteId,
  labels,
  siteNames,
  onConnectOwn,
}: {
  api: string
  siteId: number | string
  labels: DomainLabels
  /** This site's domains (ASCII): a result among them is the owner's already, not "someone else's". */
  siteNames: readonly string[]
  /** "It's mine": the own-domain form, filled with this name. */
  onConnectOwn: (name: string) => void
}) {
  const [name, setName] = useState('')
  const [searching, setSearching] = useState(false)
  const [answer, setAnswer] = useState<SearchAnswer>()
  const [problem, setProblem] = useState<string>()
  const [buying, setBuying] = useState<string>()
  const [buyProblem, setBuyProblem] = useState<{ domain: string; text: string }>()

  const search = async () => {
    setSearching(true)
    setProblem(undefined)
    setBuyProblem(undefined)
    const query = new URLSearchParams({ site: String(siteId), name })
    const result = await callApi<SearchAnswer>(`${api}/domains/search?${query}`)
    setSearching(false)
    if (result.ok) setAnswer(result.body)
    else {
      setAnswer(undefined)
      setProblem(problemText(result, labels))
    }
  }

  const buy = async (domain: string) => {
    setBuying(domain)
    setBuyProblem(undefined)
    const result = await callApi<{ order: OrderView; payUrl: string | null }>(`${api}/domains/orders`, { method: 'POST', body: { site: siteId, name: domain } })
    if (result.ok && result.body.payUrl) {
      // Off to P24 (through the payments plugin's pay link); the payment's return address is this view.
      window.location.assign(result.body.payUrl)
      return
    }
    setBuying(undefined)
    setBuyProblem({ domain, text: result.ok ? labels.failed : problemText(result, labels) })
  }

  return (
    <section className="dv-section" aria-labelledby="dv-search-heading">
      <h2 id="dv-search-heading">{labels.searchTitle}</h2>
      <form
        className="dv-form dv-search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
          void search()
        }}
      >
        <label className="dv-field">
          <span>{labels.searchLabel}</span>
          <input
            type="text"
            name="domain"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder={labels.searchPlaceholder}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={300}
            data-testid="dv-search-input"
          />
        </label>
        <button type="submit" className="dv-button dv-button--primary" disabled={searching} data-testid="dv-search-button">
          {searching ? labels.searching : labels.searchButton}
        </button>
      </form>
      <p className="dv-small">{labels.searchHelp}</p>
      <p role="alert" className={problem ? 'dv-message dv-message--error' : 'dv-message dv-message--empty'} data-testid="dv-search-problem">
        {problem}
      </p>
      {answer ? (
        <div aria-live="polite">
          <ul className="dv-results" data-testid="dv-results" aria-label={labels.resultsTitle}>
            {ordered(answer.results).map((result) => {
              const ours = siteNames.includes(result.domain)
              const badge = badgeOf(result, labels, ours)
              const premium = result.pricingMode ? /premium/i.test(result.pricingMode) : false
              return (
                <li
                  key={result.domain}
                  className={result.available ? 'dv-result dv-result--available' : 'dv-result'}
                  data-testid="dv-result"
                  data-domain={result.domain}
                >
                  <div className="dv-result-name">
                    <strong>{result.unicodeName}</strong>
                    <span className={`dv-badge dv-badge--${badge.tone}`}>{badge.text}</span>
                    {result.requested && answer.results.length > 1 ? <span className="dv-badge dv-badge--muted">{labels.badgeRequested}</span> : null}
                  </div>
                  {result.available && result.price ? (
                    <>
                      <div className="dv-result-price">
                        <strong>{fill(labels.priceYear, { gross: result.price.grossText })}</strong>
                        <span className="dv-small">
                          {fill(labels.priceNet, { net: result.price.netText })}
                          {premium ? ` · ${labels.premium}` : ''}
                        </span>
                      </div>
                      <button
                        type="button"
                        className="dv-button dv-button--primary dv-result-action"
                        disabled={Boolean(buying)}
                        onClick={() => void buy(result.domain)}
                        aria-label={fill(labels.buyFor, { domain: result.unicodeName, price: result.price.grossText })}
                        data-testid="dv-buy"
                      >
                        {buying === result.domain ? labels.buying : fill(labels.buy, { price: result.price.grossText })}
                      </button>
                    </>
                  ) : (
                    <>
                      <p className="dv-small dv-result-why">{ours ? labels.oursNote : result.message}</p>
                      {result.action === 'transfer' && !result.inUse ? (
                        <button type="button" className="dv-button dv-result-action" onClick={() => onConnectOwn(result.unicodeName)}>
                          {labels.connectThis}
                        </button>
                      ) : null}
                    </>
                  )}
                  {buyProblem?.domain === result.domain ? (
                    <p role="alert" className="dv-message dv-message--error dv-result-problem" data-testid="dv-buy-problem">
                      {buyProblem.text}
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ul>
          {answer.results.some((result) => result.available) ? <p className="dv-small">{labels.buyNote}</p> : null}
        </div>
      ) : null}
    </section>
  )
}
