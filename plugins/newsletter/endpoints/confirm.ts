/**
 * GET /api/public/newsletter/confirm?token= — the link in the confirmation email. Works once and for 7 days
 * (lib/tokens.ts): confirms the subscription and queues the welcome email in one transaction, under a lock on
 * the token, so two clicks at once confirm (and welcome) once. Answers an HTML page in the subscriber's
 * language: 200 confirmed; 404 unknown, altered or replaced link; 410 used already or expired.
 */
import { inTransaction, lockForTransaction, queueEmail, visitorEndpoint } from '@platform'
import { SUBSCRIBER_EMAIL } from '../emails/composer'
import { PAGE_TEXTS } from '../lib/pageTexts'
import { confirmationValid } from '../lib/tokens'
import { SUBSCRIPTIONS } from '../slugs'
import { findByToken, frequencyOf, invalidLinkPage, page, pageLocale, siteOf, tokenParam } from './subscriberPages'

export const confirmEndpoint = visitorEndpoint({
  path: '/public/newsletter/confirm',
  method: 'get',
  handler: async (req) => {
    const token = tokenParam(req)
    if (!token) return invalidLinkPage(pageLocale(req))
    return inTransaction(req, async () => {
      await lockForTransaction(req, `newsletter:confirm:${token}`)
      const subscription = await findByToken(req, 'confirmationToken', token)
      const site = subscription && (await siteOf(req, subscription))
      if (!subscription || !site || !subscription.isActive) return invalidLinkPage(pageLocale(req, subscription))
      const locale = pageLocale(req, subscription)
      const text = PAGE_TEXTS[locale]
      const link = { href: site.url, label: text.toSite }
      if (subscription.isConfirmed) return page({ locale, siteName: site.name, title: text.usedTitle, paragraphs: [text.used], link }, 410)
      if (!confirmationValid(subscription.confirmationSentAt, Date.now()))
        return page({ locale, siteName: site.name, title: text.expiredTitle, paragraphs: [text.expired], link }, 410)
      await req.payload.update({
        collection: SUBSCRIPTIONS,
        id: subscription.id,
        // The hash stays (a second click then says "used"); the seed goes, so the link can never be re-made.
        data: { isConfirmed: true, confirmedAt: new Date().toISOString(), confirmationTokenSeed: null },
        overrideAccess: true, // trusted: the subscriber confirms with their own emailed token
        req,
      })
      await queueEmail(req, { compose: SUBSCRIBER_EMAIL, args: { subscriptionId: subscription.id, kind: 'welcome' } })
      return page({ locale, siteName: site.name, title: text.confirmedTitle, paragraphs: [text.confirmed(site.name, frequencyOf(subscription, locale))], link })
    })
  },
})
