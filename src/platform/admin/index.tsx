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
