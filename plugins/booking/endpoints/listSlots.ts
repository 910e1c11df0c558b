/**
 * The public widget's reads (no sign-in), all answered from the site's cached
 * availability (availabilityCache.ts) as compact JSON:
 * GET /api/public/sites/:identifier/booking?locale=            what to book first: the services (title, description, length, price) and classes
 * GET /api/public/sites/:identifier/days?service=&from=&to=&tz=  free slots per day in `tz`: `{ days: { 'YYYY-MM-DD': count } }`
 * GET /api/public/sites/:identifier/slots?service=&host=&from=&to=&tz=  the slots (of one day, as the widget asks)
 * `from`/`to` are ISO instants (default: the next 14 days, at most 62), `tz`
 * the visitor's IANA zone (default: the site's). `service`: a service id,
 * `classes`, `sessions` (1:1 with each block's own length) or none (1:1 and
 * classes, as before services). `host`: only that host's slots (a slot's opaque `hostKey`).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { asVisitor } from '@platform'
import { countByDay } from '../lib/services'
import { parseSlotsQuery } from '../lib/requests'
import { availabilityCache, type SiteAvailability } from './availabilityCache'
import { publicError } from './messages'
import { isHostKey, offeredSlots, parseChoice, publicChoices, publicSlot } from './offer'

const HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' }

type Query = { from: number; to: number; tz?: string; service?: string; host?: string }

/** The checks every widget read shares: a published site and a well-formed range, before any further read. */
const readQuery = async (req: PayloadRequest) => {
  asVisitor(req) // a visitor's answer, whoever else the browser is signed in as
  const site = await availabilityCache.site(req, req.routeParams?.identifier)
  if (!site) return { error: publicError(req, 'Site not found.', 404) }
  const query = (req.query ?? {}) as Record<string, unknown>
  // The zone only defaults `tz`; the range is checked before any further read.
  const parsed = parseSlotsQuery({ from: query.from, to: query.to, tz: query.tz || 'UTC' }, { now: Date.now(), siteTimeZone: 'UTC' })
  if (parsed.error !== undefined) return { error: publicError(req, parsed.error, 400) }
  if (query.host !== undefined && !isHostKey(query.host)) return { error: publicError(req, '"host" must name a host of this site.', 400) }
  if (query.service !== undefined && typeof query.service !== 'string') return { error: publicError(req, '"service" must name a service of this site.', 400) }
  const value: Query = {
    from: parsed.value.from,
    to: parsed.value.to,
    tz: query.tz ? parsed.value.tz : undefined,
    service: query.service as string | undefined,
    host: query.host as string | undefined,
  }
  return { site, value }
}

/** A query as its cache key: every part that changes the answer. */
const keyOf = (kind: string, query: Query) => [kind, query.from, query.to, query.tz ?? '', query.service ?? '', query.host ?? ''].join('|')

/** What `make` answers for a service the site does not offer (cached like any answer, as `null`). */
const NO_SERVICE = null

const widgetRead =
  (kind: string, make: (data: SiteAvailability, query: Query, now: number, secret: string) => unknown): Endpoint['handler'] =>
  async (req) => {
    const read = await readQuery(req)
    if (read.error) return read.error
    const { site, value } = read
    const body = await availabilityCache.answer(req, site, keyOf(kind, value), (data, now) => make(data, value, now, req.payload.secret))
    if (body === 'null') return publicError(req, 'No such service on this site.', 404)
    return new Response(body, { headers: HEADERS })
  }

export const listSlotsEndpoint: Endpoint = {
  path: '/public/sites/:identifier/slots',
  method: 'get',
  handler: widgetRead('slots', (data, query, now, secret) => {
    const choice = parseChoice(query.service, data)
    if (!choice) return NO_SERVICE
    const tz = query.tz ?? data.settings.timeZone
    const slots = offeredSlots(data, { choice, host: query.host, now, from: query.from, to: query.to, secret })
    return {
      timeZone: data.settings.timeZone,
      displayTimeZone: tz,
      from: new Date(query.from).toISOString(),
      to: new Date(query.to).toISOString(),
      slots: slots.map((slot) => publicSlot(data, slot, tz, choice, secret)),
    }
  }),
}

export const listDaysEndpoint: Endpoint = {
  path: '/public/sites/:identifier/days',
  method: 'get',
  handler: widgetRead('days', (data, query, now, secret) => {
    const choice = parseChoice(query.service, data)
    if (!choice) return NO_SERVICE
    const tz = query.tz ?? data.settings.timeZone
    return { tz, days: countByDay(offeredSlots(data, { choice, host: query.host, now, from: query.from, to: query.to, secret }), tz) }
  }),
}

export const bookingChoicesEndpoint: Endpoint = {
  path: '/public/sites/:identifier/booking',
  method: 'get',
  handler: async (req) => {
    asVisitor(req) // a visitor's answer, whoever else the browser is signed in as
    const site = await availabilityCache.site(req, req.routeParams?.identifier)
    if (!site) return publicError(req, 'Site not found.', 404)
    const locale = (req.query as Record<string, unknown> | undefined)?.locale === 'en' ? 'en' : 'pl'
    const body = await availabilityCache.answer(req, site, `choices|${locale}`, (data, now) => ({
      timeZone: data.settings.timeZone,
      services: publicChoices(data, locale, now),
    }))
    return new Response(body, { headers: HEADERS })
  },
}
