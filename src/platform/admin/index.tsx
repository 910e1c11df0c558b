/**
 * Admin helpers for plugins' server components: `import { AdminPage } from '@platform/admin'`.
 * A separate entry from '@platform' because it loads the admin's React templates, which jobs,
 * scripts and endpoints never need.
 */
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import { Gutter } from '@payloadcms/ui'

import { ResumeReturn } from './ResumeReturn'

export { ResumeReturn }

/** A custom admin view's frame: the admin's navigation and header around `children`, as Payload's own views have. */
export function AdminPage({
  initPageResult,
  params,
  searchParams,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: ReactNode }) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate {...{ i18n: req.i18n, locale, params, payload: req.payload, permissions, searchParams, user: req.user ?? undefined, visibleEntities }}>
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}

/** The signed-in user of an admin view; anyone else goes to the sign-in page (a custom view is public until it checks). */
export const requireAdminUser = ({ initPageResult }: Pick<AdminViewServerProps, 'initPageResult'>) => {
  const { user } = initPageResult.req
  if (!user) redirect('/admin/login')
  return user
}

/**
 * A custom view an outside site sends the browser back to (a payment provider's return address), reached without a
 * session: the cookie may only have been kept off the cross-site redirect chain. First one same-site hop to `back`
 * with `resumed=1` added (ResumeReturn, `message` shown meanwhile); still no session after it, the sign-in page,
 * which comes back to `back` afterwards. `back` is a path under /admin with its query.
 */
export const resumeWithoutSession = ({ searchParams }: Pick<AdminViewServerProps, 'searchParams'>, { back, message }: { back: string; message: string }) => {
  if (searchParams?.resumed === undefined) return <ResumeReturn to={`${back}${back.includes('?') ? '&' : '?'}resumed=1`} message={message} />
  redirect(`/admin/login?redirect=${encodeURIComponent(back)}`)
}
