import type { PlatformPage } from '@platform'
import { findPublishedSite } from '@platform'

/** A public page outside the site (/example-notes/:identifier): how many notes a published site has. */
export const notesPage: PlatformPage = {
  path: '/example-notes/:identifier',
  metadata: { title: 'Notatki · Notes', robots: { index: false } },
  Component: async ({ params, payload }) => {
    const site = await findPublishedSite({ payload }, params.identifier)
    if (!site) return <p>Nie ma takiej strony / No such site</p>
    // Visitors cannot read notes; the page shows only their number (a trusted count).
    const { totalDocs } = await payload.count({ collection: 'example-notes', where: { site: { equals: site.id } }, overrideAccess: true }) // a count only
    return <p lang="pl">{`${site.name}: ${totalDocs}`}</p>
  },
}
