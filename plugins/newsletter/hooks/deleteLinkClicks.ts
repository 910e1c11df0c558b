/**
 * A campaign's per-link click counters go with it, in the delete's transaction (`req`). Trusted: whoever may
 * delete the campaign may delete its anonymous counters.
 */
import type { CollectionBeforeDeleteHook } from 'payload'

import { LINK_CLICKS } from '../slugs'

export const deleteCampaignLinkClicks: CollectionBeforeDeleteHook = async ({ req, id }) => {
  await req.payload.delete({
    collection: LINK_CLICKS,
    where: { campaign: { equals: id } },
    overrideAccess: true, // trusted: the campaign's own counters, deleted with it (the caller may delete the campaign)
    req,
  })
}
