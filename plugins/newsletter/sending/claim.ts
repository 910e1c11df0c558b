/**
 * Claiming recipients before the SMTP conversation: one delivery record per (campaign, subscriber), or per
 * (subscriber, digest period), created before the message goes out and marked sent after the server accepted
 * it. Claims are made under one database lock (`newsletter:claim`, every process), which also makes the rate
 * limit exact: inside it the claims of the last window are counted (NEWSLETTER_RATE_PER_MINUTE), existing
 * deliveries are filtered out, and at most what the window still allows is claimed. The unique indexes on the
 * delivery records stand behind it. Each claim gets a seeded tracking token (hash and seed stored, the token
 * only in memory and in the email).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import { createSeededToken, inTransaction, lockForTransaction, recreateSeededToken, relationId } from '@platform'
import { TRACKING_PURPOSE } from '../lib/tracking'
import { ANALYTICS } from '../slugs'
import type { SendingSettings } from './settings'

export const CLAIM_LOCK = 'newsletter:claim'

export type Recipient = {
  id: number
  email: string
  locale?: string | null
  unsubscribeToken?: string | null
  unsubscribeTokenSeed?: string | null
  /** Digests: what the recipient's digest covers starts here (ms). */
  since?: number
}

export type Claimed = { deliveryId: number; recipient: Recipient; trackingToken: string; attempt: number }

/** How many more emails the sliding window allows now, and else how long until the oldest claim in it leaves. */
export const windowAllowance = async (req: PayloadRequest, settings: SendingSettings, now: number): Promise<{ allowed: number; waitMs: number }> => {
  const since = new Date(now - settings.windowMs).toISOString()
  const inWindow: Where = { claimedAt: { greater_than: since } }
  const used = (await req.payload.count({ collection: ANALYTICS, where: inWindow, req, overrideAccess: true })).totalDocs // trusted: the platform's own send log
  const allowed = settings.ratePerWindow - used
  if (allowed > 0) return { allowed, waitMs: 0 }
  const oldest = await req.payload.find({
    collection: ANALYTICS,
    where: inWindow,
    sort: 'claimedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { claimedAt: true },
    req,
    overrideAccess: true, // trusted: the platform's own send log
  })
  const leaves = oldest.docs[0]?.claimedAt ? Date.parse(oldest.docs[0].claimedAt) + settings.windowMs - now : settings.windowMs
  return { allowed: 0, waitMs: Math.max(20, leaves + 5) }
}

export type ClaimTarget =
  { kind: 'campaign'; campaignId: number; siteId: number } | { kind: 'digest'; siteId: number; digestKey: string; digestPeriod: 'weekly' | 'monthly' }

const existingWhere = (target: ClaimTarget, ids: number[]): Where =>
  target.kind === 'campaign'
    ? { and: [{ campaign: { equals: target.campaignId } }, { subscription: { in: ids } }] }
    : { and: [{ digestKey: { equals: target.digestKey } }, { subscription: { in: ids } }] }

/**
 * Claims up to `candidates.length` of them (fewer when the window is full). Returns the claims, the ids that
 * need nothing more (claimed now or delivered before) and, when the window was full, how long to wait.
 */
export const claimRecipients = async ({
  payload,
  settings,
  target,
  candidates,
  now = Date.now,
}: {
  payload: Payload
  settings: SendingSettings
  target: ClaimTarget
  candidates: Recipient[]
  now?: () => number
}): Promise<{ claimed: Claimed[]; done: Set<number>; waitMs: number }> => {
  if (!candidates.length) return { claimed: [], done: new Set(), waitMs: 0 }
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, CLAIM_LOCK)
    const at = now()
    const existing = await payload.find({
      collection: ANALYTICS,
      where: existingWhere(
        target,
        candidates.map((candidate) => candidate.id),
      ),
      depth: 0,
      pagination: false,
      select: { subscription: true },
      req,
      overrideAccess: true, // trusted: the platform's own send log
    })
    const done = new Set(existing.docs.map((doc) => Number(relationId(doc.subscription))))
    const open = candidates.filter((candidate) => !done.has(candidate.id))
    if (!open.length) return { claimed: [], done, waitMs: 0 }
    const { allowed, waitMs } = await windowAllowance(req, settings, at)
    const claimedAt = new Date(at).toISOString()
    const claimed: Claimed[] = []
    for (const recipient of open.slice(0, allowed)) {
      const tracking = createSeededToken({ secret: payload.secret, purpose: TRACKING_PURPOSE })
      const delivery = await payload.db.create({
        collection: ANALYTICS,
        data: {
          site: target.siteId,
          subscription: recipient.id,
          kind: target.kind,
          ...(target.kind === 'campaign' ? { campaign: target.campaignId } : { digestKey: target.digestKey, digestPeriod: target.digestPeriod }),
          claimedAt,
          attempts: 1,
          trackingToken: tracking.hash,
          trackingSeed: tracking.seed,
        },
        req,
      })
      claimed.push({ deliveryId: Number(delivery.id), recipient, trackingToken: tracking.token, attempt: 1 })
      done.add(recipient.id)
    }
    return { claimed, done, waitMs: claimed.length < open.length ? waitMs || 20 : 0 }
  })
}

