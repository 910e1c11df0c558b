/**
 * The tracking links of one delivered email (pure): the open pixel and the click redirect, the contract between
 * sending (which writes them into the HTML) and the tracking endpoints (which read them).
 * - open:  `${server}/api/public/newsletter/o/<token>`
 * - click: `${server}/api/public/newsletter/c/<token>?u=<encoded href>&s=<signature>`
 * `<token>` is the delivery's tracking token (a seeded token, purpose TRACKING_PURPOSE; the delivery record keeps
 * its hash). The signature is an HMAC of the token and the href under the server secret, so the redirect goes only
 * to links the platform itself put into that email: never an open redirect.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { NEWSLETTER_API } from './links'

export const TRACKING_PURPOSE = 'newsletter-track'

const base = (serverURL: string) => `${serverURL.replace(/\/+$/, '')}${NEWSLETTER_API}`

export const clickSignature = (secret: string, token: string, href: string): string => {
  if (!secret) throw new Error('clickSignature: the server secret is missing')
  return createHmac('sha256', secret).update(`newsletter-click\n${token}\n${href}`).digest('base64url').slice(0, 32)
}

export const openPixelUrl = (serverURL: string, token: string) => `${base(serverURL)}/o/${encodeURIComponent(token)}`

export const clickUrl = ({ serverURL, secret, token, href }: { serverURL: string; secret: string; token: string; href: string }) =>
  `${base(serverURL)}/c/${encodeURIComponent(token)}?u=${encodeURIComponent(href)}&s=${clickSignature(secret, token, href)}`

/** Whether `signature` is the platform's own for this token and href (constant-time). */
export const clickSignatureValid = ({ secret, token, href, signature }: { secret: string; token: string; href: string; signature: unknown }): boolean => {
  if (typeof signature !== 'string' || !secret) return false
  const expected = Buffer.from(clickSignature(secret, token, href))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Only web links are tracked (and redirected to); mailto and anything else stay as they are in the email. */
export const trackableHref = (href: string): boolean => /^https?:\/\//i.test(href)
