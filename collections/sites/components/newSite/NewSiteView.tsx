/** Admin view at /admin/new-site: a new site from a starter template or one of the user's own. */
import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { isStaffUser } from '../../../../src/platform/access/user'
import { AdminPage } from '../../../../src/platform/admin'
import { NewSiteForm, type TemplateCard } from './NewSiteForm'
import { summarizeTemplate } from './summarizeTemplate'

export async function NewSiteView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  const pl = req.i18n.language === 'pl'
  const title = pl ? 'Nowa strona z szablonu' : 'New site from a template'
  const template = (children: React.ReactNode) => (
    <AdminPage {...props} breadcrumbs={[{ label: title }]}>
      <h1>{title}</h1>
      {children}
    </AdminPage>
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
