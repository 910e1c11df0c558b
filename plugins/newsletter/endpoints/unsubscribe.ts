/**
 * One-click unsubscribe (RFC 8058) at `/api/public/newsletter/unsubscribe?token=`, the https address in every
 * newsletter email's List-Unsubscribe header:
 * - POST unsubscribes: no cookies, no CSRF token, any body (mail apps send `List-Unsubscribe=One-Click`,
 *   form-encoded or multipart); the unsubscribe token is the only credential. Answers 200 and a page, also when
 *   the address was unsubscribed already (idempotent).
 * - GET only shows a page with a confirm button that POSTs here, so link scanners unsubscribe nobody.
 * An unknown token is a 404 page. The preferences page's unsubscribe button uses `unsubscribe` below.
 */
import type { PayloadRequest } from 'payload'

import { visitorEndpoint, type SiteInfo } from '@platform'
import { unsubscribeUrl } from '../lib/links'
import { unsubscribeForm } from '../lib/pages'
import { PAGE_TEXTS } from '../lib/pageTexts'
import { SUBSCRIPTIONS } from '../slugs'
import { findByToken, invalidLinkPage, page, pageLocale, siteOf, tokenParam, type Subscription } from './subscriberPages'

/** Stops the newsletter for this subscriber (a pending confirmation or welcome email is then not sent either). */
export const unsubscribe = async (req: PayloadRequest, subscription: Subscription): Promise<void> => {
  if (!subscription.isActive) return
  await req.payload.update({
    collection: SUBSCRIPTIONS,
    id: subscription.id,
    data: { isActive: false, unsubscribedAt: new Date().toISOString() },
    overrideAccess: true, // trusted: the subscriber unsubscribes with their own emailed token
    req,
  })
}

export const unsubscribedPage = (req: PayloadRequest, subscription: Subscription, site: SiteInfo) => {
  const locale = pageLocale(req, subscription)
  const text = PAGE_TEXTS[locale]
  return page({
    locale,
    siteName: site.name,
    title: text.unsubscribedTitle,
    paragraphs: [text.unsubscribed(subscription.email, site.name), text.comeBack],
    link: { href: site.url, label: text.toSite },
  })
}

const lookUp = async (req: PayloadRequest) => {
  const token = tokenParam(req)
  const subscription = await findByToken(req, 'unsubscribeToken', token)
  const site = subscription && (await siteOf(req, subscription))
  return subscription && site && token ? { token, subscription, site } : undefined
}

export const unsubscribePageEndpoint = visitorEndpoint({
  path: '/public/newsletter/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidLinkPage(pageLocale(req))
    const { token, subscription, site } = found
    if (!subscription.isActive) return unsubscribedPage(req, subscription, site)
    const locale = pageLocale(req, subscription)
    const text = PAGE_TEXTS[locale]
    return page({
      locale,
      siteName: site.name,
      title: text.unsubscribeTitle,
      paragraphs: [text.unsubscribeQuestion(subscription.email, site.name)],
      formHtml: unsubscribeForm({ locale, action: unsubscribeUrl(req.payload.config.serverURL, token) }),
    })
  },
})

export const oneClickUnsubscribeEndpoint = visitorEndpoint({
  path: '/public/newsletter/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidLinkPage(pageLocale(req))
    await unsubscribe(req, found.subscription)
    return unsubscribedPage(req, found.subscription, found.site)
  },
})
