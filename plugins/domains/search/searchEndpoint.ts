/**
 * `GET /api/domains/search?site=<id>&name=<domain>`: availability and prices at OVH for a name and its
 * alternatives across .pl, .com, .eu and .com.pl, for the site's owner or admins only. 401 signed out, 400 no
 * site or an invalid name (nothing is asked at OVH), 403 anyone else (other roles, other owners, staff), 429 past
 * DOMAINS_SEARCH_PER_HOUR per user, 503 OVH not configured, 502 OVH failing (the message names the cause).
 * Answers in the request's language.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { jsonError, parseRecordId, rateLimit, requestLocale, roleIn, roleOnSite, tooManyRequests } from '@platform'
import { createOvhClient, isOvhError, ovhApi, readOvhConfig, type OvhConfig } from '../ovh'
import { DOMAIN_ORDERS } from '../slugs'
import { parseSearchName, unicodeOf } from './domainName'
import { vatPercentFrom } from './offers'
import { searchDomains } from './searchDomains'
import { resultMessage, SEARCH_TEXT } from './texts'
import { formatMoney } from '@platform/format'

const searchRate = rateLimit({ name: 'domains.search', points: () => Number(process.env.DOMAINS_SEARCH_PER_HOUR) || 60, durationSeconds: 3600 })

/** Names among `domains` already attached to a site on the platform: a domain order (any site) or a site's own domain. */
const namesInUse = async (req: PayloadRequest, domains: string[]): Promise<Set<string>> => {
  const [orders, sites] = await Promise.all([
    req.payload.find({
      collection: DOMAIN_ORDERS,
      where: { and: [{ domainName: { in: domains } }, { status: { not_equals: 'cancelled' } }] },
      select: { domainName: true },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: only whether a name is taken on the platform, whoever's site it is; nothing else is answered
      req,
    }),
    req.payload.find({
      collection: 'sites',
      where: { domain: { in: domains.flatMap((domain) => [domain, `www.${domain}`]) } },
      select: { domain: true },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: the same question for sites whose own domain was set by hand
      req,
    }),
  ])
  return new Set([...orders.docs.map((doc) => doc.domainName), ...sites.docs.map((doc) => String(doc.domain ?? '').replace(/^www\./, ''))])
}

export const searchEndpoint: Endpoint = {
  path: '/domains/search',
  method: 'get',
  handler: async (req) => {
    const lang = requestLocale(req)
    if (!req.user || req.user.collection !== 'users') return jsonError(SEARCH_TEXT.signIn[lang], 401)
    const siteId = parseRecordId(req.searchParams.get('site'))
    if (siteId === undefined) return jsonError(SEARCH_TEXT.site[lang], 400)
    if (!roleIn(await roleOnSite(req, siteId), 'manage')) return jsonError(SEARCH_TEXT.forbidden[lang], 403)
    const name = parseSearchName(req.searchParams.get('name'))
    if ('message' in name) return jsonError(name.message[lang], 400)
    let config: OvhConfig | null
    try {
      config = readOvhConfig(process.env)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Domains: the OVH configuration is incomplete' })
      config = null
    }
    if (!config) return jsonError(SEARCH_TEXT.notConfigured[lang], 503)
    const rate = await searchRate.consume(req, `user:${req.user.id}`)
    if (!rate.allowed) return tooManyRequests(SEARCH_TEXT.tooMany[lang], rate.retryAfterSeconds)

    try {
      const results = await searchDomains({ api: ovhApi(createOvhClient(config)), name, vatPercent: vatPercentFrom(process.env.DOMAINS_VAT_PERCENT) })
      const inUse = await namesInUse(
        req,
        results.map((result) => result.domain),
      )
      return Response.json({
        query: { domain: name.ascii, unicodeName: name.unicode },
        results: results.map((result) => {
          const described = { ...result, unicodeName: unicodeOf(result.domain), inUse: inUse.has(result.domain) }
          return {
            ...described,
            available: result.available && !described.inUse,
            price: result.price && {
              ...result.price,
              netText: formatMoney(result.price.net, lang, result.price.currency),
              grossText: formatMoney(result.price.gross, lang, result.price.currency),
            },
            message: resultMessage(described, lang),
          }
        }),
      })
    } catch (error) {
      if (!isOvhError(error)) throw error
      req.payload.logger.error({ err: error, msg: 'Domains: OVH search failed', call: error.call, errorCode: error.errorCode, queryId: error.queryId })
      return jsonError(error.userMessage(lang), 502)
    }
  },
}
