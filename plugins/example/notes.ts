import type { CollectionAfterChangeHook, Field, FieldHook } from 'payload'

import { labels, shownToStaff, siteScopedCollection, t } from '@platform'

/** A site-scoped collection: the builder adds the site field, role access, same-site checks and the site-delete cascade. */
export const ExampleNotes = siteScopedCollection({
  slug: 'example-notes',
  labels: labels(t('Note', 'Notatka'), t('Notes (example plugin)', 'Notatki (przykładowa wtyczka)')),
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'site', 'fromVisitor', 'isStale', 'createdAt'],
    group: t('Example plugin', 'Przykładowa wtyczka'),
    hidden: shownToStaff(),
  },
  defaultSort: '-createdAt',
  tenancy: { write: 'content' },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 2000, label: t('Text', 'Treść') },
    { name: 'fromVisitor', type: 'checkbox', defaultValue: false, label: t('Left by a visitor', 'Od odwiedzającego') },
    { name: 'isStale', type: 'checkbox', defaultValue: false, label: t('Stale', 'Nieaktualna') },
  ],
})

const countNotes: FieldHook = async ({ req, data }) =>
  req.user && data?.id
    ? (await req.payload.count({ collection: 'example-notes', where: { site: { equals: data.id } }, overrideAccess: false, req })).totalDocs
    : undefined

/** A field added to a core collection: virtual (no column), the reader's own count of the site's notes. */
export const noteCountField: Field = { name: 'exampleNoteCount', type: 'number', virtual: true, admin: { readOnly: true }, hooks: { afterRead: [countNotes] } }

/** A hook on a core collection: every new site starts with a welcome note (trusted: written by the platform, in the request's transaction). */
export const welcomeNote: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  if (operation === 'create')
    await req.payload.create({ collection: 'example-notes', data: { site: doc.id, text: `Welcome to ${doc.name}!` }, overrideAccess: true, req }) // the platform's note
  return doc
}
