/**
 * `POST /api/payments/:id/refund` `{ amount?: grosze, reason?: string }`: staff, or the owner or an admin of the
 * site the payment was made to, ask P24 to refund it (default: all that is left). 401 signed out; 404 a payment
 * the caller cannot read; 403 one they read but may not refund (the payer); 400 bad amount, more than is left,
 * not paid; 409 the amount is held by a refund still in progress, or P24 refused it; 502 P24 failed or did not
 * answer. 202 `{ refund: { requestId, amount, status: 'requested' } }`: P24's notification completes it.
 */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { parseRecordId, readBody } from '@platform'
import { readPaymentsSettings } from '../checkout/settings'
import { PAYMENTS } from '../types'
import { mayRefund } from './access'
import { requestRefund } from './requestRefund'

const schema = z.strictObject({
  amount: z.number().int().positive().max(1_000_000_000).optional(),
  reason: z.string().trim().max(200).optional(),
})

const refusal = (message: string, status: number, code?: string) => Response.json({ errors: [{ message, ...(code ? { code } : {}) }] }, { status })

export const refundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return refusal('Sign in to refund a payment.', 401)
    const id = parseRecordId(req.routeParams?.id)
    const payment =
      typeof id === 'number' ? await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: false, user, req, disableErrors: true }) : null
    if (!payment) return refusal('Payment not found.', 404)
    if (!(await mayRefund(req, payment))) return refusal('Only staff and the owner or an admin of the site it was paid to may refund this payment.', 403)
    const { amount, reason } = await readBody(req, schema)
    const settings = readPaymentsSettings(process.env)
    if (!settings) return refusal('Payments are not configured.', 503)
    const result = await requestRefund(req, settings, { paymentId: payment.id, amount, reason: reason || undefined, byUserId: user.id })
    if (!result.ok) return refusal(result.message, result.status, result.code)
    return Response.json({ refund: result.refund }, { status: 202 })
  },
}
