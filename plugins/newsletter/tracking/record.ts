/**
 * What an open or a click records, in one transaction under the locks of lib/lockKeys.ts (delivery, then
 * subscription, then campaign):
 * - the first open of a delivery sets its `openedAt` and adds one to the subscriber's `emailsOpened` and the
 *   campaign's `openCount`; later opens record nothing;
 * - the first click sets `clickedAt` (and `openedAt` when missing: a click implies an open, counted as one) and
 *   adds one to `emailsClicked` and `clickCount`; every click adds one to the link's anonymous counter.
 * On a site whose `newsletterTrackIndividuals` is off nothing is written about the delivery or the subscriber:
 * only the campaign's anonymous totals, which then count every open and every click (telling a second open from a
 * first would need a record of who opened). Such a site's emails carry the campaign's token rather than the
 * delivery's (lib/tracking.ts `campaignToken`): `recordCampaignTotals` adds to the same anonymous totals without any
 * delivery at all.
 */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { inTransaction, lockForTransaction, relationId, type ID } from '@platform'
import { campaignLock, deliveryLock, subscriptionLock } from '../lib/lockKeys'
import { ANALYTICS, CAMPAIGNS, LINK_CLICKS, SUBSCRIPTIONS } from '../slugs'
import { trackingChanges, type TrackingEvent } from './changes'

type Delivery = DataFromCollectionSlug<typeof ANALYTICS>

const findDelivery = async (req: PayloadRequest, where: { trackingToken: string } | { id: ID }): Promise<Delivery | undefined> => {
  const found = await req.payload.find({
    collection: ANALYTICS,
    where: 'id' in where ? { id: { equals: where.id } } : { trackingToken: { equals: where.trackingToken } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true, // trusted: the tracking token is the only credential; it names this one delivery
    req,
  })
  return found.docs[0]
}

/** Whether the site records each subscriber's opens and clicks (the default). */
export const tracksIndividuals = async (req: PayloadRequest, siteId: ID | undefined): Promise<boolean> => {
  if (siteId === undefined) return false
  const site = await req.payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    select: { newsletterTrackIndividuals: true },
    disableErrors: true,
    overrideAccess: true, // trusted: one setting of the delivery's own site
    req,
  })
  return site?.newsletterTrackIndividuals !== false
}

/**
 * Adds to counters in one atomic UPDATE (`$inc`), not a read-then-write: sending adds to the same rows
 * (`emailsSent`, `sentCount`) with its own atomic increments and without the tracking locks.
 */
const bump = async (req: PayloadRequest, collection: typeof SUBSCRIPTIONS | typeof CAMPAIGNS, id: ID, fields: Record<string, number>) => {
  const data = Object.fromEntries(Object.entries(fields).map(([name, by]) => [name, { $inc: by }]))
  await req.payload.db.updateOne({ collection, id, data, req, returning: false })
}

/** One more click on `url` in the campaign (caller holds the campaign's lock). */
const countLink = async (req: PayloadRequest, siteId: ID, campaignId: ID, url: string) => {
  const found = await req.payload.find({
    collection: LINK_CLICKS,
    where: { and: [{ campaign: { equals: campaignId } }, { url: { equals: url } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true, // trusted: the platform's own anonymous counter
    req,
  })
  const row = found.docs[0]
  if (row)
    await req.payload.update({ collection: LINK_CLICKS, id: row.id, data: { count: row.count + 1 }, depth: 0, overrideAccess: true, req }) // trusted: as above
  else
    await req.payload.create({
      collection: LINK_CLICKS,
      data: { site: siteId as number, campaign: campaignId as number, url, count: 1 },
      depth: 0,
      overrideAccess: true, // trusted: the platform's own anonymous counter
      req,
    })
}

/** Records an open or a click of the delivery whose token hash is given; false when no delivery has it. */
export const recordTracking = async (req: PayloadRequest, tokenHash: string, event: TrackingEvent): Promise<boolean> =>
  inTransaction(req, async () => {
    const found = await findDelivery(req, { trackingToken: tokenHash })
    if (!found) return false
    await lockForTransaction(req, deliveryLock(found.id))
    // Read again under the lock: a parallel open may have committed openedAt meanwhile.
    const delivery = (await findDelivery(req, { id: found.id })) ?? found
    const siteId = relationId(delivery.site)
    const subscriptionId = relationId(delivery.subscription)
    const campaignId = relationId(delivery.campaign)
    const individual = await tracksIndividuals(req, siteId)
    const changes = trackingChanges({ event: event.kind, individual, openedAt: delivery.openedAt, clickedAt: delivery.clickedAt, now: new Date() })

    if (Object.keys(changes.delivery).length)
      await req.payload.update({ collection: ANALYTICS, id: delivery.id, data: changes.delivery, depth: 0, overrideAccess: true, req }) // trusted: the delivery the token names
    if (subscriptionId !== undefined && Object.keys(changes.subscription).length) {
      await lockForTransaction(req, subscriptionLock(subscriptionId))
      await bump(req, SUBSCRIPTIONS, subscriptionId, changes.subscription)
    }
    if (campaignId !== undefined && (Object.keys(changes.campaign).length || event.kind === 'click')) {
      await lockForTransaction(req, campaignLock(campaignId))
      if (Object.keys(changes.campaign).length) await bump(req, CAMPAIGNS, campaignId, changes.campaign)
      if (event.kind === 'click' && siteId !== undefined) await countLink(req, siteId, campaignId, event.url)
    }
    return true
  })

/**
 * Records an open or a click of a campaign token (a site that tracks no individuals): the campaign's `openCount` or
 * `clickCount` and, for a click, the link's counter; nothing else exists to write. The token is shared by every
 * recipient, so every open and every click counts. False when the campaign no longer exists.
 */
export const recordCampaignTotals = async (req: PayloadRequest, campaignId: number, event: TrackingEvent): Promise<boolean> =>
  inTransaction(req, async () => {
    const campaign = await req.payload.findByID({
      collection: CAMPAIGNS,
      id: campaignId,
      depth: 0,
      select: { site: true },
      disableErrors: true,
      overrideAccess: true, // trusted: the campaign token, checked against the server secret, names this campaign
      req,
    })
    const siteId = relationId(campaign?.site)
    if (!campaign || siteId === undefined) return false
    const { campaign: totals } = trackingChanges({ event: event.kind, individual: false, now: new Date() })
    await lockForTransaction(req, campaignLock(campaignId))
    await bump(req, CAMPAIGNS, campaignId, totals)
    if (event.kind === 'click') await countLink(req, siteId, campaignId, event.url)
    return true
  })
