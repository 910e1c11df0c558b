/** Helpers for the newsletter plugin's integration tests: requests as a visitor from a chosen IP, and reading received mail. */
import type { ReceivedMail, SmtpListener } from '@platform/testing'
import { mimePart, waitFor } from '@platform/testing'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
type Json = any

let ipCounter = 0
/** A new documentation address (203.0.113.0/24, then 198.51.100.0/24): the platform trusts X-Forwarded-For from loopback. */
export const freshIp = () => {
  ipCounter += 1
  return ipCounter < 250 ? `203.0.113.${ipCounter}` : `198.51.100.${ipCounter - 249}`
}

export const subscribeRequest = (
  baseURL: string,
  identifier: string,
  body: unknown,
  { ip = freshIp(), raw, contentType = 'application/json' }: { ip?: string; raw?: string; contentType?: string } = {},
) =>
  fetch(`${baseURL}/api/public/sites/${identifier}/newsletter`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-forwarded-for': ip },
    body: raw ?? JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, headers: response.headers, body: (await response.json().catch(() => undefined)) as Json }))

export const page = (url: string, init: RequestInit = {}) =>
  fetch(url, { redirect: 'manual', ...init }).then(async (response) => ({ status: response.status, headers: response.headers, html: await response.text() }))

/** RFC 2047 encoded words (nodemailer writes non-ASCII subjects as =?UTF-8?Q?...?= or =?UTF-8?B?...?=). */
export const decodeSubject = (subject: string): string =>
  subject.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  )

export const mailsTo = (smtp: SmtpListener, to: string, subject?: RegExp): ReceivedMail[] =>
  smtp.received.filter((mail) => mail.accepted && mail.headers.to?.includes(to) && (!subject || subject.test(decodeSubject(mail.headers.subject ?? ''))))

/** The `count`-th message to `to` whose subject matches (waits for it). */
export const delivered = (smtp: SmtpListener, to: string, subject: RegExp, count = 1) =>
  waitFor(async () => mailsTo(smtp, to, subject)[count - 1], { what: `message ${count} to ${to} matching ${subject}` })

/** A link of the newsletter API (`confirm`, `preferences`, `unsubscribe`) in the message's plain-text part. */
export const linkIn = (mail: ReceivedMail, kind: 'confirm' | 'preferences' | 'unsubscribe'): string => {
  const text = mimePart(mail.raw, 'text/plain') ?? ''
  const match = new RegExp(`https?://[^\\s"<>]+/api/public/newsletter/${kind}\\?token=[A-Za-z0-9_%-]+`).exec(text)
  if (!match) throw new Error(`No ${kind} link in:\n${text}`)
  return match[0]
}

/** The same path on the test server (links in emails name PUBLIC_URL, which nothing listens on). */
export const onServer = (baseURL: string, link: string) => {
  const url = new URL(link)
  return `${baseURL}${url.pathname}${url.search}`
}
