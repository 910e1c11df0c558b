/**
 * Which host names belong to a live domain, asked on hot paths (Caddy's `tls-allowed`, the www/apex redirect,
 * CORS/CSRF origins): a host is live when a `live` order has it as its domain or its www form. Answers are kept
 * in memory (found: 30 s, not found: 5 s), and a change of an order or a site's domain in this process drops
 * them at once (`forgetLiveHosts`, after the change commits); other processes see it within those times.
 */
import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'

import { relationId } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'

export type LiveHost = {
  orderId: number | string
  siteId: number | string
  /** The order's domain (the apex form). */
  domain: string
  /** The site's own domain (`sites.domain`): where its pages are served; the other forms redirect there. */
  siteDomain: string | null
}

const HIT_MS = 30_000
const MISS_MS = 5_000

const cache = new LRUCache<string, { value: LiveHost | null }>({ max: 20_000 })

/** Bumped by every forget, so a lookup that started before a change does not store its stale answer after it. */
let generation = 0

/** Drops every remembered answer (an order or a site's domain changed). */
export const forgetLiveHosts = () => {
  generation++
  cache.clear()
}

/** `Www.Kowalska.PL.` → `www.kowalska.pl`; anything that cannot be a host name → undefined (never looked up). */
export const normalizeHost = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || value.length > 253) return undefined
  const host = value.trim().toLowerCase().replace(/\.$/, '')
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(host) ? host : undefined
}

const load = async (payload: Payload, host: string): Promise<LiveHost | null> => {
  const candidates = host.startsWith('www.') ? [host, host.slice(4)] : [host]
  const found = await payload.find({
    collection: DOMAIN_ORDERS,
    where: { and: [{ status: { equals: 'live' } }, { domainName: { in: candidates } }] },
    select: { domainName: true, site: true },
    depth: 0,
    limit: 1,
    overrideAccess: true, // trusted: whether a host is a live domain (for TLS, redirects, CORS); nothing of the order is answered
  })
  const order = found.docs[0]
  const siteId = order ? relationId(order.site) : undefined
  if (!order || siteId === undefined) return null
  const site = await payload.findByID({
    collection: 'sites',
    id: siteId,
    select: { domain: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the site's own domain, where the other forms of the name redirect
  })
  return { orderId: order.id, siteId, domain: order.domainName, siteDomain: (site?.domain as string | null | undefined) ?? null }
}

/** The live domain `host` belongs to (its apex or www form), or null. */
export const liveHost = async (payload: Payload, value: unknown): Promise<LiveHost | null> => {
  const host = normalizeHost(value)
  if (!host) return null
  const known = cache.get(host)
  if (known) return known.value
  const startedAt = generation
  const found = await load(payload, host)
  if (startedAt === generation) cache.set(host, { value: found }, { ttl: found ? HIT_MS : MISS_MS })
  return found
}
