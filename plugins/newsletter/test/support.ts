/** Helpers for the newsletter plugin's integration tests: requests as a visitor from a chosen IP, and reading received mail. */
import type { ReceivedMail } from '@platform/testing'
import { mimePart } from '@platform/testing'

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

/** A link of the newsletter API (`confirm`, `preferences`, `unsubscribe`) in the message's plain-text part. */
export const linkIn = (mail: ReceivedMail, kind: 'confirm' | 'preferences' | 'unsubscribe'): string => {
  const text = mimePart(mail.raw, 'text/plain') ?? ''
  const match = new RegExp(`https?://[^\\s"<>]+/api/public/newsletter/${kind}\\?token=[A-Za-z0-9_%-]+`).exec(text)
  if (!match) throw new Error(`No ${kind} link in:\n${text}`)
  return match[0]
}
