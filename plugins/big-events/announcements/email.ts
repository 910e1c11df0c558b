/**
 * The announcement email, made when the email job sends it (composer `big-events.announcement-email`): the job
 * keeps the announcement row's id only; the subscriber's unsubscribe link is made again here from the
 * subscription's seed. Nothing is sent when the subscriber left meanwhile (unsubscribed, deleted) or the event is
 * no longer published. The price and the seats left are as they are when it is sent.
 */
import type { Payload } from 'payload'

import type { EmailComposer, QueuedEmail, SiteInfo, SiteLocales } from '@platform'
import { findPublishedSite, localesOf, publicSiteInfo, relationId } from '@platform'
import { formatDate, langOf, type Lang } from '@platform/format'
import { richTextExcerpt } from '../lib/excerpt'
import { earlyBirdApplies, eventPlace, eventWhen, eventZone, priceText, seatsLeft, type EventFacts } from '../lib/facts'
import { seatsLeftText } from '../lib/seatsText'
import { ANNOUNCEMENTS, BIG_EVENTS } from '../slugs'
import { eventPageUrl } from './eventUrl'
import { ANNOUNCEMENT_EMAIL, ANNOUNCEMENT_TEMPLATE } from './names'
import { listUnsubscribeHeaders, SUBSCRIPTIONS, unsubscribeToken, unsubscribeUrl, type Subscriber } from './newsletterContract'

export type AnnouncedEvent = EventFacts & {
  id: number | string
  title: string
  slug?: string | null
  description?: unknown
  status?: string | null
  image?: unknown
}

type ImageDoc = { url?: string | null; alt?: string | null; sizes?: Record<string, { url?: string | null } | undefined> | null }

/** The picture for an email: the 768 px `card` variant (or the original), as an absolute address. */
export const imageOf = (image: unknown, serverURL: string): { url: string; alt: string } | undefined => {
  if (!image || typeof image !== 'object') return undefined
  const doc = image as ImageDoc
  const url = doc.sizes?.card?.url || doc.url
  if (!url) return undefined
  return { url: /^https?:\/\//.test(url) ? url : `${serverURL.replace(/\/+$/, '')}${url}`, alt: doc.alt ?? '' }
}

/** The template's values (pure, given what was read). */
export const announcementData = ({
  event,
  site,
  locales,
  locale,
  unsubscribe,
  serverURL,
  now,
}: {
  event: AnnouncedEvent
  site: Pick<SiteInfo, 'name' | 'url'>
  locales: SiteLocales
  locale: Lang
  unsubscribe: string
  serverURL: string
  now: Date
}): Record<string, unknown> => {
  const image = imageOf(event.image, serverURL)
  const summary = richTextExcerpt(event.description)
  return {
    siteName: site.name,
    bigEventTitle: event.title,
    bigEventWhen: eventWhen(event, locale),
    bigEventPlace: eventPlace(event, locale),
    bigEventPrice: priceText(event, now, locale),
    ...(earlyBirdApplies(event, now) ? { bigEventEarlyBirdUntil: formatDate(String(event.earlyBirdEndsAt), locale, eventZone(event)) } : {}),
    bigEventSeatsLeft: seatsLeftText(seatsLeft(event), locale),
    bigEventUrl: eventPageUrl({ siteUrl: site.url, slug: event.slug ?? String(event.id), locale, locales }),
    ...(image ? { bigEventImageUrl: image.url, bigEventImageAlt: image.alt || event.title } : {}),
    ...(summary ? { bigEventSummary: summary } : {}),
    unsubscribeUrl: unsubscribe,
  }
}

export const composeAnnouncementEmail = async ({ payload, args, now = new Date() }: { payload: Payload; args: Record<string, unknown>; now?: Date }) => {
  const { announcementId } = args
  if (typeof announcementId !== 'number' && typeof announcementId !== 'string') return undefined
  const row = await payload.findByID({ collection: ANNOUNCEMENTS, id: announcementId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the email job, reading the record it sends for
  if (!row || typeof row.subscriptionId !== 'number') return undefined
  const subscriber = (await payload.findByID({
    collection: SUBSCRIPTIONS,
    id: row.subscriptionId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the email job, reading the subscriber it writes to (the unsubscribe seed included)
  })) as unknown as Subscriber | null
  if (!subscriber?.isActive || !subscriber.isConfirmed || subscriber.email !== row.email) return undefined
  const event = (await payload.findByID({
    collection: BIG_EVENTS,
    id: relationId(row.event)!,
    depth: 1,
    disableErrors: true,
    overrideAccess: true, // trusted: the event being announced, with its picture
  })) as unknown as AnnouncedEvent | null
  if (!event || event.status !== 'published') return undefined
  const site = await publicSiteInfo({ payload }, row.site)
  const published = site && (await findPublishedSite({ payload }, site.identifier, { withVersion: true }))
  const token = unsubscribeToken(payload.secret, subscriber)
  // No working unsubscribe link, no announcement: every newsletter email must let its reader leave.
  if (!site || !published || !token) return undefined
  const serverURL = payload.config.serverURL
  const url = unsubscribeUrl(serverURL, token)
  const locale = langOf(subscriber.locale)
  const email: QueuedEmail = {
    to: subscriber.email,
    template: ANNOUNCEMENT_TEMPLATE,
    locale,
    ownerId: site.ownerId,
    data: announcementData({
      event,
      site,
      locales: localesOf(published.version.configSnapshot as { locales?: { default?: unknown; enabled?: unknown } }),
      locale,
      unsubscribe: url,
      serverURL,
      now,
    }),
    headers: { ...listUnsubscribeHeaders(url), Precedence: 'bulk' },
  }
  return email
}

export const announcementEmailComposer: EmailComposer = {
  name: ANNOUNCEMENT_EMAIL,
  compose: ({ payload, args }) => composeAnnouncementEmail({ payload, args }),
}
