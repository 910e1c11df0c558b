/**
 * The tracking links of one delivered email (pure): the open pixel and the click redirect, the contract between
 * sending (which writes them into the HTML) and the tracking endpoints (which read them).
 * - open:  `${server}/api/public/newsletter/o/<token>`
 * - click: `${server}/api/public/newsletter/c/<token>?u=<encoded href>&s=<signature>`
 * `<token>` is either the delivery's tracking token (a seeded token, purpose TRACKING_PURPOSE; the delivery record
 * keeps its hash), or, for a site that tracks no individual subscribers, the campaign's token (`campaignToken`): the
 * same for every recipient, so it names nobody, and checked without storage. The signature is an HMAC of the token
 * and the href under the server secret, so the redirect goes only to links the platform itself put into that email:
 * never an open redirect.
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

/**
 * The campaign-level token: `c.<campaign id>.<HMAC-SHA256 of the id under the server secret, base64url>`. The
 * prefix tells it apart from a delivery token (43 base64url characters, no dots); the id lets the endpoints find the
 * campaign and the HMAC, which nobody can make without the secret, proves the platform wrote it.
 */
export const CAMPAIGN_TOKEN_PREFIX = 'c.'

const campaignMac = (secret: string, campaignId: number) => createHmac('sha256', secret).update(`newsletter-campaign\n${campaignId}`).digest('base64url')

export const campaignToken = (secret: string, campaignId: number): string => {
  if (!secret) throw new Error('campaignToken: the server secret is missing')
  if (!Number.isSafeInteger(campaignId) || campaignId <= 0) throw new Error(`campaignToken: not a campaign id: ${campaignId}`)
  return `${CAMPAIGN_TOKEN_PREFIX}${campaignId}.${campaignMac(secret, campaignId)}`
}

/** Whether the token has the campaign token's shape (it may still be forged: see `campaignFromToken`). */
export const isCampaignToken = (token: unknown): token is string => typeof token === 'string' && token.startsWith(CAMPAIGN_TOKEN_PREFIX)

/** The campaign id of a genuine campaign token (constant-time check of its HMAC), else undefined. */
export const campaignFromToken = (secret: string, token: unknown): number | undefined => {
  if (!secret || typeof token !== 'string') return undefined
  const match = /^c\.([1-9][0-9]{0,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return undefined
  const campaignId = Number(match[1])
  if (!Number.isSafeInteger(campaignId)) return undefined
  const expected = Buffer.from(campaignMac(secret, campaignId))
  const given = Buffer.from(match[2])
  return given.length === expected.length && timingSafeEqual(given, expected) ? campaignId : undefined
}

/** Only web links are tracked (and redirected to); mailto and anything else stay as they are in the email. */
export const trackableHref = (href: string): boolean => /^https?:\/\//i.test(href)
