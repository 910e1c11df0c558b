/**
 * `POST /api/payments/p24/refund-notify`: P24's notification about a refund (the urlStatus given with it).
 * 403 address not on P24_NOTIFY_IPS; 400 forged sign, or a signed one whose amount or currency is not the
 * refund's (logged; nothing changes); 404 unknown payment or refund; otherwise 200, and the same 200 for every
 * replay, which changes nothing (completeRefund.ts).
 */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { jsonError, readBody, say, t, visitorEndpoint } from '@platform'
import { admitNotification } from '../checkout/admitNotification'
import { refundNotificationSign, signsEqual } from '../p24'
import { PAYMENTS } from '../types'
import { completeRefund } from './completeRefund'

const int = z.number().int()
const schema = z.object({
  orderId: int,
  sessionId: z.string().min(1).max(100),
  merchantId: int,
  requestId: z.string().max(100).optional(),
  refundsUuid: z.string().min(1).max(100),
  amount: int,
  currency: z.string().min(1).max(3),
  timestamp: int.optional(),
  status: int,
  sign: z.string().min(1).max(200),
})

export const refundNotifyEndpoint: Endpoint = visitorEndpoint({
  path: '/p24/refund-notify',
  method: 'post',
  handler: async (req) => {
    const admitted = admitNotification(req, 'P24 refund notification')
    if (admitted instanceof Response) return admitted
    const { settings, ip } = admitted
    const body = await readBody(req, schema)
    const signed = {
      orderId: body.orderId,
      sessionId: body.sessionId,
      refundsUuid: body.refundsUuid,
      merchantId: body.merchantId,
      amount: body.amount,
      currency: body.currency,
      status: body.status,
    }
    if (!signsEqual(refundNotificationSign(signed, settings.p24.crc), body.sign) || body.merchantId !== settings.p24.merchantId) {
      req.payload.logger.warn({ msg: 'P24 refund notification with a wrong sign', sessionId: body.sessionId, ip })
      return jsonError(say(req, t('Invalid sign.', 'Nieprawidłowy podpis.')), 400)
    }
    const found = await req.payload.find({ collection: PAYMENTS, where: { sessionId: { equals: body.sessionId } }, limit: 1, depth: 0, overrideAccess: true }) // trusted: a signed P24 message
    const payment = found.docs[0]
    const outcome = payment ? await completeRefund(req, payment.id, signed) : 'unknown'
    if (outcome === 'unknown') {
      req.payload.logger.warn({ msg: 'P24 refund notification for an unknown refund', sessionId: body.sessionId, refundsUuid: body.refundsUuid })
      return jsonError(say(req, t('Unknown refund.', 'Nieznany zwrot.')), 404)
    }
    if (outcome === 'mismatch') {
      req.payload.logger.error({
        msg: 'P24 refund notification does not match the refund',
        paymentId: payment!.id,
        amount: body.amount,
        currency: body.currency,
      })
      return jsonError(say(req, t('The notification does not match the refund.', 'Powiadomienie nie zgadza się ze zwrotem.')), 400)
    }
    return Response.json({ ok: true })
  },
})
