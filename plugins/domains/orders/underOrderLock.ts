/** One change of an order: a fresh request's transaction, under the order's lock, with the order as committed now. */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { inTransaction, lockForTransaction } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import { orderLock } from './locks'
import type { DomainOrderDoc } from './orderView'

const readOrder = (req: PayloadRequest, id: number) =>
  req.payload.findByID({ collection: DOMAIN_ORDERS, id, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted job: the plugin's own order

export const underOrderLock = async <T>(
  payload: Payload,
  orderId: number,
  work: (req: PayloadRequest, order: DomainOrderDoc | null) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, orderLock(orderId))
    return work(req, await readOrder(req, orderId))
  })
}
