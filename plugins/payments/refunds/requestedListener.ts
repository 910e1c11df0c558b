/**
 * Refunds other plugins ask for, without importing this plugin: they announce `payment.refund-requested`
 * (e.g. the big-events plugin when an event is cancelled, or a ticket was paid after its seat was gone) and
 * this listener asks P24, the same way as the refund button (requestRefund: one refund per request, under the
 * payment's lock). Only payments of the asking plugin's own `purpose` are refunded, and only while something is
 * left: a repeated request (a retried job, a second reason) finds nothing left and does nothing. P24's
 * notification completes it and `payment.refunded` follows.
 */
import { createLocalReq } from 'payload'

import type { EventListener } from '@platform'
import { readPaymentsSettings } from '../checkout/settings'
import { PAYMENTS } from '../types'
import { requestRefund } from './requestRefund'

declare module '@platform' {
  interface PlatformEvents {
    /**
     * Ask for a payment to be refunded (all that is left unless `amount`, in grosze). `purpose` must be the
     * payment's own (a plugin refunds only what it sold). `reason` goes to P24 and the payment's history.
     */
    'payment.refund-requested': { paymentId: number; purpose: string; amount?: number; reason?: string }
  }
}

export const refundRequestedListener: EventListener<'payment.refund-requested'> = {
  event: 'payment.refund-requested',
  name: 'refund',
  handler: async (data, { payload }) => {
    const payment = await payload.findByID({ collection: PAYMENTS, id: data.paymentId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted job: the payment another plugin asks to refund, checked below
    if (!payment) return payload.logger.warn({ msg: 'Refund requested for an unknown payment', paymentId: data.paymentId })
    if (payment.purpose !== data.purpose)
      return payload.logger.error({ msg: 'Refund refused: the payment is not for the asking purpose', paymentId: payment.id, purpose: data.purpose })
    if (payment.status !== 'paid' && payment.status !== 'partially_refunded') return
    const settings = readPaymentsSettings(process.env)
    if (!settings) throw new Error('Payments are not configured; the refund waits for a retry.')
    const req = await createLocalReq({}, payload)
    const result = await requestRefund(req, settings, { paymentId: payment.id, amount: data.amount, reason: data.reason, byUserId: `plugin:${data.purpose}` })
    if (!result.ok && result.code !== 'p24-unavailable')
      payload.logger.warn({ msg: 'Refund requested by a plugin was not made', paymentId: payment.id, code: result.code, message: result.message.en })
  },
}
