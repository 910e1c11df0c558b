/**
 * Messages the SMTP server has accepted, by Message-ID. The send-email job
 * records each one as soon as the server says yes and skips a message already
 * recorded: a job run again after it sent (its lock lost, its "done" never
 * saved) does not send the same message twice. Closed to the API; only the job
 * reads and writes it.
 */
import type { CollectionConfig, Payload } from 'payload'

import { nobody } from '../access/user'

export const SENT_MESSAGES_SLUG = 'platform-sent-messages' as const

export const SentMessages: CollectionConfig = {
  slug: SENT_MESSAGES_SLUG,
  admin: { hidden: true },
  // Nobody edits these rows in the admin, so no edit locks (and no lock relations in the schema).
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'messageId', type: 'text', required: true, unique: true, index: true }],
}

export const wasSent = async (payload: Payload, messageId: string): Promise<boolean> => {
  const found = await payload.count({ collection: SENT_MESSAGES_SLUG, where: { messageId: { equals: messageId } }, overrideAccess: true }) // the job's own record
  return found.totalDocs > 0
}

/** Records an accepted message. A duplicate (two runs racing past wasSent) is no failure: the record exists. */
export const recordSent = async (payload: Payload, messageId: string): Promise<void> => {
  try {
    await payload.create({ collection: SENT_MESSAGES_SLUG, data: { messageId }, overrideAccess: true, depth: 0 }) // the job's own record
  } catch (error) {
    if (await wasSent(payload, messageId)) return
    throw error
  }
}
