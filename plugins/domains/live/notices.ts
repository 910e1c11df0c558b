/**
 * Tells the site's owner that a domain went live or failed: a notification in the admin and an email, in the
 * owner's language, both in the caller's transaction (they vanish with it on rollback, and the email is queued
 * only once it commits).
 */
import type { PayloadRequest } from 'payload'

import { notify, publicSiteInfo, queueEmail, userContact, type ID } from '@platform'
import { orderPath } from '../orders/links'

export const LIVE_TEMPLATE = 'domain-live'
export const FAILED_TEMPLATE = 'domain-failed'

type Notice =
  | { outcome: 'live'; orderId: ID; siteId: ID; domain: string; url: string }
  | { outcome: 'failed'; orderId: ID; siteId: ID; domain: string; error: { pl: string; en: string } }

const message = (notice: Notice, lang: 'pl' | 'en') => {
  if (notice.outcome === 'live')
    return lang === 'pl'
      ? `Domena ${notice.domain} działa: Twoja strona jest pod adresem ${notice.url}.`
      : `${notice.domain} is live: your site is at ${notice.url}.`
  return lang === 'pl' ? `Nie udało się uruchomić domeny ${notice.domain}. ${notice.error.pl}` : `${notice.domain} could not be set up. ${notice.error.en}`
}

export const tellOwner = async (req: PayloadRequest, notice: Notice): Promise<void> => {
  const site = await publicSiteInfo(req, notice.siteId)
  const owner = site ? await userContact(req, site.ownerId) : undefined
  if (!site || !owner) return
  const locale = owner.locale
  const link = orderPath(notice.orderId)
  await notify({ req, userId: owner.id, siteId: notice.siteId, type: `domains.${notice.outcome}`, message: message(notice, locale), link })
  await queueEmail(req, {
    to: owner.email,
    template: notice.outcome === 'live' ? LIVE_TEMPLATE : FAILED_TEMPLATE,
    locale,
    ownerId: owner.id,
    data: {
      siteName: site.name,
      ...(owner.firstName ? { dnsOwnerName: owner.firstName } : {}),
      dnsDomain: notice.domain,
      dnsOrderUrl: `${req.payload.config.serverURL}${link}`,
      ...(notice.outcome === 'live' ? { dnsSiteUrl: notice.url } : { dnsError: notice.error[locale] }),
    },
  })
}
