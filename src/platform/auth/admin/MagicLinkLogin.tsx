'use client'
/**
 * Above the admin's password form (Payload `admin.components.beforeLogin`):
 * "email me a link" as the primary way in. The answer is the same whether or
 * not the address has an account; a new address gets a sign-up link.
 */
import { useState } from 'react'

export function MagicLinkLogin() {
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' | 'error'; message?: string }>({ kind: 'idle' })
  const pl = typeof document === 'undefined' || !/^en/i.test(document.documentElement.lang || '')
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '')
    setState({ kind: 'sending' })
    const response = await fetch('/api/users/magic-link', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, locale: pl ? 'pl' : 'en' }),
    }).catch(() => undefined)
    if (response?.ok) return setState({ kind: 'sent' })
    const body = (await response?.json().catch(() => undefined)) as { errors?: { message?: string }[] } | undefined
    setState({ kind: 'error', message: body?.errors?.[0]?.message ?? (pl ? 'Nie udało się wysłać linku.' : 'Could not send the link.') })
  }
  if (state.kind === 'sent') {
    return (
      <div role="status" data-testid="magic-link-sent" style={{ marginBottom: '2rem' }}>
        <h3>{pl ? 'Sprawdź skrzynkę' : 'Check your inbox'}</h3>
        <p>
          {pl
            ? 'Jeśli adres może odbierać pocztę, wysłaliśmy link do logowania (lub założenia konta). Działa raz, przez 15 minut.'
            : 'If the address can receive email, a sign-in (or sign-up) link is on its way. It works once, for 15 minutes.'}
        </p>
      </div>
    )
  }
  return (
    <form onSubmit={submit} data-testid="magic-link-form" style={{ marginBottom: '2rem', display: 'grid', gap: '0.75rem' }}>
      <h3 style={{ margin: 0 }}>{pl ? 'Zaloguj się linkiem z e-maila' : 'Sign in with an emailed link'}</h3>
      <label htmlFor="magic-link-email">{pl ? 'Adres e-mail' : 'Email address'}</label>
      <input id="magic-link-email" name="email" type="email" required autoComplete="email" className="field-type text" style={{ padding: '0.5rem' }} />
      <button type="submit" className="btn btn--style-primary" disabled={state.kind === 'sending'}>
        {pl ? 'Wyślij mi link' : 'Email me a link'}
      </button>
      {state.kind === 'error' ? (
        <p role="alert" style={{ color: 'var(--theme-error-500, #b00020)' }}>
          {state.message}
        </p>
      ) : null}
      <p style={{ opacity: 0.7 }}>{pl ? 'Albo zaloguj się hasłem:' : 'Or sign in with a password:'}</p>
    </form>
  )
}
