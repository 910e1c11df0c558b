'use client'
/**
 * The campaign panel in the browser: the email as subscribers get it (rendered by the server from what the
 * form holds now) in an iframe (`srcdoc`, sandboxed, nothing loaded from elsewhere) at 600 px or 375 px, in
 * Polish or English; "Send a test to me"; Schedule / Unschedule / Send now / Pause / Resume by status.
 */
import { Button, DatePicker, useConfig, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { CampaignLabels } from './translations'

type Props = {
  campaignId: number
  status: string
  scheduledAt: string | null
  sentCount: number
  email: string
  locale: 'pl' | 'en'
  labels: CampaignLabels
}

type Preview = { subject: string; html: string }

const WIDTHS = { desktop: 600, mobile: 375 } as const

export function CampaignPanelClient({ campaignId, status, scheduledAt, sentCount, email, locale, labels }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const modified = useFormModified()
  const draft = useFormFields(([fields]) => ({
    subjectPl: fields.subjectPl?.value,
    subjectEn: fields.subjectEn?.value,
    bodyPl: fields.bodyPl?.value,
    bodyEn: fields.bodyEn?.value,
  }))
  const [language, setLanguage] = useState<'pl' | 'en'>(locale)
  const [width, setWidth] = useState<keyof typeof WIDTHS>('desktop')
  const [preview, setPreview] = useState<Preview | 'loading' | 'failed'>('loading')
  const [when, setWhen] = useState<Date | undefined>()
  const { i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const api = `${config.serverURL}${config.routes.api}/newsletter-campaigns/${campaignId}`
  const draftKey = JSON.stringify(draft)

  const call = (action: string, body: unknown = {}) =>
    fetch(`${api}/${action}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  // The preview follows the form, half a second after the last change.
  useEffect(() => {
    let current = true
    const timer = setTimeout(async () => {
      try {
        const res = await call('preview', { locale: language, ...JSON.parse(draftKey) })
        const body = await res.json()
        if (current) setPreview(res.ok ? body : 'failed')
      } catch {
        if (current) setPreview('failed')
      }
    }, 500)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [draftKey, language, api])

  const act = async (action: string, body: unknown = {}, success?: (answer: Record<string, unknown>) => string) => {
    setBusy(true)
    setMessage(undefined)
    try {
      const res = await call(action, body)
      const answer = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] } & Record<string, unknown>
      if (!res.ok) setMessage({ ok: false, text: answer.errors?.[0]?.message ?? labels.failed })
      else {
        if (success) setMessage({ ok: true, text: success(answer) })
        router.refresh()
      }
    } catch {
      setMessage({ ok: false, text: labels.failed })
    } finally {
      setBusy(false)
    }
  }

  const schedule = () => {
    const at = when
    if (!at || Number.isNaN(at.getTime())) return setMessage({ ok: false, text: labels.chooseDate })
    void act('schedule', { scheduledAt: at.toISOString() })
  }
  const sendNow = () => {
    if (window.confirm(labels.sendNowConfirm)) void act('send-now')
  }
  const dateText = scheduledAt
    ? new Intl.DateTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Warsaw' }).format(
        new Date(scheduledAt),
      )
    : ''
  const toggle = (active: boolean) => (active ? 'primary' : 'secondary')
  const sendingLocked = busy || modified

  return (
    <div className="field-type" data-testid="campaign-panel" style={{ display: 'grid', gap: 12, marginTop: 24 }}>
      <h3 style={{ margin: 0 }}>{labels.panelTitle}</h3>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Button type="button" size="small" buttonStyle={toggle(language === 'pl')} onClick={() => setLanguage('pl')}>
          {labels.languagePl}
        </Button>
        <Button type="button" size="small" buttonStyle={toggle(language === 'en')} onClick={() => setLanguage('en')}>
          {labels.languageEn}
        </Button>
        <Button type="button" size="small" buttonStyle={toggle(width === 'desktop')} onClick={() => setWidth('desktop')}>
          {labels.desktop}
        </Button>
        <Button type="button" size="small" buttonStyle={toggle(width === 'mobile')} onClick={() => setWidth('mobile')}>
          {labels.mobile}
        </Button>
      </div>
      {preview === 'loading' && <p>{labels.previewLoading}</p>}
      {preview === 'failed' && <p style={{ color: 'var(--theme-error-500)' }}>{labels.previewFailed}</p>}
      {typeof preview === 'object' && (
        <>
          <p style={{ margin: 0 }}>
            <strong>{labels.subject}:</strong> {preview.subject}
          </p>
          <iframe
            title={labels.panelTitle}
            data-testid="campaign-preview"
            // No scripts, no same-origin access: the email is shown, nothing in it runs.
            sandbox=""
            srcDoc={preview.html}
            style={{ width: WIDTHS[width] + 24, maxWidth: '100%', height: 640, border: '1px solid var(--theme-elevation-150)', background: '#f4f4f5' }}
          />
        </>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
        <Button
          type="button"
          size="small"
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => void act('test', { locale: language, ...draft }, () => labels.testSent.replace('{email}', email))}
        >
          {labels.sendTest}
        </Button>
        {(status === 'draft' || status === 'scheduled') && (
          <>
            {/* Payload's date picker, in the admin's language and on a 24-hour clock (`datetime-local` follows the OS's locale). */}
            <div style={{ display: 'grid', gap: 4, minWidth: 240 }}>
              <label htmlFor="newsletter-schedule-at">{labels.scheduleAt}</label>
              <DatePicker
                pickerAppearance="dayAndTime"
                displayFormat="d MMMM yyyy, HH:mm"
                timeFormat="HH:mm"
                timeIntervals={15}
                minDate={new Date()}
                value={when}
                readOnly={sendingLocked}
                onChange={(date) => setWhen(date instanceof Date && !Number.isNaN(date.getTime()) ? date : undefined)}
                overrides={{
                  id: 'newsletter-schedule-at',
                  name: 'newsletterScheduleAt',
                  autoComplete: 'off',
                  // The admin's language from the first render (Payload registers it as the default only in an effect).
                  ...(i18n.dateFNS ? { locale: i18n.dateFNS as unknown as string } : {}),
                }}
              />
            </div>
            <Button type="button" size="small" buttonStyle="secondary" disabled={sendingLocked} onClick={schedule}>
              {labels.schedule}
            </Button>
            <Button type="button" size="small" disabled={sendingLocked} onClick={sendNow}>
              {labels.sendNow}
            </Button>
          </>
        )}
        {status === 'scheduled' && (
          <Button type="button" size="small" buttonStyle="secondary" disabled={busy} onClick={() => void act('unschedule')}>
            {labels.unschedule}
          </Button>
        )}
        {status === 'sending' && (
          <Button type="button" size="small" buttonStyle="secondary" disabled={busy} onClick={() => void act('pause')}>
            {labels.pause}
          </Button>
        )}
        {status === 'paused' && (
          <Button type="button" size="small" disabled={sendingLocked} onClick={() => void act('resume')}>
            {labels.resume}
          </Button>
        )}
      </div>
      {modified && (status === 'draft' || status === 'scheduled' || status === 'paused') && <p style={{ margin: 0 }}>{labels.saveChanges}</p>}
      <p role="status" style={{ margin: 0 }}>
        {status === 'scheduled' && labels.scheduledFor.replace('{date}', dateText)}
        {status === 'sending' && labels.sending.replace('{sent}', String(sentCount))}
        {status === 'paused' && labels.paused}
        {status === 'sent' && labels.sent}
      </p>
      {message && <p style={{ margin: 0, color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>{message.text}</p>}
    </div>
  )
}
