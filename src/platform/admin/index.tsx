/**
 * Admin helpers for plugins' server components: `import { AdminPage } from '@platform/admin'`.
 * A separate entry from '@platform' because it loads the admin's React templates, which jobs,
 * scripts and endpoints never need.
 */
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import { Gutter, SetStepNav } from '@payloadcms/ui'

import { ResumeReturn } from './ResumeReturn'

export { ResumeReturn }

/**
 * A custom admin view's frame, the same as Payload's own views have: the navigation, the header with its breadcrumbs
 * (`breadcrumbs`: the trail after the home icon, e.g. `[{ label: 'Plan i płatności' }]`; the last one is this page)
 * and the header's actions from `admin.components.actions` (the notification bell), around `children`.
 */
export function AdminPage({
  initPageResult,
  params,
  searchParams,
  viewActions,
  breadcrumbs = [],
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams' | 'viewActions'> & {
  breadcrumbs?: AdminBreadcrumb[]
  children: ReactNode
}) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  // Payload hands a custom view the header's actions; a view rendered some other way still gets the configured ones.
  const actions = viewActions ?? req.payload.config.admin?.components?.actions ?? []
  return (
    <DefaultTemplate
      {...{ i18n: req.i18n, locale, params, payload: req.payload, permissions, req, searchParams, user: req.user ?? undefined, visibleEntities }}
      viewActions={actions}
    >
      <SetStepNav nav={breadcrumbs} />
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}

/** One step of the admin header's breadcrumbs: its text in the admin's language and, but for the last, where it leads. */
export type AdminBreadcrumb = { label: string; url?: string }

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
