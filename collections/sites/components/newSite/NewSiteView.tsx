/** Admin view at /admin/new-site: a new site from a starter template or one of the user's own. */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { isStaffUser } from '../../../../src/platform/access/user'
import { NewSiteForm, type TemplateCard } from './NewSiteForm'
import { summarizeTemplate } from './summarizeTemplate'

export async function NewSiteView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  const pl = req.i18n.language === 'pl'
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{pl ? 'Nowa strona z szablonu' : 'New site from a template'}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (isStaffUser(req.user)) return template(<p>{pl ? 'Personel platformy nie tworzy stron.' : 'Platform staff do not build sites.'}</p>)
  // Read as the user: system templates and their own (the templates collection's access).
  const found = await req.payload.find({
    collection: 'templates',
    overrideAccess: false,
    user: req.user,
    req,
    limit: 100,
    depth: 0,
    sort: 'name',
    pagination: false,
  })
  const templates: TemplateCard[] = found.docs
    .map((doc) => ({
      id: doc.id,
      name: doc.name,
      description: doc.description ?? null,
      isSystem: doc.isSystem === true,
      summary: summarizeTemplate(doc.config),
    }))
    .sort((a, b) => Number(b.isSystem) - Number(a.isSystem))
  return template(<NewSiteForm templates={templates} />)
}
