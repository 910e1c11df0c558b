/** What the subscriber's link endpoints share: finding the subscription a token names, its site, and the page language. */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { hashToken, isWellFormedToken, publicSiteInfo, requestLocale } from '@platform'
import { frequencyLabel } from '../lib/frequency'
import { subscriberPage, type PageLocale } from '../lib/pages'
import { PAGE_TEXTS } from '../lib/pageTexts'
import { SUBSCRIPTIONS } from '../slugs'

export type Subscription = DataFromCollectionSlug<typeof SUBSCRIPTIONS>

/** The token from `?token=`, when it has a token's shape (junk is refused before any lookup). */
export const tokenParam = (req: PayloadRequest): string | undefined => {
  const token = req.searchParams.get('token')
  return isWellFormedToken(token) ? token : undefined
}

/** The subscription whose stored hash (`field`) matches the token. */
export const findByToken = async (
  req: PayloadRequest,
  field: 'confirmationToken' | 'unsubscribeToken',
  token: string | undefined,
): Promise<Subscription | undefined> => {
  if (!token) return undefined
  const found = await req.payload.find({
    collection: SUBSCRIPTIONS,
    where: { [field]: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true, // trusted: the token is the subscriber's credential; only their own subscription is found
    req,
  })
  return found.docs[0]
}

/** The subscriber's own site (its name and address, for the page). */
export const siteOf = (req: PayloadRequest, subscription: Subscription) => publicSiteInfo(req, subscription.site)

/** The subscriber's language, or (no subscription) the browser's. */
export const pageLocale = (req: PayloadRequest, subscription?: Subscription): PageLocale =>
  subscription ? (subscription.locale === 'en' ? 'en' : 'pl') : requestLocale(req)

export const page = subscriberPage

export const invalidLinkPage = (locale: PageLocale) => page({ locale, title: PAGE_TEXTS[locale].invalidTitle, paragraphs: [PAGE_TEXTS[locale].invalid] }, 404)

export const frequencyOf = (subscription: Subscription, locale: PageLocale) => frequencyLabel(subscription.frequency, locale)
