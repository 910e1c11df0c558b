/**
 * Who holds a domain name on the platform: an order (any site, any status but cancelled: a cancelled order has
 * released its name) or a site whose own domain was set by hand (with or without `www.`). Trusted reads: only
 * whether the name is taken is answered, whoever's site holds it.
 */
import type { PayloadRequest } from 'payload'

import { DOMAIN_ORDERS } from '../slugs'
import type { DomainOrderDoc } from './orderView'

export type NameHolder = { kind: 'order'; order: DomainOrderDoc } | { kind: 'site'; siteId: number }

export const nameHolder = async (req: PayloadRequest, asciiName: string): Promise<NameHolder | null> => {
  const orders = await req.payload.find({
    collection: DOMAIN_ORDERS,
    where: { domainName: { equals: asciiName } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // trusted: whether the name is taken on the platform, whoever's site has it
    req,
  })
  if (orders.docs[0]) return { kind: 'order', order: orders.docs[0] }
  const sites = await req.payload.find({
    collection: 'sites',
    where: { domain: { in: [asciiName, `www.${asciiName}`] } },
    limit: 1,
    depth: 0,
    select: { domain: true },
    overrideAccess: true, // trusted: the same question for a site's own domain set by hand
    req,
  })
  return sites.docs[0] ? { kind: 'site', siteId: sites.docs[0].id } : null
}
