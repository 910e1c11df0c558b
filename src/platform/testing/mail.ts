/** Reading what a real SMTP listener received, as a test reads an inbox: decoded subjects, messages to an address, links in them. */
import type { ReceivedMail, SmtpListener } from './smtp'

import { waitFor } from './waitFor'

const WORD = '=\\?UTF-8\\?([QB])\\?([^?]*)\\?='

const bytesOf = (kind: string, text: string): Buffer =>
  kind.toUpperCase() === 'B'
    ? Buffer.from(text, 'base64')
    : Buffer.from(
        text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      )

/**
 * A header's RFC 2047 encoded words as text (nodemailer writes a non-ASCII subject as `=?UTF-8?Q?…?=` or
 * `=?UTF-8?B?…?=` words). The space between two adjacent words is not text (RFC 2047 §6.2), and a character's
 * bytes may be split over two words, so a run of words is decoded as one.
 */
export const decodeSubject = (header: string): string =>
  header.replace(new RegExp(`${WORD}(?:\\s+${WORD})*`, 'gi'), (run) =>
    Buffer.concat([...run.matchAll(new RegExp(WORD, 'gi'))].map(([, kind, text]) => bytesOf(kind, text))).toString('utf8'),
  )

/** The accepted messages to `to`, oldest first; with `subject`, only those whose decoded subject matches. */
export const mailsTo = (smtp: SmtpListener, to: string, subject?: RegExp): ReceivedMail[] =>
  smtp.received.filter((mail) => mail.accepted && mail.headers.to?.includes(to) && (!subject || subject.test(decodeSubject(mail.headers.subject ?? ''))))

/** Waits for the `count`-th accepted message to `to` (whose subject matches, when given) and returns it. */
export const delivered = (smtp: SmtpListener, to: string, subject?: RegExp, count = 1): Promise<ReceivedMail> =>
  waitFor(async () => mailsTo(smtp, to, subject)[count - 1], { what: `message ${count} to ${to}${subject ? ` matching ${subject}` : ''}` })

/**
 * The same address on the test server: links in emails name the public URL (`TEST_PUBLIC_URL`), which nothing
 * listens on. A relative link (a `Location` header) is read against `baseURL`.
 */
export const onServer = (baseURL: string, link: string): string => {
  const url = new URL(link, baseURL)
  return `${baseURL}${url.pathname}${url.search}`
}
