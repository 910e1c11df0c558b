/**
 * The subscriber's preferences page at `/api/public/newsletter/preferences?token=` (the unsubscribe token,
 * linked from every newsletter email): GET shows the frequency choice and an unsubscribe button; POST
 * (`application/x-www-form-urlencoded`, as the page's forms send it) saves `frequency=each|weekly|monthly` or,
 * with `action=unsubscribe`, unsubscribes. Answers HTML pages in the subscriber's language: 404 unknown token,
 * 400 no valid choice (the form again), 415 another body type.
 */
import type { PayloadRequest } from 'payload'

import { visitorEndpoint, type SiteInfo } from '@platform'
import { preferencesUrl } from '../lib/links'
import { preferencesForm } from '../lib/pages'
import { PAGE_TEXTS } from '../lib/pageTexts'
import { FREQUENCIES, SUBSCRIPTIONS, type Frequency } from '../slugs'
import { findByToken, frequencyOf, invalidLinkPage, page, pageLocale, siteOf, tokenParam, type Subscription } from './subscriberPages'
import { unsubscribe, unsubscribedPage } from './unsubscribe'

const isFrequency = (value: unknown): value is Frequency => (FREQUENCIES as readonly unknown[]).includes(value)

const lookUp = async (req: PayloadRequest) => {
  const token = tokenParam(req)
  const subscription = await findByToken(req, 'unsubscribeToken', token)
  const site = subscription && (await siteOf(req, subscription))
  return subscription && site && token ? { token, subscription, site } : undefined
}

const formPage = (
  req: PayloadRequest,
  { token, subscription, site }: { token: string; subscription: Subscription; site: SiteInfo },
  { status = 200, notice }: { status?: number; notice?: string } = {},
) => {
  const locale = pageLocale(req, subscription)
  const text = PAGE_TEXTS[locale]
  if (!subscription.isActive)
    return page({ locale, siteName: site.name, title: text.notActiveTitle, paragraphs: [text.notActive], link: { href: site.url, label: text.toSite } }, status)
  const current = isFrequency(subscription.frequency) ? subscription.frequency : 'each'
  return page(
    {
      locale,
      siteName: site.name,
      title: text.preferencesTitle,
      paragraphs: [...(notice ? [notice] : []), text.address(subscription.email)],
      formHtml: preferencesForm({ locale, action: preferencesUrl(req.payload.config.serverURL, token), current }),
    },
    status,
  )
}

export const preferencesPageEndpoint = visitorEndpoint({
  path: '/public/newsletter/preferences',
  method: 'get',
  handler: async (req) => {
    const found = await lookUp(req)
    return found ? formPage(req, found) : invalidLinkPage(pageLocale(req))
  },
})

export const savePreferencesEndpoint = visitorEndpoint({
  path: '/public/newsletter/preferences',
  method: 'post',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidLinkPage(pageLocale(req))
    const locale = pageLocale(req, found.subscription)
    const text = PAGE_TEXTS[locale]
    if (!/^\s*application\/x-www-form-urlencoded\s*(?:;|$)/i.test(req.headers.get('content-type') ?? ''))
      return formPage(req, found, { status: 415, notice: text.formOnly })
    const form = new URLSearchParams(await req.text!())
    if (form.get('action') === 'unsubscribe') {
      await unsubscribe(req, found.subscription)
      return unsubscribedPage(req, found.subscription, found.site)
    }
    const frequency = form.get('frequency')
    if (!found.subscription.isActive) return formPage(req, found)
    if (!isFrequency(frequency)) return formPage(req, found, { status: 400, notice: text.chooseFrequency })
    const updated = await req.payload.update({
      collection: SUBSCRIPTIONS,
      id: found.subscription.id,
      data: { frequency },
      overrideAccess: true, // trusted: the subscriber changes their own frequency with their emailed token
      req,
    })
    return formPage(req, { ...found, subscription: updated }, { notice: `${text.savedTitle}. ${text.saved(frequencyOf(updated, locale))}` })
  },
})
