'use client'
/**
 * An admin provider (Payload `admin.components.providers`): when a newer terms
 * of service version is in force than the one the signed-in user accepted, a
 * blocking dialog asks them to accept it before going on.
 */
import { useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type ReactNode } from 'react'

import { errorMessage, TermsText, type TermsContent } from './TermsText'

type Status = { mustAccept: boolean; current: TermsContent | null }

export function TermsGate({ children }: { children?: ReactNode }) {
  const [status, setStatus] = useState<Status>()
  const [error, setError] = useState<string>()
  const [checked, setChecked] = useState(false)

  const load = useCallback(() => {
    fetch('/api/users/terms-status', { credentials: 'include' })
      .then(async (response) => (response.ok ? setStatus((await response.json()) as Status) : setStatus(undefined)))
      .catch(() => setStatus(undefined))
  }, [])

  // A sign-in happens without a page load (the status fetched on the login page was a 401):
  // look again whenever the signed-in user changes, and when the window regains focus.
  const { user } = useAuth()
  const userId = user?.id
  useEffect(() => {
    if (userId === undefined) return setStatus(undefined)
    load()
    window.addEventListener('focus', load)
    return () => window.removeEventListener('focus', load)
  }, [load, userId])

  const accept = async () => {
    if (!status?.current) return
    const response = await fetch('/api/users/accept-terms', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ termsVersion: status.current.version }),
    })
    if (response.ok) setStatus({ ...status, mustAccept: false })
    else setError(await errorMessage(response))
  }

  return (
    <>
      {children}
      {status?.mustAccept && status.current ? (
        <div
          role="dialog"
          aria-modal="true"
          data-testid="terms-gate"
          style={{ position: 'fixed', inset: 0, zIndex: 10000, background: 'rgba(0,0,0,0.6)', display: 'grid', placeItems: 'center' }}
        >
          <div
            style={{
              background: 'var(--theme-bg, #fff)',
              color: 'var(--theme-text, #222)',
              maxWidth: 760,
              width: '92%',
              maxHeight: '90vh',
              overflow: 'auto',
              padding: '1.5rem',
              borderRadius: 8,
            }}
          >
            <h2>Nowy regulamin · New terms of service</h2>
            <p lang="pl">Aby dalej korzystać z platformy, zaakceptuj obowiązującą wersję regulaminu.</p>
            <p lang="en">To go on using the platform, please accept the terms of service now in force.</p>
            <TermsText terms={status.current} />
            <label>
              <input type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} /> Akceptuję regulamin / I accept the terms of
              service
            </label>
            {error ? <p role="alert">{error}</p> : null}
            <p>
              <button type="button" className="btn btn--style-primary" disabled={!checked} onClick={accept}>
                Akceptuję · Accept
              </button>{' '}
              <a href="/admin/logout">Wyloguj · Sign out</a>
            </p>
          </div>
        </div>
      ) : null}
    </>
  )
}
