/** /admin/example: the signed-in user's notes across their sites, read with their own access. */
import type { AdminViewServerProps } from 'payload'

import { AdminPage, requireAdminUser } from '@platform/admin'
import { texts } from '../translations'

export async function ExampleView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const notes = await req.payload.find({ collection: 'example-notes', overrideAccess: false, user: requireAdminUser(props), depth: 1, limit: 50 })
  const visitor = ` · ${texts.t(req.i18n, 'fromVisitor')}`
  return (
    <AdminPage {...props} breadcrumbs={[{ label: texts.t(req.i18n, 'notes') }]}>
      <h1>{texts.t(req.i18n, 'notes')}</h1>
      <ul data-testid="example-notes">
        {notes.docs.map((note) => (
          <li key={note.id}>{`${note.text} ${typeof note.site === 'object' ? `(${note.site.name})` : ''}${note.fromVisitor ? visitor : ''}`}</li>
        ))}
      </ul>
    </AdminPage>
  )
}
