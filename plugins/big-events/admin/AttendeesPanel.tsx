'use client'
/**
 * The attendee list in the browser: counts, the table (labelled rows on a phone, so nothing scrolls sideways at
 * 390 px), a check-in switch per confirmed attendee (POST …/registrations/:id/check-in), the CSV link and the
 * message form (POST …/:id/message). Staff see it read-only.
 */
import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { Lang } from '@platform/format'
import type { AttendeeCounts, AttendeeRow } from './attendees'
import { adminTexts, sentText } from './texts'

const CSS = `
.be-attendees { max-width: 80rem; overflow-wrap: anywhere; padding-top: 1.5rem; }
.be-counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1.25rem; padding: 0; list-style: none; }
.be-counts li { border: 1px solid var(--theme-elevation-150); border-radius: 6px; padding: .5rem .9rem; background: var(--theme-elevation-50); }
.be-counts strong { display: block; font-size: 1.5rem; }
.be-tools { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: 0 0 1.25rem; }
.be-csv { display: inline-block; padding: .45rem .9rem; border-radius: 4px; background: var(--theme-elevation-800); color: var(--theme-elevation-0); text-decoration: none; }
.be-table { width: 100%; border-collapse: collapse; }
.be-table th, .be-table td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--theme-elevation-100); vertical-align: top; }
.be-table dl { margin: 0; }
.be-table dt { font-weight: 600; }
.be-table dd { margin: 0 0 .35rem; }
.be-checkin { display: flex; gap: .5rem; align-items: center; white-space: nowrap; }
.be-checkin input { width: 1.25rem; height: 1.25rem; }
.be-small { color: var(--theme-elevation-600); font-size: .85rem; }
.be-message { border: 1px solid var(--theme-elevation-150); border-radius: 6px; padding: 1rem; margin: 2rem 0; max-width: 44rem; }
.be-message label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
.be-message input[type=text], .be-message textarea { width: 100%; font: inherit; padding: .5rem; border-radius: 4px; border: 1px solid var(--theme-elevation-250); background: var(--theme-input-bg); color: var(--theme-text); box-sizing: border-box; }
.be-message .be-option { display: flex; gap: .5rem; align-items: center; font-weight: 400; }
@media (max-width: 700px) {
  .be-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .be-table, .be-table tbody, .be-table tr, .be-table td { display: block; width: 100%; box-sizing: border-box; }
  .be-table tr { padding: .5rem 0; border-bottom: 1px solid var(--theme-elevation-150); }
  .be-table td { padding: .2rem 0; border: 0; }
  .be-table td[data-label]::before { content: attr(data-label); display: block; font-weight: 600; font-size: .85rem; color: var(--theme-elevation-600); }
}
`

type Props = {
  eventId: number
  lang: Lang
  readOnly: boolean
  counts: AttendeeCounts
  rows: AttendeeRow[]
  csvUrl: string
  apiUrl: string
}

const post = async (url: string, body: unknown) => {
  const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const answer = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] } & Record<string, unknown>
  return { ok: response.ok, answer }
}

