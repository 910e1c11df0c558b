import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../../src/platform/access'

/**
 * Numbers each new snapshot after the site's latest one and records who made it.
 * A unique (site, versionNumber) index turns a lost race into an error, never a duplicate.
 */
export const assignVersionNumber: CollectionBeforeValidateHook = async ({ req, data, operation }) => {
  if (operation !== 'create' || !data) return data
  const site = relationId(data.site)
  if (site === undefined) return data
  // Numbering must see every version of the site, whoever made it.
  const latest = await req.payload.find({
    collection: 'site-versions',
    where: { site: { equals: site } },
    sort: '-versionNumber',
    limit: 1,
    depth: 0,
    overrideAccess: true, // trusted: the highest version number of this site, whoever saves
    select: { versionNumber: true },
    req,
  })
  return {
    ...data,
    versionNumber: (latest.docs[0]?.versionNumber ?? 0) + 1,
    createdBy: req.user ? req.user.id : data.createdBy,
  }
}
