'use client'
/**
 * The moderation cards in the browser: checkboxes with "select all" and the bulk bar (approve / reject the
 * selected), and on each card approve, reject, feature / unfeature and the public reply (an inline textarea saved
 * with PATCH /api/testimonials/:id). Actions go to POST /api/testimonials/moderate, which checks the caller; the
 * page is then read again from the server.
 */
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { Lang } from '@platform/format'
import { cardAnchor } from '../lib/ownerNotice'
import { countTestimonials, fill } from './fill'
import type { ModerationLabels } from './translations'

export type ModerationCard = {
  id: number | string
  authorName: string
  authorEmail: string | null
  rating: number
  content: string
  status: 'pending' | 'approved' | 'rejected'
  isFeatured: boolean
  source: 'form' | 'invited' | 'imported' | 'manual'
  isVerifiedClient: boolean
  emailConfirmed: boolean
  locale: Lang
  reply: string
  /** Already written for people: `15 marca 2024`. */
  date: string
}

type Action = 'approve' | 'reject' | 'feature' | 'unfeature'
type Message = { ok: boolean; text: string }

const SOURCE_LABEL = { form: 'sourceForm', invited: 'sourceInvited', imported: 'sourceImported', manual: 'sourceManual' } as const

const errorOf = async (res: Response, fallback: string) => {
  const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message ?? fallback
}

function Stars({ rating, label }: { rating: number; label: string }) {
  return (
    <span className="tm-stars" role="img" aria-label={label} title={label}>
      {'★'.repeat(rating)}
      <span className="tm-stars-off">{'★'.repeat(5 - rating)}</span>
    </span>
  )
}

