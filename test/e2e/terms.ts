/** Accepting the terms in force for the signed-in user, as the acceptance dialog would, shared by the browser tests. */
import type { Page } from 'playwright-core'

/**
 * Another browser test may have put newer terms of service in force, which would open the
 * acceptance dialog over the admin: accept them first (same origin, the session cookie).
 */
export const acceptCurrentTerms = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    const status = await (await fetch('/api/users/terms-status', { credentials: 'include' })).json()
    if (!status?.mustAccept || !status.current) return
    const response = await fetch('/api/users/accept-terms', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ termsVersion: status.current.version }),
    })
    if (!response.ok) throw new Error(`accepting the terms answered ${response.status}`)
  })
