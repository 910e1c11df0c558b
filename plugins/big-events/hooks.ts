/**
 * Publishing and cancelling announce platform events once the change commits (the outbox): the announcement job
 * listens to `bigEvent.published`, the cancellation (notify everyone, refund paid seats) to `bigEvent.cancelled`.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { publishEvent, relationId } from '@platform'

export const announceStatusChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? undefined : (previousDoc?.status as string | undefined)
  if (doc.status === before) return doc
  const data = { eventId: doc.id, siteId: relationId(doc.site)! }
  if (doc.status === 'published') await publishEvent(req, 'bigEvent.published', data)
  // Also from a draft (an unpublished event may still have registrations): the listener does nothing when none is live.
  if (doc.status === 'cancelled' && before !== undefined) await publishEvent(req, 'bigEvent.cancelled', data)
  return doc
}
