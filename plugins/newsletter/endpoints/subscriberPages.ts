/** What the subscriber's link endpoints share: finding the subscription a token names, its site, and the page language. */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { hashToken, isWellFormedToken, relationId, requestLocale } from '@platform'
import { frequencyLabel } from '../lib/frequency'
import { htmlResponse, renderPage, type PageContent, type PageLocale } from '../lib/pages'
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

export type SiteInfo = { name: string; url: string }

export const siteOf = async (req: PayloadRequest, subscription: Subscription): Promise<SiteInfo | undefined> => {
  const siteId = relationId(subscription.site)
  if (siteId === undefined) return undefined
  const site = await req.payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    select: { name: true, identifier: true },
    disableErrors: true,
    overrideAccess: true, // trusted: the name and address of the subscriber's own site, for the page
    req,
  })
  return site ? { name: site.name, url: `${req.payload.config.serverURL}/s/${site.identifier}` } : undefined
}

/** The subscriber's language, or (no subscription) the browser's. */
export const pageLocale = (req: PayloadRequest, subscription?: Subscription): PageLocale =>
  subscription ? (subscription.locale === 'en' ? 'en' : 'pl') : requestLocale(req)

export const page = (content: PageContent, status = 200) => htmlResponse(renderPage(content), status)

export const invalidLinkPage = (locale: PageLocale) => page({ locale, title: PAGE_TEXTS[locale].invalidTitle, paragraphs: [PAGE_TEXTS[locale].invalid] }, 404)

export const frequencyOf = (subscription: Subscription, locale: PageLocale) => frequencyLabel(subscription.frequency, locale)
