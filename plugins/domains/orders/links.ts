/**
 * Where the owner follows an order (P24's return address, the emails and notifications) and where they pay: the
 * Domain view (admin/DomainView.tsx) opened on the order's site, with the order outlined.
 */
import type { PayloadRequest } from 'payload'

import { publicUrl } from './settings'

/** The Domain view's address in the admin (the plugin's `admin.views` path under /admin). */
export const VIEW_PATH = '/admin/domains'

export const orderPath = (orderId: number | string) => `${VIEW_PATH}?order=${encodeURIComponent(String(orderId))}`

export const orderUrl = (orderId: number | string) => `${publicUrl()}${orderPath(orderId)}`

/** The payments plugin's pay link (README "Payments", taking a payment from another plugin): the session id is its only credential. */
export const payLink = (sessionId: string) => `${publicUrl()}/api/payments/pay/${encodeURIComponent(sessionId)}`

/**
 * The pay link of an order's payment while it waits to be paid, or null. A trusted read of the one payment the
 * order names: its session id, which the order's readers (the site's owner and admins) may pay with.
 */
export const payUrlOf = async (req: PayloadRequest, order: { status?: string | null; paymentId?: number | null }): Promise<string | null> => {
  if (order.status !== 'pending_payment' || typeof order.paymentId !== 'number') return null
  const payment = await req.payload.findByID({
    collection: 'payments',
    id: order.paymentId,
    depth: 0,
    select: { sessionId: true, status: true },
    disableErrors: true,
    overrideAccess: true, // trusted: the pay link of the order's own payment, for those who may read the order
    req,
  })
  return payment?.status === 'pending' && payment.sessionId ? payLink(payment.sessionId) : null
}
