/**
 * `newsletter.start-due-campaigns` (every NEWSLETTER_DISPATCH_MS, default a minute): scheduled campaigns whose
 * `scheduledAt` has come move to `sending`, each under its own lock (a campaign unscheduled meanwhile stays a
 * draft); entering `sending` queues the send job in the same transaction (hooks/campaignStatus.ts).
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { inTransaction, lockForTransaction } from '@platform'
import { PLATFORM_MOVE } from '../hooks/campaignStatus'
import { CAMPAIGNS } from '../slugs'

export const startDueCampaigns = async (payload: Payload, now: Date = new Date()): Promise<number[]> => {
  const due = await payload.find({
    collection: CAMPAIGNS,
    where: { and: [{ status: { equals: 'scheduled' } }, { scheduledAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    select: { status: true },
    overrideAccess: true, // trusted job: every site's due campaigns
  })
  const started: number[] = []
  for (const { id } of due.docs) {
    const req = await createLocalReq({ context: { [PLATFORM_MOVE]: true } }, payload)
    const moved = await inTransaction(req, async () => {
      await lockForTransaction(req, `newsletter-campaign:${id}`)
      const campaign = await payload.findByID({ collection: CAMPAIGNS, id, depth: 0, select: { status: true, scheduledAt: true }, req, overrideAccess: true }) // trusted job
      if (campaign.status !== 'scheduled' || !campaign.scheduledAt || Date.parse(campaign.scheduledAt) > now.getTime()) return false
      await payload.update({ collection: CAMPAIGNS, id, data: { status: 'sending' }, depth: 0, req, context: { [PLATFORM_MOVE]: true }, overrideAccess: true }) // trusted job: the schedule has come
      return true
    })
    if (moved) started.push(Number(id))
  }
  return started
}
