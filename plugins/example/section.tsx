import { z } from 'zod'

import { defineSection, localizedText, sectionSchema, tx } from '@platform'

/** A data-loading section: the site's latest notes, in the static HTML, re-rendered whenever a note of the site changes. */
export const latestNotesSection = defineSection({
  type: 'exampleNotes',
  label: { en: 'Notes (example plugin)', pl: 'Notatki (przykładowa wtyczka)' },
  schema: sectionSchema({ heading: localizedText, limit: z.number().int().min(1).max(20).optional() }),
  // Public data of the site being shown: only the notes' text.
  load: async ({ payload, site, props }) =>
    (
      await payload.find({
        collection: 'example-notes',
        where: { site: { equals: site.id } },
        limit: props.limit ?? 5,
        select: { text: true },
        overrideAccess: true, // public text of this site: the visitor sees it on the page anyway
      })
    ).docs,
  cache: { invalidatedBy: ['example-notes'] },
  Component: ({ section, locale, headingLevel: Heading, data = [] }) => (
    <section className="example-notes">
      <Heading>{tx(section.heading, locale)}</Heading>
      <ul>
        {data.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ul>
    </section>
  ),
})

/** A field added to a core section type: the editor offers a badge on every hero (a renderer that knows it may show it). */
export const heroBadge = { exampleBadge: z.string().trim().max(40).optional() }
