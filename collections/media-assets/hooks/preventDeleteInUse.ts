import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

/** An asset a site still uses cannot be deleted: 409 naming the sites (the asset's own site is the only one that can use it). */
export const preventDeleteInUse: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const usages = await req.payload.find({
    collection: 'media-usages',
    where: { asset: { equals: id } },
    depth: 1,
    limit: 20,
    overrideAccess: true, // Platform bookkeeping: the caller may delete the asset, and must learn why not.
    req,
  })
  if (!usages.totalDocs) return
  const sites = [
    ...new Set(
      usages.docs.map((usage) =>
        typeof usage.site === 'object' && usage.site ? `${usage.site.name} (${usage.site.identifier})` : `site ${String(usage.site)}`,
      ),
    ),
  ]
  const kinds = [...new Set(usages.docs.map((usage) => usage.usageType))].join(', ')
  throw new APIError(
    `This file is still used (${usages.totalDocs} usage${usages.totalDocs === 1 ? '' : 's'}: ${kinds}) by ${sites.join(', ')}. ${kinds.includes('publishedVersion') ? 'Remove it from the site configuration and publish' : 'Remove it from the site configuration first'}.`,
    409,
  )
}
