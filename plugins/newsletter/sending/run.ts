/**
 * The sending loop shared by campaigns and digests: claim a batch (stale claims first, then new recipients page
 * by page in id order), send it with NEWSLETTER_SEND_CONCURRENCY conversations at once, record each outcome at
 * once, repeat. It stops when the mailing is no longer wanted (a campaign paused or unscheduled), pauses after
 * NEWSLETTER_MAX_CONSECUTIVE_FAILURES failures in a row, and finishes when no recipient is left and no claim is
 * open. Claims are the crash safety (claim.ts): a run that dies leaves open claims, which the next run (Agenda
 * takes the job over after its lock lifetime) sends once more, with the same Message-ID.
 */
import type { Payload } from 'payload'

import { ANALYTICS } from '../slugs'
import { claimRecipients, openClaimsWhere, reclaimStale, type Claimed, type ClaimTarget, type Recipient } from './claim'
import { deliver, type RenderFor, type SiteForSending } from './deliver'
import { recordFailure, recordSent } from './record'
import type { SendingSettings } from './settings'
import type { SmtpFailure } from './smtpFailure'

export const PAGE_SIZE = 500

export type RunOutcome = { outcome: 'finished' | 'paused' | 'stopped'; sent: number; failed: number; lastFailure?: SmtpFailure }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `work` over `items`, at most `limit` at once, results in the items' order. */
export const mapLimit = async <T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export const runDeliveries = async ({
  payload,
  settings,
  target,
  site,
  render,
  page,
  stillWanted,
  onBatch,
  now = Date.now,
}: {
  payload: Payload
  settings: SendingSettings
  target: ClaimTarget
  site: SiteForSending
  render: RenderFor
  /** The next recipients after `afterId` in id order (eligible now). */
  page: (afterId: number, limit: number) => Promise<Recipient[]>
  stillWanted: () => Promise<boolean>
  onBatch?: (counts: { sent: number; failed: number }) => Promise<void>
  now?: () => number
}): Promise<RunOutcome> => {
  let cursor = 0
  let exhausted = false
  let pending: Recipient[] = []
  let consecutive = 0
  let lastFailure: SmtpFailure | undefined
  const total = { sent: 0, failed: 0 }
  for (;;) {
    if (!(await stillWanted())) return { outcome: 'stopped', ...total, lastFailure }
    const stale = await reclaimStale({ payload, settings, target, limit: settings.batchSize, now })
    let batch: Claimed[] = stale.claimed
    let waitMs = stale.waitMs
    let failed = stale.failed
    if (!batch.length && !waitMs) {
      if (!pending.length && !exhausted) {
        pending = await page(cursor, PAGE_SIZE)
        if (pending.length) cursor = pending[pending.length - 1].id
        else exhausted = true
      }
      if (pending.length) {
        const claim = await claimRecipients({ payload, settings, target, candidates: pending.slice(0, settings.batchSize), now })
        pending = pending.filter((recipient) => !claim.done.has(recipient.id))
        batch = claim.claimed
        waitMs = claim.waitMs
      }
    }
    if (!batch.length) {
      if (failed) {
        total.failed += failed
        await onBatch?.({ sent: 0, failed })
      }
      if (waitMs) {
        await sleep(waitMs)
        continue
      }
      if (pending.length || !exhausted) continue
      // Nobody left to claim: wait for the open claims (in flight in another run, or left by one that died).
      const open = await payload.find({
        collection: ANALYTICS,
        where: openClaimsWhere(target),
        sort: 'claimedAt',
        limit: 1,
        depth: 0,
        pagination: false,
        select: { claimedAt: true },
        overrideAccess: true, // trusted: the platform's own send log
      })
      const oldest = open.docs[0]?.claimedAt
      if (!oldest) return { outcome: 'finished', ...total, lastFailure }
      await sleep(Math.max(20, Math.min(1000, Date.parse(oldest) + settings.lockMs - now() + 5)))
      continue
    }
    let sent = 0
    let halted = false
    const untried: Claimed[] = []
    await mapLimit(batch, settings.concurrency, async (claim) => {
      // Past the failure limit nothing more is tried: the claims left are given back (deleted) below.
      if (halted) {
        untried.push(claim)
        return
      }
      const outcome = await deliver({ payload, claim, site, render })
      const at = new Date(now())
      if (outcome.ok) {
        await recordSent(payload, claim, at)
        sent += 1
        consecutive = 0
        return
      }
      await recordFailure(payload, claim, outcome.failure, at)
      lastFailure = outcome.failure
      if (outcome.failure.kind !== 'temporary') failed += 1
      // A refused address says nothing about the server; anything else in a row does.
      if (outcome.failure.kind !== 'hard') consecutive += 1
      if (consecutive >= settings.maxConsecutiveFailures) halted = true
    })
    for (const claim of untried) await payload.db.deleteOne({ collection: ANALYTICS, where: { id: { equals: claim.deliveryId } } })
    total.sent += sent
    total.failed += failed
    await onBatch?.({ sent, failed })
    if (consecutive >= settings.maxConsecutiveFailures) return { outcome: 'paused', ...total, lastFailure }
  }
}
