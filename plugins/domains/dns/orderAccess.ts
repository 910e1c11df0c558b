/**
 * The order an endpoint at `/domains/orders/:id/…` names, for its site's owner or admins only: 401 signed out,
 * 404 no such order, 403 anyone else (other roles on the site, other owners, staff). The order is then read with
 * the caller's own access.
 */
import type { PayloadRequest } from 'payload'

import { jsonError, parseRecordId, relationId, requestLocale, roleIn, roleOnSite } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import type { DomainOrder } from './orderStore'
import { DNS_TEXT } from './texts'

export const orderForManager = async (req: PayloadRequest): Promise<{ order: DomainOrder } | { error: Response }> => {
  const lang = requestLocale(req)
  const user = req.user
  if (!user || user.collection !== 'users') return { error: jsonError(DNS_TEXT.signIn[lang], 401) }
  const id = parseRecordId(req.routeParams?.id)
  if (id === undefined) return { error: jsonError(DNS_TEXT.notFound[lang], 404) }
  const placed = await req.payload.findByID({
    collection: DOMAIN_ORDERS,
    id,
    depth: 0,
    select: { site: true },
    disableErrors: true,
    overrideAccess: true, // trusted: only the order's site, to check the caller's role on it before anything is read for them
    req,
  })
  const siteId = placed ? relationId(placed.site) : undefined
  if (!placed || siteId === undefined) return { error: jsonError(DNS_TEXT.notFound[lang], 404) }
  if (!roleIn(await roleOnSite(req, siteId), 'manage')) return { error: jsonError(DNS_TEXT.forbidden[lang], 403) }
  const order = (await req.payload.findByID({
    collection: DOMAIN_ORDERS,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user,
    req,
  })) as DomainOrder | null
  if (!order) return { error: jsonError(DNS_TEXT.notFound[lang], 404) }
  return { order }
}