export function ModerationClient({
  cards,
  status,
  labels,
  lang,
  replyMax = 1000,
  empty,
}: {
  cards: ModerationCard[]
  status: ModerationCard['status']
  labels: ModerationLabels
  lang: Lang
  replyMax?: number
  /** What an empty tab says (paragraphs). */
  empty: string[]
}) {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}/testimonials`
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message>()
  const [editing, setEditing] = useState<string>()
  const [draft, setDraft] = useState('')

  const allSelected = cards.length > 0 && cards.every((card) => selected.has(String(card.id)))
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const done = (action: Action, count: number) => {
    const counted = countTestimonials(count, lang, labels)
    return {
      approve: fill(labels.approvedDone, { count: counted }),
      reject: fill(labels.rejectedDone, { count: counted }),
      feature: labels.featuredDone,
      unfeature: labels.unfeaturedDone,
    }[action]
  }

  const moderate = async (action: Action, ids: (number | string)[]) => {
    setBusy(true)
    setMessage(undefined)
    try {
      const res = await fetch(`${api}/moderate`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids, action }),
      })
      if (!res.ok) setMessage({ ok: false, text: await errorOf(res, labels.failed) })
      else {
        setMessage({ ok: true, text: done(action, ids.length) })
        setSelected(new Set())
        router.refresh()
      }
    } catch {
      setMessage({ ok: false, text: labels.failed })
    } finally {
      setBusy(false)
    }
  }

  const saveReply = async (id: number | string) => {
    setBusy(true)
    setMessage(undefined)
    try {
      const res = await fetch(`${api}/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reply: draft.trim() }),
      })
      if (!res.ok) setMessage({ ok: false, text: await errorOf(res, labels.failed) })
      else {
        setMessage({ ok: true, text: labels.replySaved })
        setEditing(undefined)
        router.refresh()
      }
    } catch {
      setMessage({ ok: false, text: labels.failed })
    } finally {
      setBusy(false)
    }
  }

  const chosen = cards.filter((card) => selected.has(String(card.id))).map((card) => card.id)

  const statusLine = (
    <p
      role="status"
      className={message ? (message.ok ? 'tm-message' : 'tm-message tm-message--error') : 'tm-message tm-message--empty'}
      data-testid="tm-message"
    >
      {message?.text}
    </p>
  )

  // The last card moderated: the message about it stays above what an empty tab says.
  if (!cards.length)
    return (
      <div className="tm-list">
        {statusLine}
        <div className="tm-empty" data-testid="tm-empty">
          {empty.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      </div>
    )

  return (
    <div className="tm-list">
      <div className="tm-bulk">
        <label className="tm-check">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={() => setSelected(allSelected ? new Set() : new Set(cards.map((card) => String(card.id))))}
            data-testid="tm-select-all"
          />
          {labels.selectAll}
        </label>
        <span className="tm-small">{fill(labels.selected, { count: chosen.length })}</span>
        {status !== 'approved' ? (
          <button type="button" className="tm-button tm-button--primary" disabled={busy || !chosen.length} onClick={() => moderate('approve', chosen)}>
            {labels.approveSelected}
          </button>
        ) : null}
        {status !== 'rejected' ? (
          <button type="button" className="tm-button" disabled={busy || !chosen.length} onClick={() => moderate('reject', chosen)}>
            {labels.rejectSelected}
          </button>
        ) : null}
      </div>
      {statusLine}
      {cards.map((card) => {
        const id = String(card.id)
        return (
          <article key={id} id={cardAnchor(card.id)} className={card.isFeatured ? 'tm-card tm-card--featured' : 'tm-card'} data-testid="tm-card" data-id={id}>
            <header className="tm-card-head">
              <input type="checkbox" checked={selected.has(id)} onChange={() => toggle(id)} aria-label={fill(labels.selectOne, { author: card.authorName })} />
              <Stars rating={card.rating} label={fill(labels.stars, { rating: card.rating })} />
              <strong className="tm-author">{card.authorName}</strong>
              <span className="tm-small">{card.date}</span>
            </header>
            <ul className="tm-badges">
              <li className="tm-badge">{labels[SOURCE_LABEL[card.source]]}</li>
              {card.isVerifiedClient ? <li className="tm-badge tm-badge--good">{labels.verifiedClient}</li> : null}
              {card.emailConfirmed ? <li className="tm-badge tm-badge--good">{labels.emailConfirmed}</li> : null}
              {card.isFeatured ? <li className="tm-badge tm-badge--featured">{labels.featured}</li> : null}
              {card.locale !== lang ? <li className="tm-badge">{card.locale === 'en' ? labels.inEnglish : labels.inPolish}</li> : null}
            </ul>
            {card.authorEmail ? <p className="tm-small tm-email">{card.authorEmail}</p> : null}
            <p className="tm-content">{card.content}</p>
            {card.reply && editing !== id ? (
              <div className="tm-reply">
                <strong>{labels.yourReply}</strong>
                <p>{card.reply}</p>
              </div>
            ) : null}
            {editing === id ? (
              <form
                className="tm-reply-form"
                onSubmit={(event) => {
                  event.preventDefault()
                  void saveReply(card.id)
                }}
              >
                <label>
                  {labels.replyLabel}
                  <textarea value={draft} maxLength={replyMax} rows={4} onChange={(event) => setDraft(event.target.value)} data-testid="tm-reply-text" />
                </label>
                <div className="tm-actions">
                  <button type="submit" className="tm-button tm-button--primary" disabled={busy}>
                    {labels.saveReply}
                  </button>
                  <button type="button" className="tm-button" disabled={busy} onClick={() => setEditing(undefined)}>
                    {labels.cancel}
                  </button>
                </div>
              </form>
            ) : null}
            <div className="tm-actions">
              {card.status !== 'approved' ? (
                <button type="button" className="tm-button tm-button--primary" disabled={busy} onClick={() => moderate('approve', [card.id])}>
                  {labels.approve}
                </button>
              ) : null}
              {card.status !== 'rejected' ? (
                <button type="button" className="tm-button" disabled={busy} onClick={() => moderate('reject', [card.id])}>
                  {labels.reject}
                </button>
              ) : null}
              {card.status === 'approved' ? (
                <button type="button" className="tm-button" disabled={busy} onClick={() => moderate(card.isFeatured ? 'unfeature' : 'feature', [card.id])}>
                  {card.isFeatured ? labels.unfeature : labels.feature}
                </button>
              ) : null}
              {editing !== id ? (
                <button
                  type="button"
                  className="tm-button"
                  disabled={busy}
                  onClick={() => {
                    setEditing(id)
                    setDraft(card.reply)
                  }}
                >
                  {card.reply ? labels.editReply : labels.reply}
                </button>
              ) : null}
              <a className="tm-link" href={`${config.routes.admin}/collections/testimonials/${id}`}>
                {labels.openInEditor}
              </a>
            </div>
          </article>
        )
      })}
    </div>
  )
}
