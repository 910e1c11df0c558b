/**
 * The ordering jobs: placing a paid order at OVH, following it until OVH delivers, and a sweep every 5 minutes
 * that re-queues what a lost job would leave behind (an order `ordering` untouched for 15 minutes, a look at OVH
 * more than 5 minutes overdue). The run lock and `nextCheckAt` make a re-queued job a no-op when the first is alive.
 */
import type { Payload, Where } from 'payload'

import type { JobDefinition } from '@platform'
import { getJobs } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import { followOrder } from './followOrder'
import { FOLLOW_ORDER_JOB, PLACE_ORDER_JOB, SWEEP_ORDERS_JOB } from './jobNames'
import { placeOrder } from './placeOrder'

const MINUTE = 60_000

const orderIdOf = (data: Record<string, unknown>) => (Number.isInteger(Number(data.orderId)) ? Number(data.orderId) : undefined)

/** One pass of the sweep; `now` is a parameter so tests need not wait. Returns the orders re-queued. */
export const sweepOrders = async (payload: Payload, now = new Date()): Promise<{ place: number[]; follow: number[] }> => {
  const find = (where: Where) => payload.find({ collection: DOMAIN_ORDERS, where, limit: 200, depth: 0, select: { status: true }, overrideAccess: true }) // trusted job: every site's stalled orders
  const [stalled, overdue] = await Promise.all([
    find({ and: [{ status: { equals: 'ordering' } }, { updatedAt: { less_than: new Date(now.getTime() - 15 * MINUTE).toISOString() } }] }),
    find({ and: [{ status: { equals: 'registering' } }, { nextCheckAt: { less_than: new Date(now.getTime() - 5 * MINUTE).toISOString() } }] }),
  ])
  const jobs = getJobs(payload)
  for (const order of stalled.docs) await jobs.enqueue(PLACE_ORDER_JOB, { orderId: order.id })
  for (const order of overdue.docs) await jobs.enqueue(FOLLOW_ORDER_JOB, { orderId: order.id })
  return { place: stalled.docs.map((order) => order.id), follow: overdue.docs.map((order) => order.id) }
}

export const orderJobs: JobDefinition[] = [
  {
    name: PLACE_ORDER_JOB,
    // Five OVH calls of at most OVH_TIMEOUT_MS each, with room; the runtime renews the lock of a slow run.
    lockLifetimeMs: 5 * MINUTE,
    concurrency: 2,
    maxRetries: 5,
    retryDelayMs: 30_000,
    handler: async (data, { payload }) => {
      const orderId = orderIdOf(data)
      if (orderId !== undefined) await placeOrder(payload, orderId)
    },
  },
  {
    name: FOLLOW_ORDER_JOB,
    lockLifetimeMs: 2 * MINUTE,
    concurrency: 5,
    maxRetries: 5,
    handler: async (data, { payload }) => {
      const orderId = orderIdOf(data)
      if (orderId !== undefined) await followOrder(payload, orderId)
    },
  },
  {
    name: SWEEP_ORDERS_JOB,
    lockLifetimeMs: 2 * MINUTE,
    concurrency: 1,
    schedule: { every: '5 minutes' },
    handler: async (_data, { payload }) => {
      await sweepOrders(payload)
    },
  },
]
