/**
 * What happened to one claimed delivery, written at once (trusted bookkeeping through the database adapter:
 * one UPDATE each, counters incremented atomically):
 * - sent: the delivery's `sentAt`; the subscriber's `emailsSent` + 1 and `lastSentAt`;
 * - hard bounce: the delivery fails; the subscriber becomes inactive with `hardBouncedAt`;
 * - another permanent failure: the delivery fails;
 * - temporary failure: the claim stays open (retried once after NEWSLETTER_SEND_LOCK_MS), the subscriber's
 *   `softBounceCount` + 1.
 */
import type { Payload } from 'payload'

import { ANALYTICS, SUBSCRIPTIONS } from '../slugs'
import type { Claimed } from './claim'
import type { SmtpFailure } from './smtpFailure'

export const recordSent = async (payload: Payload, claim: Claimed, at: Date): Promise<void> => {
  await payload.db.updateOne({ collection: ANALYTICS, id: claim.deliveryId, data: { sentAt: at.toISOString(), failure: null } })
  await payload.db.updateOne({ collection: SUBSCRIPTIONS, id: claim.recipient.id, data: { emailsSent: { $inc: 1 }, lastSentAt: at.toISOString() } })
}

export const recordFailure = async (payload: Payload, claim: Claimed, failure: SmtpFailure, at: Date): Promise<void> => {
  const reason = `${failure.code ? `${failure.code} ` : ''}${failure.message}`.slice(0, 300)
  if (failure.kind === 'temporary') {
    await payload.db.updateOne({ collection: ANALYTICS, id: claim.deliveryId, data: { failure: reason } })
    await payload.db.updateOne({ collection: SUBSCRIPTIONS, id: claim.recipient.id, data: { softBounceCount: { $inc: 1 } } })
    return
  }
  await payload.db.updateOne({ collection: ANALYTICS, id: claim.deliveryId, data: { failedAt: at.toISOString(), failure: reason } })
  if (failure.kind === 'hard') {
    await payload.db.updateOne({ collection: SUBSCRIPTIONS, id: claim.recipient.id, data: { isActive: false, hardBouncedAt: at.toISOString() } })
  }
}
