/** Test fixtures for tracking: a subscriber, a campaign and a delivery with its tracking token, stored as sending stores them. */
import type { Payload } from 'payload'

import { createSeededToken } from '@platform'
import { TRACKING_PURPOSE } from '../lib/tracking'
import { ANALYTICS, CAMPAIGNS, SUBSCRIPTIONS } from '../slugs'

let counter = 0
export const uniqueAddress = (prefix = 'reader') => `${prefix}-${Date.now().toString(36)}-${++counter}@example.test`

export const addSubscriber = (payload: Payload, site: number, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: SUBSCRIPTIONS,
    data: { site, email: uniqueAddress(), frequency: 'each', locale: 'pl', ...data },
    overrideAccess: true, // test fixture
  })

/**
 * A campaign as sending leaves it (`sent`). Only the send job may move a campaign to `sent` (hooks/campaignStatus.ts),
 * so the fixture creates a draft and writes the status under the hooks, straight to the database.
 */
export const addCampaign = async (payload: Payload, site: number, subjectPl = 'Listopadowe wieści') => {
  const draft = await payload.create({ collection: CAMPAIGNS, data: { site, subjectPl, status: 'draft' }, overrideAccess: true }) // test fixture
  await payload.db.updateOne({ collection: CAMPAIGNS, where: { id: { equals: draft.id } }, data: { status: 'sent' } })
  return { ...draft, status: 'sent' as const }
}

/** One delivery of `campaign` to `subscription`; returns the record and its (unhashed) tracking token. */
export const addDelivery = async (
  payload: Payload,
  { site, subscription, campaign, sentAt = new Date() }: { site: number; subscription: number; campaign?: number; sentAt?: Date },
) => {
  const { token, hash } = createSeededToken({ secret: payload.secret, purpose: TRACKING_PURPOSE })
  const doc = await payload.create({
    collection: ANALYTICS,
    data: { site, subscription, campaign, sentAt: sentAt.toISOString(), trackingToken: hash },
    overrideAccess: true, // test fixture: what sending records
  })
  return { delivery: doc, token }
}
