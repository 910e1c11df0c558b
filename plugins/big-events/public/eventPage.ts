/**
 * The site page `events/:slug` (the platform's `sitePages`): `/s/<identifier>/events/<slug>`, the English one under
 * `/en/…` (or the Polish one under `/pl/…` on an English-first site), and on the site's own domain. Published and
 * cancelled events have a page; a draft or an unknown address is the site's 404. The page is dropped from the
 * cache when an event or a registration of the site changes, and re-rendered at least every minute. Upcoming
 * published events are listed in the site's sitemap.xml.
 */
import path from 'node:path'

import { defineSitePage, projectRoot, siteImages } from '@platform'
import { langOf } from '@platform/format'
import { readDetails } from '../lib/details'
import { eventPlace, eventWhen } from '../lib/facts'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { descriptionHtml, descriptionText } from './description'
import { EventPage, type EventPageData } from './EventPage'
import { shownEventBySlug, sitemapEvents } from './findEvents'
import { buildEventJsonLd } from './jsonLd'
import { cardImage, imageIdOf } from './publicEvent'

export const REGISTRATION_FORM_ENTRY = path.join(projectRoot, 'plugins', 'big-events', 'public', 'registrationForm.client.ts')

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const eventSitePage = defineSitePage<EventPageData>({
  path: 'events/:slug',
  load: async ({ payload, site, params }) => {
    if (!SLUG.test(params.slug ?? '')) return undefined
    const event = await shownEventBySlug(payload, site.id, params.slug)
    if (!event) return undefined
    // A cancelled event's picture is private again (lib/publicImages.ts): its page goes without it.
    const imageId = event.status === 'published' ? imageIdOf(event.image) : undefined
    const image = imageId ? (await siteImages(payload, site.id, [imageId])).get(imageId) : undefined
    return {
      event: { ...event, site: undefined, description: undefined, details: undefined } as EventPageData['event'],
      descriptionHtml: descriptionHtml(event.description),
      descriptionText: descriptionText(event.description),
      questions: readDetails(event.details).questions,
      image,
      now: new Date().toISOString(),
    }
  },
  cache: { invalidatedBy: [BIG_EVENTS, REGISTRATIONS], maxAgeSeconds: 60 },
  head: ({ data, locale, url, origin, site, pagePath }) => {
    const lang = langOf(locale)
    const imageUrl = data.image ? new URL(cardImage(data.image).url, origin).toString() : undefined
    const summary = data.descriptionText || `${eventWhen(data.event, lang)} · ${eventPlace(data.event, lang)}`
    return {
      title: data.event.title,
      description: summary.length > 160 ? `${summary.slice(0, 159).replace(/\s+\S*$/, '')}…` : summary,
      image: imageUrl,
      jsonLd: [
        buildEventJsonLd({
          event: data.event,
          url,
          description: data.descriptionText || undefined,
          imageUrl,
          organizer: { name: site.name, url: `${origin}${pagePath('')}` },
          now: new Date(data.now),
        }),
      ],
    }
  },
  Component: EventPage,
  clientEntry: REGISTRATION_FORM_ENTRY,
  // Published events that have not started are in the site's sitemap.xml (a past or cancelled one is not).
  sitemap: async ({ payload, site, now }) =>
    (await sitemapEvents(payload, site.id, now)).map((event) => ({ params: { slug: event.slug }, lastmod: event.updatedAt })),
})
