'use client'
/**
 * The CSV import in the moderation view: choose a file, its language and whether to approve on import; "Check the
 * file" sends it for a dry run (POST /api/testimonials/import?dryRun=true) and shows the rows to import, the
 * duplicates that will be skipped and every error with its row and column; "Import" sends it again for real (all or
 * nothing) and says how many were imported and skipped.
 */
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { formatDate, type Lang } from '@platform/format'
import { countTestimonials, fill } from './fill'
import type { ModerationLabels } from './translations'

/** The server's limit (import/readImport.ts), checked here first so a big file is not sent for nothing. */
const MAX_BYTES = 512 * 1024

type PreviewRow = { row: number; authorName: string; rating: number; content: string; givenOn: string | null; duplicate: boolean }
type RowProblem = { row: number; column: string; message: string }
type Preview = { rows: PreviewRow[]; errors: RowProblem[] }
type Message = { ok: boolean; text: string }

const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text)

export function ImportPanel({ siteId, labels, lang }: { siteId: number | string; labels: ModerationLabels; lang: Lang }) {
  const { config } = useConfig()
  const router = useRouter()
  const [file, setFile] = useState<File>()
  const [locale, setLocale] = useState<Lang>(lang)
  const [approve, setApprove] = useState(true)
  const [busy, setBusy] = useState<'checking' | 'importing'>()
  const [preview, setPreview] = useState<Preview>()
  const [message, setMessage] = useState<Message>()

  const send = async (dryRun: boolean) => {
    if (!file) return setMessage({ ok: false, text: labels.chooseFile })
    if (file.size > MAX_BYTES) return setMessage({ ok: false, text: labels.fileTooLarge })
    setBusy(dryRun ? 'checking' : 'importing')
    setMessage(undefined)
    const query = new URLSearchParams({ site: String(siteId), locale, approve: String(approve), ...(dryRun ? { dryRun: 'true' } : {}) })
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/testimonials/import?${query}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'text/csv' },
        body: file,
      })
      const body = (await res.json().catch(() => ({}))) as {
        errors?: { message?: string }[]
        imported?: number
        skipped?: unknown[]
      } & Partial<Preview>
      if (!res.ok) {
        setPreview(undefined)
        setMessage({ ok: false, text: body.errors?.[0]?.message ?? labels.failed })
      } else if (dryRun) setPreview({ rows: body.rows ?? [], errors: body.errors ?? [] })
      else {
        const imported = body.imported ?? 0
        const skipped = body.skipped?.length ?? 0
        const parts = [imported || !skipped ? fill(labels.importedDone, { count: countTestimonials(imported, lang, labels) }) : labels.nothingNew]
        if (skipped) parts.push(fill(labels.skippedDone, { count: skipped }))
        setMessage({ ok: true, text: parts.join(' ') })
        setPreview(undefined)
        router.refresh()
      }
    } catch {
      setMessage({ ok: false, text: labels.failed })
    } finally {
      setBusy(undefined)
    }
  }

  const fresh = preview?.rows.filter((row) => !row.duplicate).length ?? 0
  const duplicates = (preview?.rows.length ?? 0) - fresh
  const invalid = new Set(preview?.errors.map((error) => error.row)).size

  return (
    <section className="tm-import" id="tm-import" aria-labelledby="tm-import-heading">
      <h2 id="tm-import-heading">{labels.importTitle}</h2>
      <p className="tm-small">{labels.importHelp}</p>
      <form
        className="tm-import-form"
        onSubmit={(event) => {
          event.preventDefault()
          void send(true)
        }}
      >
        <label>
          {labels.file}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0])
              setPreview(undefined)
              setMessage(undefined)
            }}
            data-testid="tm-import-file"
          />
        </label>
        <label>
          {labels.language}
          <select value={locale} onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'pl')}>
            <option value="pl">{labels.languagePl}</option>
            <option value="en">{labels.languageEn}</option>
          </select>
        </label>
        <label className="tm-check">
          <input type="checkbox" checked={approve} onChange={(event) => setApprove(event.target.checked)} />
          {labels.approveAll}
        </label>
        <button type="submit" className="tm-button" disabled={Boolean(busy)} data-testid="tm-import-check">
          {busy === 'checking' ? labels.checking : labels.check}
        </button>
      </form>
      <p
        role="status"
        className={message ? (message.ok ? 'tm-message' : 'tm-message tm-message--error') : 'tm-message tm-message--empty'}
        data-testid="tm-import-message"
      >
        {message?.text}
      </p>
      {preview ? (
        <div className="tm-preview" data-testid="tm-import-preview">
          <p>{fill(labels.previewSummary, { fresh, duplicates, invalid })}</p>
          {preview.errors.length ? (
            <div className="tm-errors">
              <h3>{labels.errorsHeading}</h3>
              <ul>
                {preview.errors.map((error) => (
                  <li key={`${error.row}-${error.column}`}>{error.message}</li>
                ))}
              </ul>
              <p>{labels.fixAndRetry}</p>
            </div>
          ) : !fresh ? (
            <p className="tm-small">{labels.nothingNew}</p>
          ) : (
            <button type="button" className="tm-button tm-button--primary" disabled={Boolean(busy)} onClick={() => send(false)} data-testid="tm-import-run">
              {busy === 'importing' ? labels.importing : fill(labels.importButton, { count: fresh })}
            </button>
          )}
          {preview.rows.length ? (
            <table className="tm-table">
              <thead>
                <tr>
                  <th scope="col">{labels.row}</th>
                  <th scope="col">{labels.author}</th>
                  <th scope="col">{labels.rating}</th>
                  <th scope="col">{labels.text}</th>
                  <th scope="col">{labels.date}</th>
                  <th scope="col">{labels.state}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.row} className={row.duplicate ? 'tm-row--duplicate' : undefined}>
                    <td data-label={labels.row}>{row.row}</td>
                    <td data-label={labels.author}>{row.authorName}</td>
                    <td data-label={labels.rating}>{'★'.repeat(row.rating)}</td>
                    <td data-label={labels.text}>{shorten(row.content)}</td>
                    <td data-label={labels.date}>{row.givenOn ? formatDate(`${row.givenOn}T12:00:00.000Z`, lang) : labels.noDate}</td>
                    <td data-label={labels.state}>{row.duplicate ? labels.rowDuplicate : labels.rowNew}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
