/**
 * The sending loop shared by campaigns and digests: claim a batch (stale claims first, then new recipients page
 * by page in id order) into a queue that NEWSLETTER_SEND_CONCURRENCY senders empty, each recording its outcome at
 * once; the next batch is claimed while the current one is being sent. It stops when the mailing is no longer wanted (a campaign paused or unscheduled), pauses after
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
  const unreported = { sent: 0, failed: 0 }
  let state: 'running' | 'finished' | 'paused' | 'stopped' = 'running'
  const queue: Claimed[] = []
  let inFlight = 0

  const report = async () => {
    if (!unreported.sent && !unreported.failed) return
    const counts = { ...unreported }
    unreported.sent = 0
    unreported.failed = 0
    await onBatch?.(counts)
  }

  /**
   * Claims the next batch into the queue (stale claims first, then new recipients), waiting while the rate
   * window is full. Returns without claiming when the run is over, or when only this run's own claims are
   * still open (the senders finish them, then ask again).
   */
  const produce = async (): Promise<void> => {
    for (;;) {
      if (state !== 'running') return
      await report()
      if (!(await stillWanted())) {
        state = 'stopped'
        return
      }
      const stale = await reclaimStale({ payload, settings, target, limit: settings.batchSize, now })
      let batch: Claimed[] = stale.claimed
      let waitMs = stale.waitMs
      total.failed += stale.failed
      unreported.failed += stale.failed
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
      if (batch.length) {
        queue.push(...batch)
        return
      }
      if (waitMs) {
        await sleep(waitMs)
        continue
      }
      if (pending.length || !exhausted) continue
      // Nobody left to claim. This run's own claims are being sent: let the senders finish them first.
      if (inFlight > 0 || queue.length) return
      // Claims still open are another run's (in flight there, or left by one that died): wait for them.
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
      if (!oldest) {
        state = 'finished'
        return
      }
      await sleep(Math.max(20, Math.min(1000, Date.parse(oldest) + settings.lockMs - now() + 5)))
    }
  }

  // One producer at a time; the senders ask for the next batch before the queue runs dry, so claiming (database
  // work) overlaps sending (SMTP work).
  let producing: Promise<void> | undefined
  let producerError: unknown
  const refill = () =>
    (producing ??= produce()
      .catch((error: unknown) => {
        producerError ??= error
        state = 'stopped'
      })
      .finally(() => {
        producing = undefined
      }))

  const sender = async () => {
    for (;;) {
      if (state === 'paused' || state === 'stopped') return
      const claim = queue.shift()
      if (!claim) {
        if (state === 'finished') return
        await refill()
        // Nothing claimed while others still send: wait for them, then ask again.
        if (!queue.length && state === 'running') await sleep(inFlight > 0 ? 5 : 0)
        continue
      }
      if (queue.length < settings.batchSize / 2 && state === 'running') void refill()
      inFlight += 1
      try {
        const outcome = await deliver({ payload, claim, site, render })
        const at = new Date(now())
        if (outcome.ok) {
          await recordSent(payload, claim, at)
          total.sent += 1
          unreported.sent += 1
          consecutive = 0
          continue
        }
        await recordFailure(payload, claim, outcome.failure, at)
        lastFailure = outcome.failure
        if (outcome.failure.kind !== 'temporary') {
          total.failed += 1
          unreported.failed += 1
        }
        // A refused address says nothing about the server; anything else in a row does.
        if (outcome.failure.kind !== 'hard') consecutive += 1
        if (consecutive >= settings.maxConsecutiveFailures && state === 'running') state = 'paused'
      } finally {
        inFlight -= 1
      }
    }
  }

  await Promise.all(Array.from({ length: settings.concurrency }, sender))
  await producing
  // Past the failure limit (or stopped) nothing more is tried: claims not yet sent are given back.
  for (const claim of queue.splice(0)) await payload.db.deleteOne({ collection: ANALYTICS, where: { id: { equals: claim.deliveryId } } })
  await report()
  if (producerError) throw producerError
  return { outcome: state === 'running' ? 'finished' : state, ...total, lastFailure }
}
