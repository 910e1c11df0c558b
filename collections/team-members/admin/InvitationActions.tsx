'use client'
/**
 * The invitation's actions beside its read-only status (a `ui` field in the team member's sidebar): send again
 * and revoke (or, for an accepted member, remove access), each after a confirmation in a modal dialog. They call
 * POST /api/team-members/:id/resend | /revoke; the status shown follows the answer without marking the form changed.
 */
import { useConfig, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useId, useRef, useState } from 'react'

import type { Lang } from '../texts'
import { ACTION_TEXTS } from './dialogTexts'
import './invite.css'

type Action = 'resend' | 'revoke'

export function InvitationActions() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'pl'
  const text = ACTION_TEXTS[lang]
  const email = useFormFields(([fields]) => String(fields.email?.value ?? ''))
  const { value: status, setValue } = useField<string>({ path: 'invitationStatus' })
  const confirmId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [asked, setAsked] = useState<Action>()
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const [busy, setBusy] = useState(false)

  if (!id) return null
  const canResend = status !== 'accepted'
  const canRevoke = status === 'pending' || status === 'accepted'

  const ask = (action: Action) => {
    setAsked(action)
    setMessage(undefined)
    dialog.current?.showModal()
  }

  const run = async () => {
    if (!asked) return
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/team-members/${encodeURIComponent(String(id))}/${asked}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: '{}',
      })
      const body = (await response.json().catch(() => undefined)) as { teamMember?: { invitationStatus?: string }; errors?: { message?: string }[] } | undefined
      if (!response.ok) {
        setMessage({ ok: false, text: body?.errors?.[0]?.message ?? text.failed })
        return
      }
      if (body?.teamMember?.invitationStatus) setValue(body.teamMember.invitationStatus, true)
      setMessage({ ok: true, text: asked === 'resend' ? text.resent : status === 'accepted' ? text.removed : text.revoked })
    } catch {
      setMessage({ ok: false, text: text.failed })
    } finally {
      setBusy(false)
      dialog.current?.close()
    }
  }

  const question = asked === 'resend' ? text.confirmResend(email) : status === 'accepted' ? text.confirmRemove(email) : text.confirmRevoke(email)

  return (
    <div className="team-actions" data-testid="invitation-actions">
      <div className="team-actions__buttons">
        {canResend ? (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => ask('resend')} data-testid="invitation-resend">
            <span className="btn__content">
              <span className="btn__label">{text.resend}</span>
            </span>
          </button>
        ) : null}
        {canRevoke ? (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => ask('revoke')} data-testid="invitation-revoke">
            <span className="btn__content">
              <span className="btn__label">{status === 'accepted' ? text.removeAccess : text.revoke}</span>
            </span>
          </button>
        ) : null}
      </div>
      <p className="team-actions__note">{text.readOnly}</p>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'team-invite__error'} data-testid="invitation-action-result">
          {message.text}
        </p>
      ) : null}
      <dialog ref={dialog} className="team-invite" aria-labelledby={`${confirmId}-q`} data-testid="invitation-confirm">
        <p id={`${confirmId}-q`}>{question}</p>
        <div className="team-invite__buttons">
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={run} disabled={busy} data-testid="invitation-confirm-yes">
            <span className="btn__content">
              <span className="btn__label">{text.yes}</span>
            </span>
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => dialog.current?.close()}>
            <span className="btn__content">
              <span className="btn__label">{text.no}</span>
            </span>
          </button>
        </div>
      </dialog>
    </div>
  )
}
