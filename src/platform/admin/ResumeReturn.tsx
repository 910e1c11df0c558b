'use client'
/**
 * Back from an outside site (P24's payment page), the browser may arrive without the session cookie: the return is
 * the end of a redirect chain that began with a POST on the other site's page, and browsers keep SameSite=Lax
 * cookies off such a chain. A navigation started from this page is same-site, so the cookie goes with it: one hop,
 * then the view. `import { ResumeReturn } from '@platform/admin'` (see `resumeWithoutSession` there).
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
