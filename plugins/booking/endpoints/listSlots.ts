/**
 * GET /api/public/sites/:identifier/slots?from=&to=&tz= — bookable 1:1 slots
 * and class seats, for visitors (no sign-in). `from`/`to` are ISO instants
 * (default: the next 14 days, at most 62), `tz` the visitor's IANA zone for
 * the `startLocal`/`endLocal` display strings (default: the site's zone).
 */
import type { Endpoint } from 'payload'

import { asVisitor, findPublishedSite } from '@platform'
import { computeSlots } from '../lib/slots'
import { localISO, parseSlotsQuery } from '../lib/requests'
import { loadBlocks, loadEvents, loadHostNames, readBookingSettings } from './data'
import { errorResponse } from './errors'

export const listSlotsEndpoint: Endpoint = {
  path: '/public/sites/:identifier/slots',
  method: 'get',
  handler: async (req) => {
    asVisitor(req) // a visitor's answer, whoever else the browser is signed in as
    const site = await findPublishedSite(req, req.routeParams?.identifier)
    if (!site) return errorResponse('Site not found.', 404)
    const now = Date.now()
    const query = (req.query ?? {}) as Record<string, unknown>
    // The zone only defaults `tz`; the range is checked before any further read.
    const parsed = parseSlotsQuery({ from: query.from, to: query.to, tz: query.tz || 'UTC' }, { now, siteTimeZone: 'UTC' })
    if (parsed.error !== undefined) return errorResponse(parsed.error, 400)
    const { from, to } = parsed.value
    const [settings, { blocks, meta: blockMeta }, { busy, groupEvents, meta: eventMeta }, names] = await Promise.all([
      readBookingSettings(req, site.id),
      loadBlocks(req, site.id, from, to),
      loadEvents(req, site.id, from, to),
      loadHostNames(req, site),
    ])
    const tz = query.tz ? parsed.value.tz : settings.timeZone
    const slots = computeSlots({ blocks, busy, groupEvents, settings, now, from, to })
    const shown = (slot: (typeof slots)[number]) =>
      slot.blockId !== undefined ? blockMeta.get(slot.blockId)?.showHost : eventMeta.get(slot.eventId!)?.showHost
    return Response.json(
      {
        site: site.identifier,
        timeZone: settings.timeZone,
        displayTimeZone: tz,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        slots: slots.map((slot) => ({
          kind: slot.kind,
          start: new Date(slot.start).toISOString(),
          end: new Date(slot.end).toISOString(),
          startLocal: localISO(slot.start, tz),
          endLocal: localISO(slot.end, tz),
          ...(slot.blockId !== undefined ? { blockId: slot.blockId, title: blockMeta.get(slot.blockId)?.title || undefined } : {}),
          ...(slot.eventId !== undefined ? { eventId: slot.eventId, title: eventMeta.get(slot.eventId)?.title, seatsLeft: slot.seatsLeft } : {}),
          ...(shown(slot) ? { host: names.get(slot.hostKey) } : {}),
        })),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
