import type { CollectionAfterChangeHook } from 'payload'

import { forgetSiteRoles } from '../../../src/platform/access'
import { publishEvent } from '../../../src/platform/events/publish'

/** Ownership changed, so the per-request role cache is stale; new sites are announced to plugins. */
export const afterSiteChange: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  forgetSiteRoles(req)
  if (operation === 'create') {
    const ownerId = typeof doc.owner === 'object' ? doc.owner.id : doc.owner
    await publishEvent(req, 'site.created', { siteId: doc.id, ownerId })
  }
  return doc
}
