/**
 * The Domain view's reads, in the request's language (orderView.ts):
 * - `GET /api/domains/orders?site=<id>`: `{ orders }`, newest first, for the site's owner or admins (401 signed
 *   out, 400 no site, 403 anyone else);
 * - `GET /api/domains/orders/:id`: `{ order }`, 404 for anyone who may not read it (as if it did not exist).
 * Both read as the caller (`overrideAccess: false`): the collection lets the site's owner, its admins and staff read.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { jsonError, parseRecordId, requestLocale, roleIn, roleOnSite, type ID } from '@platform'
import type { Lang } from '@platform/format'
import { DOMAIN_ORDERS } from '../slugs'
import { payUrlOf } from './links'
import { orderView, type OrderView } from './orderView'
import { ORDER_TEXT } from './texts'

/** A site's orders, newest first, read as the signed-in caller (the list endpoint and the Domain view's first page). */
export const siteOrderViews = async (req: PayloadRequest, siteId: ID, lang: Lang): Promise<OrderView[]> => {
  const found = await req.payload.find({
    collection: DOMAIN_ORDERS,
    where: { site: { equals: siteId } },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return Promise.all(found.docs.map(async (order) => orderView(order, lang, { payUrl: await payUrlOf(req, order) })))
}

export const listOrdersEndpoint: Endpoint = {
  path: '/domains/orders',
  method: 'get',
  handler: async (req) => {
    const lang = requestLocale(req)
    const user = req.user
    if (!user || user.collection !== 'users') return jsonError(ORDER_TEXT.signInToSee[lang], 401)
    const siteId = parseRecordId(req.searchParams.get('site'))
    if (siteId === undefined) return jsonError(ORDER_TEXT.siteToList[lang], 400)
    if (!roleIn(await roleOnSite(req, siteId), 'manage')) return jsonError(ORDER_TEXT.forbiddenList[lang], 403)
    return Response.json({ orders: await siteOrderViews(req, siteId, lang) })
  },
}

export const readOrderEndpoint: Endpoint = {
  path: '/domains/orders/:id',
  method: 'get',
  handler: async (req) => {
    const lang = requestLocale(req)
    const user = req.user
    if (!user || user.collection !== 'users') return jsonError(ORDER_TEXT.signInToSee[lang], 401)
    const id = parseRecordId(req.routeParams?.id)
    if (id === undefined) return jsonError(ORDER_TEXT.notFound[lang], 404)
    const order = await req.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, disableErrors: true, overrideAccess: false, user, req })
    if (!order) return jsonError(ORDER_TEXT.notFound[lang], 404)
    return Response.json({ order: orderView(order, lang, { payUrl: await payUrlOf(req, order) }) })
  },
}
