/** /admin/example: the signed-in user's notes across their sites, read with their own access. */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

export async function ExampleView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  const notes = await req.payload.find({
    collection: 'example-notes' as 'clients',
    overrideAccess: false,
    user: req.user,
    depth: 1,
    limit: 50,
  })
  const pl = req.i18n.language === 'pl'
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{pl ? 'Notatki' : 'Notes'}</h1>
        <ul data-testid="example-notes">
          {(notes.docs as unknown as { id: number; text: string; site: { name?: string } | number }[]).map((note) => (
            <li key={note.id}>
              {note.text} {typeof note.site === 'object' ? `(${note.site.name})` : null}
            </li>
          ))}
        </ul>
      </Gutter>
    </DefaultTemplate>
  )
}
