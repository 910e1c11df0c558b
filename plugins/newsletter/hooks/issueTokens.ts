/**
 * Tokens for every new subscriber, however it was made (the public form, an editor in the admin, a seed):
 * the unsubscribe token always, and a confirmation link (valid 7 days) unless it is confirmed already.
 * A subscriber an editor adds in the admin gets the confirmation email at once, like one from the form:
 * nobody is subscribed without confirming their address.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { queueEmail } from '@platform'
import { SUBSCRIBER_EMAIL } from '../emails/composer'
import { CONFIRM_PURPOSE, newToken, UNSUBSCRIBE_PURPOSE } from '../lib/tokens'

export const issueTokensOnCreate: CollectionBeforeChangeHook = ({ req, data, operation }) => {
  if (operation !== 'create') return data
  const now = new Date().toISOString()
  data.subscribedAt ??= now
  if (!data.unsubscribeToken) {
    const unsubscribe = newToken(req.payload.secret, UNSUBSCRIBE_PURPOSE)
    data.unsubscribeToken = unsubscribe.hash
    data.unsubscribeTokenSeed = unsubscribe.seed
  }
  if (!data.isConfirmed && !data.confirmationToken) {
    const confirm = newToken(req.payload.secret, CONFIRM_PURPOSE)
    data.confirmationToken = confirm.hash
    data.confirmationTokenSeed = confirm.seed
    data.confirmationSentAt = now
  }
  return data
}

export const sendConfirmationOnAdminCreate: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  // Only for a signed-in editor: the public endpoint queues its own email, seeds and tests send none.
  if (operation !== 'create' || !req.user || doc.isConfirmed) return doc
  await queueEmail(req, { compose: SUBSCRIBER_EMAIL, args: { subscriptionId: doc.id, kind: 'confirm' } })
  return doc
}
