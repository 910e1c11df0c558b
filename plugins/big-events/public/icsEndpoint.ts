/**
 * GET /api/public/big-events/:id/ics — "Add to calendar": the event's calendar file, the same UID as the
 * confirmation and reminder emails' attachments (so calendars keep one entry). Published and cancelled
 * (METHOD:CANCEL) events of published sites; a draft or anything unknown is a 404. The location of an online
 * event is "Online" with the event page's address, never the meeting link (confirmed attendees get it by email).
 */
import type { PayloadRequest } from 'payload'

import { jsonError, parseRecordId, publicSiteInfo, requestLocale, visitorEndpoint } from '@platform'
import { buildEventIcs, eventUid, icsFilename } from '../lib/ics'
import { descriptionText } from './description'
import { shownEventById } from './findEvents'

const NOT_FOUND = { pl: 'Nie ma takiego wydarzenia.', en: 'There is no such event.' } as const

export const icsEndpoint = visitorEndpoint({
  path: '/public/big-events/:id/ics',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const lang = requestLocale(req)
    const id = parseRecordId(req.routeParams?.id)
    const event = id === undefined ? undefined : await shownEventById(req.payload, id)
    const site = event ? await publicSiteInfo(req, event.site) : undefined
    if (!event || !site?.isPublished) return jsonError(NOT_FOUND[lang], 404)
    const pageUrl = `${site.url}/events/${encodeURIComponent(event.slug ?? '')}`
    const text = descriptionText(event.description, 2000)
    const ics = buildEventIcs({
      uid: eventUid(event.id, req.payload.config.serverURL),
      start: new Date(event.startDate),
      end: new Date(event.endDate),
      summary: event.title,
      description: [text, pageUrl].filter(Boolean).join('\n\n'),
      location: event.locationKind === 'online' ? 'Online' : event.location || undefined,
      url: pageUrl,
      cancelled: event.status === 'cancelled',
      stamp: event.updatedAt ? new Date(event.updatedAt) : undefined,
    })
    return new Response(ics, {
      status: 200,
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${icsFilename(event.slug)}"`,
        'Cache-Control': 'public, max-age=60',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})
