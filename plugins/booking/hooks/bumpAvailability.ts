/**
 * Marks a site's availability as changed: a new random stamp in the site's
 * row of Payload's key-value store (slugs.ts), written in the change's own transaction as its last statement
 * (the platform's beforeCommit): the stamp and the change commit together, so
 * a reader who sees the new stamp also sees the change, and the row lock is
 * taken only when the transaction waits for nothing else any more (taken
 * mid-transaction, before a booking's advisory locks, it deadlocked parallel
 * bookings of one class). Every booking collection whose rows decide free
 * times runs these hooks; the cache compares stamps (endpoints/availabilityCache.ts).
 */
import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { ID } from '@platform'
import { afterCommit, beforeCommit, lockForTransaction, relationId } from '@platform'
import { localAvailabilityChanged } from './localChanges'
import { STAMP_STORE, stampKey } from '../slugs'

const newStamp = () => randomBytes(9).toString('base64url')

/** Writes a new stamp for the site (creates its row the first time, under a lock so two first changes cannot both insert it). */
export const bumpAvailability = async (req: PayloadRequest, siteId: ID): Promise<void> => {
  const where = { key: { equals: stampKey(siteId) } }
  const data = { key: stampKey(siteId), data: { stamp: newStamp() } }
  // The adapter's calls on Payload's key-value store, in the change's own transaction (payload.kv has none of its own).
  const found = await req.payload.db.findOne<{ id: ID }>({ collection: STAMP_STORE, where, req })
  if (found) {
    await req.payload.db.updateOne({ collection: STAMP_STORE, id: found.id, data, req })
    return
  }
  const transaction = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (transaction) await lockForTransaction(req, `booking:stamp:${String(siteId)}`)
  const again = await req.payload.db.findOne<{ id: ID }>({ collection: STAMP_STORE, where, req })
  if (again) await req.payload.db.updateOne({ collection: STAMP_STORE, id: again.id, data, req })
  else await req.payload.db.create({ collection: STAMP_STORE, data, req })
}

/** Once per site and transaction, at its end; once committed, this process's cache reads the new stamp at its next request. */
const bumpAtCommit = async (req: PayloadRequest, siteId: ID) => {
  await beforeCommit(req, `booking:stamp:${String(siteId)}`, () => bumpAvailability(req, siteId))
  await afterCommit(req, () => localAvailabilityChanged(siteId))
}

const siteOf = (doc: unknown): ID | undefined => relationId((doc as { site?: unknown } | undefined)?.site)

/** The site-delete cascade (its context says so) removes the stamps row too: nothing to mark. */
const deletingSite = (context: Record<string, unknown> | undefined) => context?.deletingSite !== undefined

export const bumpAfterChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc, context }) => {
  if (deletingSite(context)) return doc
  const site = siteOf(doc)
  if (site !== undefined) await bumpAtCommit(req, site)
  const before = siteOf(previousDoc)
  if (before !== undefined && String(before) !== String(site)) await bumpAtCommit(req, before)
  return doc
}

export const bumpAfterDelete: CollectionAfterDeleteHook = async ({ req, doc, context }) => {
  if (deletingSite(context)) return doc
  const site = siteOf(doc)
  if (site !== undefined) await bumpAtCommit(req, site)
  return doc
}

/** The hooks to add to a collection whose rows decide a site's free times. */
export const availabilityHooks = (): { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] } => ({
  afterChange: [bumpAfterChange],
  afterDelete: [bumpAfterDelete],
})
