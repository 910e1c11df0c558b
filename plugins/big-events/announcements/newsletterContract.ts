/**
 * What the announcement relies on of the newsletter plugin, read through the Local API only (never its code):
 * - `newsletter-subscriptions`: `site`, `email` (lower-case), `locale`, `isActive`, `isConfirmed`, and the
 *   unsubscribe token kept as a seeded token: its hash `unsubscribeToken` and seed `unsubscribeTokenSeed`,
 *   purpose `newsletter-unsubscribe` (`createSeededToken`), so the same token is made again here;
 * - the public unsubscribe address of DESIGN.md's contract, `GET|POST /api/public/newsletter/unsubscribe?token=`
 *   (a page with a button; POST is RFC 8058's one click).
 */
import { recreateSeededToken } from '@platform'

export const SUBSCRIPTIONS = 'newsletter-subscriptions'
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe'

export type Subscriber = {
  id: number
  email: string
  locale?: string | null
  isActive?: boolean | null
  isConfirmed?: boolean | null
  site: unknown
  unsubscribeToken?: string | null
  unsubscribeTokenSeed?: string | null
}

export const unsubscribeToken = (secret: string, subscriber: Pick<Subscriber, 'unsubscribeToken' | 'unsubscribeTokenSeed'>): string | undefined =>
  recreateSeededToken({ secret, purpose: UNSUBSCRIBE_PURPOSE, seed: subscriber.unsubscribeTokenSeed, storedHash: subscriber.unsubscribeToken })

export const unsubscribeUrl = (serverURL: string, token: string): string =>
  `${serverURL.replace(/\/+$/, '')}/api/public/newsletter/unsubscribe?token=${encodeURIComponent(token)}`

/** RFC 2369 + RFC 8058: mail apps show "Unsubscribe" and POST to the address in one click. */
export const listUnsubscribeHeaders = (url: string): Record<string, string> => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
