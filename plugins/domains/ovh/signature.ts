/**
 * OVH's request signature (API v1, "first steps with the OVHcloud API"):
 *   X-Ovh-Signature = "$1$" + SHA1_HEX(AS + "+" + CK + "+" + METHOD + "+" + FULL_URL + "+" + BODY + "+" + TIMESTAMP)
 * FULL_URL is the exact URL sent (endpoint, path and query string), BODY the exact body sent ('' for none) and
 * TIMESTAMP the Unix time in seconds as OVH's clock sees it (see `/auth/time`). Pure; the fake OVH checks with it too.
 */
import { createHash, timingSafeEqual } from 'node:crypto'

export type SignatureInput = {
  applicationSecret: string
  consumerKey: string
  method: string
  /** The full URL as sent, e.g. `https://eu.api.ovh.com/1.0/me/order/1/status`. */
  url: string
  /** The body as sent; '' when there is none. */
  body: string
  /** Seconds since the epoch, on OVH's clock. */
  timestamp: number | string
}

export const ovhSignature = ({ applicationSecret, consumerKey, method, url, body, timestamp }: SignatureInput): string =>
  '$1$' +
  createHash('sha1')
    .update([applicationSecret, consumerKey, method.toUpperCase(), url, body, String(timestamp)].join('+'), 'utf8')
    .digest('hex')

/** Constant-time comparison of two signatures (any string; different lengths never match). */
export const signaturesMatch = (given: string, expected: string): boolean => {
  const a = Buffer.from(given, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}
