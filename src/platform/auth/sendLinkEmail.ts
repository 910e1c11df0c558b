/**
 * Queues an email carrying a link, through the platform's `queueEmail`
 * (src/platform/email/queueEmail.ts). TEMPORARY indirection: the email work
 * that implements `queueEmail` lands in parallel, and a namespace import keeps
 * this module loadable until it does; replace with a direct import then.
 */
import * as emailQueue from '../email/queueEmail'
import type { QueueEmail } from '../email/queueEmail'

export const sendLinkEmail: QueueEmail = async (req, email) => {
  const queueEmail = (emailQueue as { queueEmail?: QueueEmail }).queueEmail
  if (!queueEmail) throw new Error('queueEmail is not implemented yet (email feature)')
  await queueEmail(req, email)
}
