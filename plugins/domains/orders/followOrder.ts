/**
 * The `domains.follow-order` job: asks OVH about a `registering` order (`GET /me/order/{id}/status`:
 * notPaid → checking → delivering → delivered) and looks again later, the wait doubling from
 * DOMAINS_ORDER_POLL_MS up to DOMAINS_ORDER_POLL_MAX_MS. Each look is one transaction under the order's lock:
 * - `delivered`: the order becomes `configuring_dns` and `domains.delivered` is announced in the same transaction
 *   (the DNS part takes over);
 * - `cancelled` / `cancelling`: failed (`order-cancelled`), the owner told;
 * - anything else: the status is kept (`ovhOrderStatus`, `lastCheckedAt`) and the next look is queued at
 *   `nextCheckAt`; after DOMAINS_ORDER_FOLLOW_DAYS of looks the order fails as stuck (`follow-timeout`).
 * OVH not answering is one more look later; OVH refusing the platform's keys fails the order with OVH's words.
 * A look that comes before `nextCheckAt` (a second chain of jobs) changes nothing, so the chains become one.
 */
import type { Payload } from 'payload'

import { enqueueAfterCommit, publishEvent, relationId } from '@platform'
import '../events'
import { isOvhError } from '../ovh'
import { ovhFailure } from './errors'
import { failOrder } from './failure'
import { FOLLOW_ORDER_JOB } from './jobNames'
import { ovhFromEnv } from './ovhAccess'
import { underOrderLock } from './underOrderLock'
import { followedFor, pollDelay, readOrderSettings } from './settings'
import { stepRow, withStep, type StepRow } from './steps'
import { DOMAIN_ORDERS } from '../slugs'

const DAY = 24 * 3_600_000
/** A look this much before `nextCheckAt` is early (a second chain); a little slack for the queue's clock. */
const EARLY_MS = 1000

export type FollowOrderOptions = { env?: Readonly<Record<string, string | undefined>>; now?: () => Date }

export const followOrder = async (payload: Payload, orderId: number, { env = process.env, now = () => new Date() }: FollowOrderOptions = {}): Promise<void> => {
  const settings = readOrderSettings(env)
  await underOrderLock(payload, orderId, async (req, order) => {
    if (!order || order.status !== 'registering' || !order.ovhOrderId) return
    const at = now()
    if (order.nextCheckAt && Date.parse(order.nextCheckAt) > at.getTime() + EARLY_MS) return
    const polls = stepRow(order.steps, 'delivery')?.attempts ?? 0
    const steps = order.steps as StepRow[]
    const save = (data: Record<string, unknown>) => req.payload.update({ collection: DOMAIN_ORDERS, id: orderId, data, depth: 0, overrideAccess: true, req }) // trusted job: the plugin records its own order's progress
    const lookAgain = async (data: Record<string, unknown>, error: string | null) => {
      const nextCheckAt = new Date(at.getTime() + pollDelay(polls + 1, settings))
      await save({ ...data, nextCheckAt: nextCheckAt.toISOString(), steps: withStep(steps, 'delivery', { state: 'running', attempt: true, error }, at) })
      await enqueueAfterCommit(req, FOLLOW_ORDER_JOB, { orderId }, nextCheckAt)
    }

    const ovh = ovhFromEnv(env)
    if (!ovh.ok) {
      await failOrder(req, order, { step: 'delivery', kind: 'settings', problem: ovh.problem ?? 'the OVH keys are not set' }, at)
      return
    }
    let status: string
    try {
      status = await ovh.api.orderStatus(order.ovhOrderId)
    } catch (error) {
      if (!isOvhError(error)) throw error
      if (!error.isTransient) {
        await failOrder(req, order, ovhFailure('delivery', error), at)
        return
      }
      req.payload.logger.warn({ msg: 'Domains: OVH did not answer about an order; looking again later', orderId, call: error.call, kind: error.kind })
      await lookAgain({}, error.message)
      return
    }
    const seen = { ovhOrderStatus: status, lastCheckedAt: at.toISOString() }
    if (status === 'delivered') {
      const siteId = relationId(order.site)
      await save({
        ...seen,
        status: 'configuring_dns',
        nextCheckAt: null,
        steps: withStep(steps, 'delivery', { state: 'done', attempt: true, error: null }, at),
      })
      if (siteId !== undefined && order.domainName)
        await publishEvent(req, 'domains.delivered', { orderId: order.id, siteId: Number(siteId), domainName: order.domainName })
      return
    }
    if (status === 'cancelled' || status === 'cancelling') {
      const updated = await save({ ...seen, steps: withStep(steps, 'delivery', { state: 'running', attempt: true }, at) })
      await failOrder(req, updated, { step: 'delivery', kind: 'order-cancelled', ovhStatus: status }, at)
      return
    }
    if (followedFor(polls + 1, settings) >= settings.followDays * DAY) {
      const updated = await save({ ...seen, steps: withStep(steps, 'delivery', { state: 'running', attempt: true }, at) })
      await failOrder(req, updated, { step: 'delivery', kind: 'follow-timeout', days: settings.followDays, ovhStatus: status }, at)
      return
    }
    await lookAgain(seen, null)
  })
}
