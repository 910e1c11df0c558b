import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { EXAMPLE_NOTES } from '../collections/exampleNotes'

/** GET /api/example/sites/:id/notes-count: counts a site's notes as the caller sees them. */
export const notesCountEndpoint: Endpoint = {
  path: '/example/sites/:id/notes-count',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in first.', 401)
    const siteId = String(req.routeParams?.id ?? '')
    if (!/^[A-Za-z0-9-]{1,64}$/.test(siteId)) throw new APIError('Invalid site id.', 400)
    // As the caller: a site they cannot reach counts as unknown.
    const site = await req.payload.find({
      collection: 'sites',
      where: { id: { equals: siteId } },
      overrideAccess: false,
      user: req.user,
      limit: 1,
      depth: 0,
    })
    if (!site.docs.length) throw new APIError('No such site.', 404)
    const { totalDocs } = await req.payload.count({
      collection: EXAMPLE_NOTES as 'clients',
      where: { site: { equals: siteId } },
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ site: siteId, notes: totalDocs })
  },
}