export function AttendeesPanel({ eventId, lang, readOnly, counts, rows: initialRows, csvUrl, apiUrl }: Props) {
  const texts = adminTexts(lang)
  const [rows, setRows] = useState(initialRows)
  const [busy, setBusy] = useState<number | string | null>(null)
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [includeHeld, setIncludeHeld] = useState(false)
  const [includeWaitlisted, setIncludeWaitlisted] = useState(false)
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string }>()
  const checkedIn = rows.filter((row) => row.canCheckIn && row.checkedIn).length

  const toggle = async (row: AttendeeRow, next: boolean) => {
    setBusy(row.id)
    try {
      const { ok, answer } = await post(`${apiUrl}/registrations/${row.id}/check-in`, { checkedIn: next })
      if (ok) setRows((all) => all.map((one) => (one.id === row.id ? { ...one, checkedIn: next } : one)))
      else toast.error(answer.errors?.[0]?.message ?? texts.failed)
    } catch {
      toast.error(texts.failed)
    } finally {
      setBusy(null)
    }
  }

  const send = async (event: React.FormEvent) => {
    event.preventDefault()
    setSending(true)
    setResult(undefined)
    try {
      const { ok, answer } = await post(`${apiUrl}/${eventId}/message`, { subject, body, includeHeld, includeWaitlisted })
      if (ok) {
        setResult({ ok: true, text: sentText(Number(answer.sent ?? 0), lang) })
        setSubject('')
        setBody('')
      } else setResult({ ok: false, text: answer.errors?.[0]?.message ?? texts.failed })
    } catch {
      setResult({ ok: false, text: texts.failed })
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="be-attendees" data-testid="be-attendees">
      <style>{CSS}</style>
      <h2 style={{ margin: '0 0 1rem' }}>{texts.attendees}</h2>
      <ul className="be-counts" data-testid="be-counts">
        <li>
          {texts.confirmed}
          <strong data-count="confirmed">{counts.confirmed}</strong>
        </li>
        <li>
          {texts.held}
          <strong data-count="held">{counts.held}</strong>
        </li>
        <li>
          {texts.waitlisted}
          <strong data-count="waitlisted">{counts.waitlisted}</strong>
        </li>
        <li>
          {texts.checkedIn}
          <strong data-count="checkedIn">{checkedIn}</strong>
        </li>
      </ul>
      {readOnly ? <p className="be-small">{texts.readOnly}</p> : null}
      <div className="be-tools">
        <a className="be-csv" href={csvUrl} download>
          {texts.downloadCsv}
        </a>
      </div>
      {rows.length === 0 ? (
        <p>{texts.noAttendees}</p>
      ) : (
        <table className="be-table">
          <thead>
            <tr>
              <th scope="col">{texts.presence}</th>
              <th scope="col">{texts.name}</th>
              <th scope="col">{texts.email}</th>
              <th scope="col">{texts.status}</th>
              <th scope="col">{texts.paid}</th>
              <th scope="col">{texts.answers}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-attendee={row.email}>
                <td>
                  {row.canCheckIn ? (
                    <label className="be-checkin">
                      <input
                        type="checkbox"
                        checked={row.checkedIn}
                        disabled={readOnly || busy === row.id}
                        onChange={(event) => toggle(row, event.target.checked)}
                        aria-label={`${texts.present}: ${row.name}`}
                      />
                      {texts.present}
                    </label>
                  ) : null}
                </td>
                <td data-label={texts.name}>{row.name}</td>
                <td data-label={texts.email}>{row.email}</td>
                <td data-label={texts.status}>{row.statusText}</td>
                <td data-label={texts.paid}>{row.paidText}</td>
                <td data-label={texts.answers}>
                  <dl>
                    {row.answers
                      .filter((answer) => answer.answer)
                      .map((answer) => (
                        <React.Fragment key={answer.question}>
                          <dt>{answer.question}</dt>
                          <dd>{answer.answer}</dd>
                        </React.Fragment>
                      ))}
                  </dl>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {readOnly ? null : (
        <form className="be-message" onSubmit={send} data-testid="be-message">
          <h3 style={{ margin: 0 }}>{texts.writeMessage}</h3>
          <label htmlFor="be-subject">{texts.subject}</label>
          <input id="be-subject" type="text" value={subject} maxLength={200} required onChange={(event) => setSubject(event.target.value)} />
          <label htmlFor="be-body">{texts.body}</label>
          <textarea id="be-body" rows={6} value={body} maxLength={5000} required onChange={(event) => setBody(event.target.value)} />
          <label className="be-option">
            <input type="checkbox" checked={includeHeld} onChange={(event) => setIncludeHeld(event.target.checked)} />
            {texts.includeHeld}
          </label>
          <label className="be-option">
            <input type="checkbox" checked={includeWaitlisted} onChange={(event) => setIncludeWaitlisted(event.target.checked)} />
            {texts.includeWaitlisted}
          </label>
          <div style={{ marginTop: '1rem' }}>
            <Button type="submit" disabled={sending} margin={false}>
              {sending ? texts.sending : texts.send}
            </Button>
          </div>
          {result ? (
            <p role="status" style={{ color: result.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
              {result.text}
            </p>
          ) : null}
        </form>
      )}
    </div>
  )
}
