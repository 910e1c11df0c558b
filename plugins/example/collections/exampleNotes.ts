import { labels, siteScopedCollection, t } from '@platform'

export const EXAMPLE_NOTES = 'example-notes'

/** A site-scoped collection, built with the platform's access helpers like any plugin's. */
export const ExampleNotes = siteScopedCollection({
  slug: EXAMPLE_NOTES,
  labels: labels(t('Note', 'Notatka'), t('Notes (example plugin)', 'Notatki (przykładowa wtyczka)')),
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'site', 'isStale', 'createdAt'], group: t('Example plugin', 'Przykładowa wtyczka') },
  tenancy: { write: 'content' },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 2000, label: t('Text', 'Treść') },
    { name: 'isStale', type: 'checkbox', defaultValue: false, label: t('Stale', 'Nieaktualna') },
  ],
})
