'use client'
/** Shows a team invitation and lets the invitee accept (with the terms when they have no account yet) or decline. */
import { useEffect, useState } from 'react'

import { errorMessage, TermsText, type TermsContent } from '../../../platform/auth/admin/TermsText'

type Details = { email: string; siteName: string; role: string; hasAccount: boolean; terms: TermsContent | null }

export function InvitationAnswer({ token, declineFirst }: { token: string; declineFirst: boolean }) {
  const [details, setDetails] = useState<Details>()
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [accepted, setAccepted] = useState(false)

  useEffect(() => {
    fetch(`/api/team-members/invitation?token=${encodeURIComponent(token)}`)
      .then(async (response) => (response.ok ? setDetails((await response.json()) as Details) : setError(await errorMessage(response))))
      .catch(() => setError('Network error'))
  }, [token])

  const answer = async (action: 'accept' | 'decline') => {
    setError(undefined)
    const response = await fetch(`/api/team-members/invitation/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'include',
      body: JSON.stringify({ token, ...(action === 'accept' && details?.terms ? { acceptTerms: accepted, termsVersion: details.terms.version } : {}) }),
    })
    if (!response.ok) return setError(await errorMessage(response))
    if (action === 'accept') {
      // The home of the site they joined (the answer names it); only an admin path is followed.
      const { redirect } = ((await response.json().catch(() => ({}))) ?? {}) as { redirect?: unknown }
      window.location.assign(typeof redirect === 'string' && /^\/admin(\?|$)/.test(redirect) ? redirect : '/admin')
    } else setDone('Zaproszenie odrzucone. / Invitation declined.')
  }

  if (done) return <p role="status">{done}</p>
  if (error && !details) return <p role="alert">{error}</p>
  if (!details) return <p>…</p>
  return (
    <div data-testid="invitation">
      <p lang="pl">
        Zaproszenie do zespołu strony <strong>{details.siteName}</strong> (rola: {details.role}) dla {details.email}.
      </p>
      <p lang="en">
        You are invited to the team of <strong>{details.siteName}</strong> as {details.role} ({details.email}).
      </p>
      {details.terms ? (
        <>
          <TermsText terms={details.terms} />
          <label>
            <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} /> Akceptuję regulamin / I accept the terms of
            service
          </label>
        </>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: '#b00020' }}>
          {error}
        </p>
      ) : null}
      <p>
        {declineFirst ? null : (
          <button type="button" onClick={() => answer('accept')} disabled={Boolean(details.terms) && !accepted}>
            Dołącz / Join
          </button>
        )}{' '}
        <button type="button" onClick={() => answer('decline')}>
          Odrzuć / Decline
        </button>
      </p>
    </div>
  )
}
