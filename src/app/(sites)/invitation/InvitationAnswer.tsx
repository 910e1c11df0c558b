'use client'
/**
 * The invitee's answer: accept (with the terms when they have no account yet) or decline, in the page's
 * language. Accepting signs in and opens the home of the site they joined (the answer names it).
 */
import { useState } from 'react'

import type { Lang } from '../../../../collections/team-members/texts'
import { errorMessage, TermsText, type TermsContent } from '../../../platform/auth/admin/TermsText'
import { PAGE_TEXTS } from './texts'

export function InvitationAnswer({ token, lang, declineFirst, terms }: { token: string; lang: Lang; declineFirst: boolean; terms: TermsContent | null }) {
  const text = PAGE_TEXTS[lang]
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [accepted, setAccepted] = useState(false)
  const [busy, setBusy] = useState(false)

  const answer = async (action: 'accept' | 'decline') => {
    setError(undefined)
    setBusy(true)
    try {
      const response = await fetch(`/api/team-members/invitation/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        credentials: 'include',
        body: JSON.stringify({
          token,
          ...(action === 'accept' ? { locale: lang, ...(terms ? { acceptTerms: accepted, termsVersion: terms.version } : {}) } : {}),
        }),
      })
      if (!response.ok) return setError(await errorMessage(response))
      if (action === 'decline') return setDone(text.declined)
      // The home of the site they joined; only an admin path is followed.
      const { redirect } = ((await response.json().catch(() => ({}))) ?? {}) as { redirect?: unknown }
      window.location.assign(typeof redirect === 'string' && /^\/admin(\?|$)/.test(redirect) ? redirect : '/admin')
    } catch {
      setError(text.failed)
    } finally {
      setBusy(false)
    }
  }

  if (done)
    return (
      <p role="status" data-testid="invitation-done">
        {done}
      </p>
    )
  return (
    <div>
      {terms && !declineFirst ? (
        <div className="invitation__terms">
          <TermsText terms={terms} />
          <label>
            <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} /> {text.acceptTerms}
          </label>
        </div>
      ) : null}
      {declineFirst ? <p>{text.declineQuestion}</p> : null}
      {error ? (
        <p role="alert" className="invitation__error">
          {error}
        </p>
      ) : null}
      <div className="invitation__buttons">
        {declineFirst ? null : (
          <button
            type="button"
            className="invitation__button invitation__button--primary"
            onClick={() => answer('accept')}
            disabled={busy || (Boolean(terms) && !accepted)}
            aria-describedby={terms && !accepted ? 'invitation-terms-first' : undefined}
          >
            {text.accept}
          </button>
        )}
        <button type="button" className="invitation__button invitation__button--secondary" onClick={() => answer('decline')} disabled={busy}>
          {text.decline}
        </button>
      </div>
      {terms && !accepted && !declineFirst ? (
        <p id="invitation-terms-first" className="invitation__hint">
          {text.termsFirst}
        </p>
      ) : null}
    </div>
  )
}
