'use client'
/**
 * "Invite to the team": a button that opens a modal dialog (the native <dialog>: focus kept inside, Esc closes)
 * with the address, the role (each with one line on what it may do) and the email's language. Sending posts to
 * /api/team-members/invite; a refusal is shown beside the field it names (an unnamed one, such as the plan's
 * limit, beside the address), and success replaces the form with the "Invitation sent" confirmation.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useId, useRef, useState } from 'react'

import { ROLE_HINTS, ROLE_NAMES, ROLES, type Lang, type Role } from '../texts'
import { DIALOG_TEXTS } from './dialogTexts'
import './invite.css'

export type InviteSite = { id: number | string; name: string }

type Field = 'site' | 'email' | 'role' | 'locale'
type Sent = { email: string; role: Role }

const fieldOf = (value: unknown): Field => (value === 'site' || value === 'role' || value === 'locale' ? value : 'email')

export function InviteDialog({ sites, compact = false }: { sites: InviteSite[]; compact?: boolean }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'pl'
  const text = DIALOG_TEXTS[lang]
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState<Sent>()
  const [role, setRole] = useState<Role>('editor')

  if (!sites.length) return null

  const open = () => {
    setErrors({})
    setSent(undefined)
    dialog.current?.showModal()
  }
  // Closing (the button or Esc) shows the new invitation in the list behind: onClose refreshes once one was sent.
  const close = () => dialog.current?.close()

  const focusField = (field: Field) => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus())

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const email = String(data.get('email') ?? '').trim()
    setBusy(true)
    setErrors({})
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/team-members/invite`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ site: Number(data.get('site')), email, role: data.get('role'), locale: data.get('locale') }),
      })
      if (response.ok) {
        setSent({ email, role: data.get('role') as Role })
        return
      }
      const body = (await response.json().catch(() => undefined)) as { errors?: { message?: string; field?: string }[] } | undefined
      const problem = body?.errors?.[0]
      const field = fieldOf(problem?.field)
      setErrors({ [field]: problem?.message ?? text.failed })
      focusField(field)
    } catch {
      setErrors({ email: text.failed })
      focusField('email')
    } finally {
      setBusy(false)
    }
  }

  const describedBy = (field: Field, hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const errorOf = (field: Field) =>
    errors[field] ? (
      <p className="team-invite__error" id={`${id}-${field}-error`} data-testid={`invite-error-${field}`}>
        {errors[field]}
      </p>
    ) : null

  return (
    <>
      <button
        type="button"
        className={`btn btn--style-primary btn--size-small team-invite__open${compact ? ' team-invite__open--compact' : ''}`}
        onClick={open}
        data-testid="invite-open"
      >
        <span className="btn__content">
          <span className="btn__label">{text.open}</span>
        </span>
      </button>
      <dialog ref={dialog} className="team-invite" aria-labelledby={`${id}-title`} data-testid="invite-dialog" onClose={() => sent && router.refresh()}>
        {sent ? (
          <div role="status" className="team-invite__sent" data-testid="invite-sent">
            <h2 id={`${id}-title`}>{text.sent}</h2>
            <p>{text.sentTo(sent.email, ROLE_NAMES[lang][sent.role])}</p>
            <div className="team-invite__buttons">
              <button type="button" className="btn btn--style-primary btn--size-small" onClick={close}>
                <span className="btn__content">
                  <span className="btn__label">{text.close}</span>
                </span>
              </button>
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() => {
                  setSent(undefined)
                  focusField('email')
                }}
              >
                <span className="btn__content">
                  <span className="btn__label">{text.another}</span>
                </span>
              </button>
            </div>
          </div>
        ) : (
          <form ref={form} onSubmit={submit} noValidate className="team-invite__form">
            <h2 id={`${id}-title`}>{text.title}</h2>
            <p className="team-invite__intro">{text.intro}</p>
            {sites.length > 1 ? (
              <div className="team-invite__field">
                <label htmlFor={`${id}-site`}>{text.site}</label>
                <select id={`${id}-site`} name="site" data-field="site" aria-invalid={Boolean(errors.site)} aria-describedby={describedBy('site')}>
                  {sites.map((site) => (
                    <option key={site.id} value={String(site.id)}>
                      {site.name}
                    </option>
                  ))}
                </select>
                {errorOf('site')}
              </div>
            ) : (
              <>
                <input type="hidden" name="site" value={String(sites[0].id)} />
                <p className="team-invite__site">
                  {text.site}: <strong>{sites[0].name}</strong>
                </p>
              </>
            )}
            <div className="team-invite__field">
              <label htmlFor={`${id}-email`}>{text.email}</label>
              <input
                id={`${id}-email`}
                name="email"
                type="email"
                autoComplete="off"
                required
                maxLength={254}
                data-field="email"
                aria-invalid={Boolean(errors.email)}
                aria-describedby={describedBy('email')}
              />
              {errorOf('email')}
            </div>
            <fieldset className="team-invite__roles" aria-describedby={describedBy('role')}>
              <legend>{text.role}</legend>
              {ROLES.map((value) => (
                <label key={value} className="team-invite__role">
                  <input
                    type="radio"
                    name="role"
                    value={value}
                    checked={role === value}
                    onChange={() => setRole(value)}
                    data-field={value === role ? 'role' : undefined}
                    aria-describedby={`${id}-hint-${value}`}
                  />
                  <span>
                    <strong>{ROLE_NAMES[lang][value]}</strong>
                    <span className="team-invite__hint" id={`${id}-hint-${value}`}>
                      {ROLE_HINTS[lang][value]}
                    </span>
                  </span>
                </label>
              ))}
              {errorOf('role')}
            </fieldset>
            <div className="team-invite__field">
              <label htmlFor={`${id}-locale`}>{text.language}</label>
              <select id={`${id}-locale`} name="locale" defaultValue={lang} data-field="locale" aria-describedby={describedBy('locale')}>
                <option value="pl">{text.polish}</option>
                <option value="en">{text.english}</option>
              </select>
              {errorOf('locale')}
            </div>
            <div className="team-invite__buttons">
              <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy} data-testid="invite-send">
                <span className="btn__content">
                  <span className="btn__label">{busy ? text.sending : text.send}</span>
                </span>
              </button>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={close}>
                <span className="btn__content">
                  <span className="btn__label">{text.cancel}</span>
                </span>
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  )
}
