/**
 * `POST /api/payments/:id/refund` `{ amount?: grosze, reason?: string }`: staff, or the owner or an admin of the
 * site the payment was made to, ask P24 to refund it (default: all that is left). 401 signed out; 404 a payment
 * the caller cannot read; 403 one they read but may not refund (the payer); 400 bad amount, more than is left,
 * not paid; 409 the amount is held by a refund still in progress, or P24 refused it; 502 P24 failed or did not
 * answer. 202 `{ refund: { requestId, amount, status: 'requested' } }`: P24's notification completes it.
 */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { parseRecordId, readBody, say, t, type Bilingual } from '@platform'
import { readPaymentsSettings } from '../checkout/settings'
import { PAYMENTS } from '../types'
import { mayRefund } from './access'
import { requestRefund } from './requestRefund'

const schema = z.strictObject({
  amount: z.number().int().positive().max(1_000_000_000).optional(),
  reason: z.string().trim().max(200).optional(),
})

type Req = Parameters<typeof say>[0]
const refusal = (req: Req, message: Bilingual, status: number, code?: string) =>
  Response.json({ errors: [{ message: say(req, message), ...(code ? { code } : {}) }] }, { status })

export const refundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return refusal(req, t('Sign in to refund a payment.', 'Zaloguj się, aby zwrócić płatność.'), 401)
    const id = parseRecordId(req.routeParams?.id)
    const payment =
      typeof id === 'number' ? await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: false, user, req, disableErrors: true }) : null
    if (!payment) return refusal(req, t('Payment not found.', 'Nie znaleziono płatności.'), 404)
    if (!(await mayRefund(req, payment)))
      return refusal(
        req,
        t(
          'Only staff and the owner or an admin of the site it was paid to may refund this payment.',
          'Tę płatność może zwrócić tylko obsługa platformy albo właściciel lub administrator strony, na którą wpłynęła.',
        ),
        403,
      )
    const { amount, reason } = await readBody(req, schema)
    const settings = readPaymentsSettings(process.env)
    if (!settings) return refusal(req, t('Payments are not configured.', 'Płatności nie są skonfigurowane.'), 503)
    const result = await requestRefund(req, settings, { paymentId: payment.id, amount, reason: reason || undefined, byUserId: user.id })
    if (!result.ok) return refusal(req, result.message, result.status, result.code)
    return Response.json({ refund: result.refund }, { status: 202 })
  },
}
