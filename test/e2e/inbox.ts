/**
 * The e2e server's mailbox: a real SMTP listener on 127.0.0.1 (test/helpers/smtp.ts)
 * that run.ts starts before the server and passes as SMTP_URL; tests read what it received.
 */
import { mimePart, startSmtpListener, type ReceivedMail, type SmtpListener } from '../../src/platform/testing/smtp'

let listener: SmtpListener | undefined

export const startInbox = async (): Promise<SmtpListener> => {
  listener = await startSmtpListener()
  return listener
}

export const stopInbox = async (): Promise<void> => {
  await listener?.close()
  listener = undefined
}

/** Waits for an accepted message to `to` (after `since` messages), whose subject matches `subject` when given. */
export const waitForMail = async (
  to: string,
  { subject, since = 0, timeoutMs = 60_000 }: { subject?: RegExp; since?: number; timeoutMs?: number } = {},
): Promise<ReceivedMail> => {
  if (!listener) throw new Error('The e2e inbox is not running (test/e2e/run.ts starts it).')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mail = listener.received
      .slice(since)
      .find(
        (item) =>
          item.accepted && item.headers.to?.toLowerCase().includes(to.toLowerCase()) && (!subject || subject.test(decodeSubject(item.headers.subject ?? ''))),
      )
    if (mail) return mail
    if (Date.now() > deadline)
      throw new Error(
        `No email to ${to}${subject ? ` with a subject like ${subject}` : ''} within ${timeoutMs / 1000} s (${listener.received.length} received in all)`,
      )
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** How many messages the listener has received so far (pass as `since` to wait for a newer one). */
export const mailCount = (): number => listener?.received.length ?? 0

/** RFC 2047 encoded-words (=?UTF-8?B?...?= / =?UTF-8?Q?...?=) to text. */
export const decodeSubject = (subject: string): string =>
  subject.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  )

/** The first link in the plain-text part that carries a token (the text may put it in brackets: "Sign in (https://…)"). */
export const linkIn = (mail: ReceivedMail): string => {
  const text = mimePart(mail.raw, 'text/plain') ?? ''
  const link = /https?:\/\/[^\s()<>"]+token=[\w\-.~%]+/.exec(text)?.[0]
  if (!link) throw new Error(`No link with a token in the message "${mail.headers.subject}":\n${text}`)
  return link
}