/** SMTP conversations begun for one delivery at most: the first, and one retry of a claim left open. */
export const MAX_ATTEMPTS = 2

const RECIPIENT_SELECT = {
  email: true,
  locale: true,
  unsubscribeToken: true,
  unsubscribeTokenSeed: true,
  isActive: true,
  lastSentAt: true,
  confirmedAt: true,
} as const

const targetWhere = (target: ClaimTarget): Where =>
  target.kind === 'campaign' ? { campaign: { equals: target.campaignId } } : { digestKey: { equals: target.digestKey } }

/** Deliveries of the target claimed, neither sent nor failed (in flight, or left by a run that died). */
export const openClaimsWhere = (target: ClaimTarget): Where => ({
  and: [targetWhere(target), { sentAt: { exists: false } }, { failedAt: { exists: false } }, { claimedAt: { exists: true } }],
})

/**
 * The resume rule: a claim older than the send lock's lifetime (NEWSLETTER_SEND_LOCK_MS) whose "sent" was never
 * recorded is claimed again, once (the run that made it died, or the server failed temporarily); the message
 * goes out with the same Message-ID, so a receiver that got the first one drops the second. A claim that is
 * still open after its second attempt fails (`failedAt`), and nobody is mailed a third time.
 */
export const reclaimStale = async ({
  payload,
  settings,
  target,
  limit,
  now = Date.now,
}: {
  payload: Payload
  settings: SendingSettings
  target: ClaimTarget
  limit: number
  now?: () => number
}): Promise<{ claimed: Claimed[]; failed: number; waitMs: number }> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, CLAIM_LOCK)
    const at = now()
    const stale = await payload.find({
      collection: ANALYTICS,
      where: { and: [openClaimsWhere(target), { claimedAt: { less_than: new Date(at - settings.lockMs).toISOString() } }] },
      sort: 'id',
      limit,
      depth: 0,
      pagination: false,
      select: { subscription: true, attempts: true, trackingSeed: true, trackingToken: true },
      req,
      overrideAccess: true, // trusted: the platform's own send log
    })
    if (!stale.docs.length) return { claimed: [], failed: 0, waitMs: 0 }
    let failed = 0
    const retry: typeof stale.docs = []
    for (const doc of stale.docs) {
      if ((doc.attempts ?? 1) >= MAX_ATTEMPTS) {
        await payload.db.updateOne({
          collection: ANALYTICS,
          id: doc.id,
          data: { failedAt: new Date(at).toISOString(), failure: 'The mail server did not confirm the message after two attempts.' },
          req,
        })
        failed += 1
      } else retry.push(doc)
    }
    const { allowed, waitMs } = await windowAllowance(req, settings, at)
    const subscriptions = await payload.find({
      collection: 'newsletter-subscriptions',
      where: { id: { in: retry.map((doc) => relationId(doc.subscription)) } },
      depth: 0,
      pagination: false,
      select: RECIPIENT_SELECT,
      req,
      overrideAccess: true, // trusted: the sending reads the recipients' addresses and token seeds
    })
    const byId = new Map(subscriptions.docs.map((doc) => [Number(doc.id), doc]))
    const claimed: Claimed[] = []
    for (const doc of retry.slice(0, allowed)) {
      const recipient = byId.get(Number(relationId(doc.subscription)))
      const token = recreateToken(payload.secret, doc.trackingSeed, doc.trackingToken)
      if (!recipient || !recipient.isActive || !token) {
        await payload.db.updateOne({
          collection: ANALYTICS,
          id: doc.id,
          data: { failedAt: new Date(at).toISOString(), failure: 'The subscriber is gone or no longer active.' },
          req,
        })
        failed += 1
        continue
      }
      const attempt = (doc.attempts ?? 1) + 1
      await payload.db.updateOne({ collection: ANALYTICS, id: doc.id, data: { claimedAt: new Date(at).toISOString(), attempts: attempt }, req })
      // A digest covers what is new since the subscriber's last email (not sent yet: this one was not).
      const since = Date.parse(recipient.lastSentAt ?? recipient.confirmedAt ?? '')
      claimed.push({
        deliveryId: Number(doc.id),
        recipient: { ...recipient, id: Number(recipient.id), ...(Number.isFinite(since) ? { since } : {}) },
        trackingToken: token,
        attempt,
      })
    }
    return { claimed, failed, waitMs: claimed.length < retry.length ? waitMs || 20 : 0 }
  })
}

const recreateToken = (secret: string, seed: string | null | undefined, hash: string | null | undefined) =>
  recreateSeededToken({ secret, purpose: TRACKING_PURPOSE, seed, storedHash: hash })
