/**
 * `POST /api/domains/orders/:id/check`: "check again now" and the retry of a failed DNS stage, for the site's owner
 * or admins (401, 404, 403 as the other order endpoints; 429 past DOMAINS_CHECK_PER_HOUR per user). An order being
 * checked (or whose check gave up) is checked at once; a bought domain whose zone could not be set is set up
 * again; a live one is left as it is. An order that has not reached DNS, or stopped before it, is a 409.
 * 202 with the order's DNS view (dnsAnswer.ts).
 */
import type { Endpoint } from 'payload'

import { enqueueAfterCommit, inTransaction, jsonError, rateLimit, requestLocale, tooManyRequests } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import { CHECK_DNS_JOB, CONFIGURE_DNS_JOB } from './configureZone'
import { CHECKING } from './checkDns'
import { dnsAnswer } from './dnsAnswer'
import { orderForManager } from './orderAccess'
import { dnsStateOf, lockOrder, readOrder, writeOrder, type DomainOrder } from './orderStore'
import { stepState, withStep } from './steps'
import { DNS_TEXT } from './texts'

const checkRate = rateLimit({ name: 'domains.check', points: () => Number(process.env.DOMAINS_CHECK_PER_HOUR) || 30, durationSeconds: 3600 })

/** What a check asked for does to the order: its new fields and the job to queue, or why nothing can be done. */
const retryPlan = (
  order: DomainOrder,
  now: Date,
): { data: Partial<DomainOrder>; job: string; jobData: Record<string, unknown> } | { refuse: keyof typeof DNS_TEXT } | null => {
  const status = order.status ?? ''
  if (status === 'live') return null
  if (status === 'cancelled') return { refuse: 'cancelled' }
  const own = order.kind === 'own'
  const failedStep = (['dns', 'refresh', 'verification'] as const).find((step) => stepState(order.steps, step) === 'failed')
  if (CHECKING.has(status) || (status === 'failed' && failedStep === 'verification')) {
    const state = dnsStateOf(order)
    // After a failure the waiting starts again; "check now" while waiting keeps the checks' count and start.
    const checks = status === 'failed' || !state.checks ? { startedAt: now.toISOString(), attempts: 0 } : state.checks
    return {
      data: {
        status: own ? 'awaiting_dns' : 'verifying',
        nextCheckAt: now.toISOString(),
        errorMessage: null,
        errorCode: null,
        dnsConfiguration: { ...state, checks },
        steps: withStep(order.steps, 'verification', { state: 'running' }, now),
      },
      job: CHECK_DNS_JOB,
      jobData: { orderId: order.id, due: now.toISOString() },
    }
  }
  if (!own && (status === 'configuring_dns' || (status === 'failed' && (failedStep === 'dns' || failedStep === 'refresh'))))
    return {
      data: { status: 'configuring_dns', errorMessage: null, errorCode: null, steps: withStep(order.steps, failedStep ?? 'dns', { state: 'pending' }, now) },
      job: CONFIGURE_DNS_JOB,
      jobData: { orderId: order.id },
    }
  return { refuse: status === 'failed' ? 'notDnsFailure' : 'notYet' }
}

export const checkNowEndpoint: Endpoint = {
  path: '/domains/orders/:id/check',
  method: 'post',
  handler: async (req) => {
    const lang = requestLocale(req)
    const found = await orderForManager(req)
    if ('error' in found) return found.error
    const rate = await checkRate.consume(req, `user:${req.user!.id}`)
    if (!rate.allowed) return tooManyRequests(DNS_TEXT.tooMany[lang], rate.retryAfterSeconds)
    const refused = await inTransaction(req, async () => {
      await lockOrder(req, found.order.id)
      // Read again under the lock (trusted, like the jobs it hands over to): a job may have moved it meanwhile.
      const order = await readOrder(req, found.order.id)
      if (!order) return 'notFound' as const
      const plan = retryPlan(order, new Date())
      if (!plan) return undefined
      if ('refuse' in plan) return plan.refuse
      await writeOrder(req, order.id, plan.data)
      await enqueueAfterCommit(req, plan.job, plan.jobData)
      return undefined
    })
    if (refused) return jsonError(DNS_TEXT[refused][lang], refused === 'notFound' ? 404 : 409)
    const order = (await req.payload.findByID({
      collection: DOMAIN_ORDERS,
      id: found.order.id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as DomainOrder
    return Response.json(await dnsAnswer(req, order), { status: 202 })
  },
}
