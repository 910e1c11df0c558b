'use client'
/** Completes a sign-up: names (optional), the terms in force (required), then signs in and opens the admin. */
import { useState } from 'react'

import { errorMessage, TermsText, type TermsContent } from '../../../platform/auth/admin/TermsText'

export function SignupForm({ token, terms }: { token: string; terms: TermsContent }) {
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    // Checked here rather than with `required`: the browser's own bubble is in the browser's language and
    // disappears at once; this message stays on the page (the server refuses the sign-up without it anyway).
    if (form.get('acceptTerms') !== 'on') return setError('Zaakceptuj regulamin, aby założyć konto. / Accept the terms of service to create your account.')
    setBusy(true)
    setError(undefined)
    const response = await fetch('/api/users/magic-link/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'include',
      body: JSON.stringify({
        token,
        acceptTerms: form.get('acceptTerms') === 'on',
        termsVersion: terms.version,
        firstName: form.get('firstName') || undefined,
        lastName: form.get('lastName') || undefined,
        locale: form.get('locale'),
      }),
    })
    setBusy(false)
    if (response.ok) window.location.assign('/admin')
    else setError(await errorMessage(response))
  }
  return (
    <form onSubmit={submit} data-testid="signup-form">
      <p>
        <label>
          Imię / First name <input name="firstName" maxLength={100} />
        </label>
      </p>
      <p>
        <label>
          Nazwisko / Last name <input name="lastName" maxLength={100} />
        </label>
      </p>
      <p>
        <label>
          Język / Language{' '}
          <select name="locale" defaultValue="pl">
            <option value="pl">Polski</option>
            <option value="en">English</option>
          </select>
        </label>
      </p>
      <TermsText terms={terms} />
      <p>
        <label>
          <input type="checkbox" name="acceptTerms" /> Akceptuję regulamin / I accept the terms of service
        </label>
      </p>
      {error ? (
        <p role="alert" style={{ color: '#b00020' }}>
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        Załóż konto / Create my account
      </button>
    </form>
  )
}
