/**
 * GDPR: a subscriber's analytics go with them. Runs before the delete, in its transaction (`req`), so both
 * go or neither. Trusted: whoever may delete the subscriber may delete what was recorded about them.
 */
import type { CollectionBeforeDeleteHook } from 'payload'

import { ANALYTICS } from '../slugs'

export const deleteSubscriberAnalytics: CollectionBeforeDeleteHook = async ({ req, id }) => {
  await req.payload.delete({
    collection: ANALYTICS,
    where: { subscription: { equals: id } },
    overrideAccess: true, // trusted: the subscriber's own records, deleted with them (the caller may delete the subscriber)
    req,
  })
}
