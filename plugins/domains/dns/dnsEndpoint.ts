/**
 * `GET /api/domains/orders/:id/dns`: the records the owner sets (or the platform set) and what the last check saw,
 * for the Domain view; the site's owner or admins only (401 signed out, 404 unknown, 403 anyone else).
 */
import type { Endpoint } from 'payload'

import { dnsAnswer } from './dnsAnswer'
import { orderForManager } from './orderAccess'

export const dnsRecordsEndpoint: Endpoint = {
  path: '/domains/orders/:id/dns',
  method: 'get',
  handler: async (req) => {
    const found = await orderForManager(req)
    if ('error' in found) return found.error
    return Response.json(await dnsAnswer(req, found.order))
  },
}
