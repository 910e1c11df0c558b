/** The dev mailbox (no SMTP_URL: sent emails are kept in `dev-mailbox`), read as a test would read an inbox. */
import type { Payload } from 'payload'

import { waitFor } from './waitFor'

export type MailboxMessage = { to: string; subject?: string | null; text?: string | null; html?: string | null; messageId?: string | null }

/** Every message sent to `to`, oldest first (a trusted read: the mailbox is staff-only). */
export const readMailbox = async (payload: Payload, to: string): Promise<MailboxMessage[]> =>
  (await payload.find({ collection: 'dev-mailbox', where: { to: { equals: to } }, sort: 'createdAt', pagination: false, overrideAccess: true })).docs

/** Waits for a message to `to` whose subject matches, and returns it. */
export const waitForEmail = (payload: Payload, to: string, subject: RegExp = /./): Promise<MailboxMessage> =>
  waitFor(async () => (await readMailbox(payload, to)).find((message) => subject.test(message.subject ?? '')), {
    what: `an email to ${to} matching ${subject}`,
  })
