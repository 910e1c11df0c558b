/**
 * The plan's `newsletterSubscribers` limit, checked whenever a subscriber starts taking a place: on create,
 * and when one that took none (unsubscribed, or an abandoned sign-up whose link expired) signs up again. A
 * place is taken, across all sites of the site's owner, by an active subscriber that is confirmed or whose
 * confirmation link still works. `enforceLimit` takes the owner's lock first and throws a 403 when full.
 */
import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { enforceLimit, relationId } from '@platform'
import { CONFIRMATION_TTL_MS } from '../lib/tokens'
import { SUBSCRIPTIONS } from '../slugs'

/** Subscribers that take a place in the owner's plan at `now`. */
export const countedSubscribers = (ownerId: number | string, now: number): Where => ({
  and: [
    { 'site.owner': { equals: ownerId } },
    { isActive: { equals: true } },
    { or: [{ isConfirmed: { equals: true } }, { confirmationSentAt: { greater_than: new Date(now - CONFIRMATION_TTL_MS).toISOString() } }] },
  ],
})

export const siteOwner = async (req: PayloadRequest, siteId: number | string): Promise<number | string | undefined> => {
  const site = await req.payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    select: { owner: true },
    disableErrors: true,
    overrideAccess: true, // trusted: only the owner's id, to find whose plan applies
    req,
  })
  return relationId(site?.owner)
}

type Place = { isActive?: boolean | null; isConfirmed?: boolean | null; confirmationSentAt?: string | null }

/** Whether a subscriber in this state takes a place in the plan (the same rule as `countedSubscribers`). */
export const takesPlace = (doc: Place | undefined, now: number): boolean =>
  Boolean(
    doc && doc.isActive !== false && (doc.isConfirmed || (doc.confirmationSentAt && now - new Date(doc.confirmationSentAt).getTime() < CONFIRMATION_TTL_MS)),
  )

export const enforceSubscriberLimit: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  const now = Date.now()
  const before = operation === 'create' ? undefined : (originalDoc as Place | undefined)
  const after = { ...before, ...data } as Place
  // isActive defaults to true on create (the field's default is applied after this hook).
  if (operation === 'create') after.isActive = data.isActive !== false
  if (takesPlace(before, now) || !takesPlace(after, now)) return data
  const siteId = relationId(data.site ?? originalDoc?.site)
  if (siteId === undefined) return data
  const ownerId = await siteOwner(req, siteId)
  await enforceLimit(req, {
    ownerId,
    limit: 'newsletterSubscribers',
    count: async () => (await req.payload.count({ collection: SUBSCRIPTIONS, where: countedSubscribers(ownerId!, now), overrideAccess: true, req })).totalDocs, // trusted: a count for the plan check
  })
  return data
}
