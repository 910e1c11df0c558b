import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/platform/access/ids'
import { enforceLimit } from '../../../src/platform/limits/enforceLimit'

/**
 * A new site counts against its owner's plan (the creator, set by assignOwner). Only creating is checked:
 * sites an owner has beyond a smaller plan's limit (after a plan ends) stay and stay editable.
 */
export const limitSites: CollectionBeforeChangeHook = async ({ req, data, operation }) => {
  if (operation !== 'create') return data
  const ownerId = relationId(data.owner)
  await enforceLimit(req, {
    ownerId,
    limit: 'sites',
    count: async () => (await req.payload.count({ collection: 'sites', where: { owner: { equals: ownerId } }, overrideAccess: true, req })).totalDocs, // trusted: the owner's sites are counted for their plan, whoever is creating
  })
  return data
}
