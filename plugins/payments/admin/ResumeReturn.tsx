'use client'
/**
 * Back from P24, the browser may arrive without the session cookie: the return is the end of a redirect chain
 * that began with a POST on P24's (another site's) page, and browsers keep SameSite=Lax cookies off such a chain.
 * A navigation started from this page is same-site, so the cookie goes with it: one hop, then the billing view.
 */
import { useEffect } from 'react'

export function ResumeReturn({ to, message }: { to: string; message: string }) {
  useEffect(() => {
    window.location.replace(to)
  }, [to])
  return (
    <p style={{ padding: '2rem' }}>
      <a href={to}>{message}</a>
    </p>
  )
}
