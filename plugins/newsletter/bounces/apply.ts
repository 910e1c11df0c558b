/**
 * Applies bounce reports in one transaction: each report's active subscriptions (of every site, or of the one it
 * names) are changed under their lock (lib/lockKeys.ts), so a parallel soft bounce or an open never loses a count.
 */
import type { PayloadRequest, Where } from 'payload'

import { inTransaction, lockForTransaction, type ID } from '@platform'
import { subscriptionLock } from '../lib/lockKeys'
import { SUBSCRIPTIONS } from '../slugs'
import { bounceOutcome, readSoftBounceLimit, type BounceType } from './outcome'

export type BounceReport = { email: string; type: BounceType; siteId?: number; site?: string; reason?: string }

export type BounceCounts = { reports: number; deactivated: number; unsubscribed: number; softBounces: number; unmatched: number }

/** The site a report names (by id or identifier): undefined for all sites, null for a site that does not exist. */
const siteOf = async (req: PayloadRequest, report: BounceReport): Promise<ID | null | undefined> => {
  if (report.siteId === undefined && report.site === undefined) return undefined
  const where: Where = report.siteId !== undefined ? { id: { equals: report.siteId } } : { identifier: { equals: report.site } }
  const found = await req.payload.find({ collection: 'sites', where, depth: 0, limit: 1, pagination: false, select: {}, overrideAccess: true, req }) // trusted: the webhook is authenticated by the shared secret
  return found.docs[0]?.id ?? null
}

const activeSubscriptions = async (req: PayloadRequest, email: string, site: ID | undefined): Promise<ID[]> => {
  const where: Where = { and: [{ email: { equals: email } }, { isActive: { equals: true } }, ...(site === undefined ? [] : [{ site: { equals: site } }])] }
  const found = await req.payload.find({ collection: SUBSCRIPTIONS, where, depth: 0, pagination: false, select: {}, overrideAccess: true, req }) // trusted: as above
  return found.docs.map((doc) => doc.id)
}

export const applyBounces = async (req: PayloadRequest, reports: BounceReport[], now = new Date()): Promise<BounceCounts> =>
  inTransaction(req, async () => {
    const limit = readSoftBounceLimit()
    const counts: BounceCounts = { reports: reports.length, deactivated: 0, unsubscribed: 0, softBounces: 0, unmatched: 0 }
    for (const report of reports) {
      const site = await siteOf(req, report)
      const ids = site === null ? [] : await activeSubscriptions(req, report.email, site)
      if (!ids.length) counts.unmatched += 1
      for (const id of ids) {
        await lockForTransaction(req, subscriptionLock(id))
        const current = await req.payload.findByID({ collection: SUBSCRIPTIONS, id, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: as above
        if (!current?.isActive) continue
        const outcome = bounceOutcome({ type: report.type, softBounceCount: current.softBounceCount, limit })
        await req.payload.update({
          collection: SUBSCRIPTIONS,
          id,
          depth: 0,
          data: {
            softBounceCount: outcome.softBounceCount,
            ...(outcome.deactivate ? { isActive: false, hardBouncedAt: now.toISOString() } : {}),
            ...(outcome.unsubscribe ? { unsubscribedAt: now.toISOString() } : {}),
          },
          overrideAccess: true, // trusted: the webhook is authenticated by the shared secret
          req,
        })
        if (report.type === 'soft') counts.softBounces += 1
        if (outcome.deactivate) counts.deactivated += 1
        if (outcome.unsubscribe) counts.unsubscribed += 1
      }
    }
    return counts
  })
