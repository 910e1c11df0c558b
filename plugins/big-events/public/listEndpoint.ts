/**
 * GET /api/public/sites/:identifier/big-events[?locale=pl|en] — the published site's upcoming published events
 * (not started, not drafts, not cancelled), soonest first, as `toPublicEvent` shows them: texts and page
 * addresses in the language asked for (`locale`, else the request's), prices in grosze and as text. 404 for an
 * unknown or unpublished site. A visitor endpoint: it reads nothing of the caller's session.
 */
import type { PayloadRequest } from 'payload'

import { findPublishedSite, jsonError, localesOf, requestLocale, siteImages, visitorEndpoint } from '@platform'
import { langOf, type Lang } from '@platform/format'
import { upcomingEvents } from './findEvents'
import { imageIdOf, toPublicEvent } from './publicEvent'

/** How many upcoming events the list gives at most. */
export const LIST_LIMIT = 50

/** The event page's path below the site's root: the site's default language has no prefix, the other one has. */
export const eventPagePath = (config: Parameters<typeof localesOf>[0], lang: Lang, slug: string): string => {
  const locales = localesOf(config)
  const prefix = lang !== locales.default && locales.enabled.includes(lang) ? `/${lang}` : ''
  return `${prefix}/events/${encodeURIComponent(slug)}`
}

const TEXTS = {
  pl: { notFound: 'Nie ma takiej strony albo nie jest opublikowana.', badLocale: 'Język (locale) to pl albo en.' },
  en: { notFound: 'There is no such site, or it is not published.', badLocale: 'The language (locale) is pl or en.' },
} as const

export const listEventsEndpoint = visitorEndpoint({
  path: '/public/sites/:identifier/big-events',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const asked = req.searchParams?.get('locale')
    const lang: Lang = asked ? langOf(asked) : requestLocale(req)
    if (asked && asked !== 'pl' && asked !== 'en') return jsonError(TEXTS[requestLocale(req)].badLocale, 400)
    const site = await findPublishedSite(req, req.routeParams?.identifier, { withVersion: true })
    if (!site) return jsonError(TEXTS[lang].notFound, 404)
    const now = new Date()
    const events = await upcomingEvents(req.payload, site.id, { now, limit: LIST_LIMIT })
    const ids = [...new Set(events.map((event) => imageIdOf(event.image)).filter((id): id is string => Boolean(id)))]
    const images = await siteImages(req.payload, site.id, ids)
    const origin = req.payload.config.serverURL
    const siteUrl = `${origin}/s/${encodeURIComponent(site.identifier)}`
    const config = site.version.configSnapshot as Parameters<typeof localesOf>[0]
    return Response.json(
      {
        site: { name: site.name, url: siteUrl },
        events: events.map((event) => {
          const imageId = imageIdOf(event.image)
          return toPublicEvent(event, {
            now,
            lang,
            url: `${siteUrl}${eventPagePath(config, lang, event.slug ?? '')}`,
            image: imageId ? images.get(imageId) : undefined,
            origin,
          })
        }),
      },
      { headers: { 'Cache-Control': 'public, max-age=30', Vary: 'Accept-Language, Cookie' } },
    )
  },
})
