/**
 * `POST /api/domains/orders/:id/retry`: the site's owner or an admin tries a failed order again; it resumes from
 * the step that failed (retry.ts). 202 `{ order }`. 401 signed out; 404 an order the caller cannot read; 403 one
 * they read but may not change (staff, other roles); 409 the order has not failed (it is in progress, live or
 * cancelled), or its failure is one a retry cannot mend (staff must check OVH, or refund); 429 past
 * DOMAINS_RETRIES_PER_HOUR (30) per user. Under the order's lock: parallel clicks resume it once.
 */
import type { Endpoint } from 'payload'

import {
  enqueueAfterCommit,
  inTransaction,
  jsonError,
  lockForTransaction,
  parseRecordId,
  rateLimit,
  requestLocale,
  roleIn,
  roleOnSite,
  relationId,
  tooManyRequests,
} from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import { readErrorDetails } from './errors'
import { orderLock } from './locks'
import { orderView } from './orderView'
import { resumption } from './retry'
import { failedStep } from './steps'
import { ORDER_TEXT } from './texts'

const retryRate = rateLimit({ name: 'domains.retry', points: () => Number(process.env.DOMAINS_RETRIES_PER_HOUR) || 30, durationSeconds: 3600 })

export const retryOrderEndpoint: Endpoint = {
  path: '/domains/orders/:id/retry',
  method: 'post',
  handler: async (req) => {
    const lang = requestLocale(req)
    const user = req.user
    if (!user || user.collection !== 'users') return jsonError(ORDER_TEXT.signIn[lang], 401)
    const id = parseRecordId(req.routeParams?.id)
    if (id === undefined) return jsonError(ORDER_TEXT.notFound[lang], 404)
    const visible = await req.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, disableErrors: true, overrideAccess: false, user, req })
    if (!visible) return jsonError(ORDER_TEXT.notFound[lang], 404)
    if (!roleIn(await roleOnSite(req, relationId(visible.site)), 'manage')) return jsonError(ORDER_TEXT.forbiddenRetry[lang], 403)
    const rate = await retryRate.consume(req, `user:${user.id}`)
    if (!rate.allowed) return tooManyRequests(ORDER_TEXT.tooMany[lang], rate.retryAfterSeconds)

    const outcome = await inTransaction(req, async () => {
      await lockForTransaction(req, orderLock(id))
      const order = await req.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, overrideAccess: true, req }) // trusted: the caller manages its site (checked above)
      const details = readErrorDetails(order.errorDetails)
      const resumed = resumption(order, details, failedStep(order.steps) ?? details?.step, new Date())
      if (typeof resumed === 'string') return resumed
      const updated = await req.payload.update({ collection: DOMAIN_ORDERS, id, data: resumed.data, depth: 0, overrideAccess: true, req }) // trusted: the same order, resumed
      await enqueueAfterCommit(req, resumed.job, { orderId: updated.id })
      return updated
    })
    if (outcome === 'not-failed') return jsonError(ORDER_TEXT.notFailed[lang], 409)
    if (outcome === 'final') return jsonError(ORDER_TEXT.notRetriable[lang], 409)
    return Response.json({ order: orderView(outcome, lang) }, { status: 202 })
  },
}
