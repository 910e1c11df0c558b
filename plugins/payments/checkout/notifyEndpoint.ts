/**
 * `POST /api/payments/p24/notify`: P24's server-to-server notification (DESIGN.md public contract). Answers,
 * following P24's retry rule (anything but 200 is retried after 3, 5, 15 … 450 minutes):
 * - 400 forged sign (nothing changes), 404 unknown session (logged), 403 address not on P24_NOTIFY_IPS;
 * - 200 for a genuine notification we acted on, and the same 200 for every replay of it;
 * - 200 also for a signed one that does not match the payment: it is flagged `needs_review` for staff, and a
 *   retry would bring the same mismatch, so retrying helps nobody;
 * - 502 when P24's verify failed or could not be reached: nothing was marked, so P24's retry (or the
 *   reconciliation job) completes it later.
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { jsonError, readBody, say, t, visitorEndpoint } from '@platform'
import { notificationSign, signsEqual } from '../p24'
import { PAYMENTS } from '../types'
import { completePayment, flagForReview } from './complete'
import { admitNotification } from './admitNotification'
import { notificationMismatches } from './match'

const id = z.number().int()
const notificationSchema = z.object({
  merchantId: id,
  posId: id,
  sessionId: z.string().min(1).max(100),
  amount: id,
  originAmount: id,
  currency: z.string().min(1).max(3),
  orderId: id,
  methodId: id,
  statement: z.string().max(500),
  sign: z.string().min(1).max(200),
})

export const notifyEndpoint: Endpoint = visitorEndpoint({
  path: '/p24/notify',
  method: 'post',
  handler: async (req) => {
    const admitted = admitNotification(req, 'P24 notification')
    if (admitted instanceof Response) return admitted
    const { settings, ip } = admitted
    const { sign, ...fields } = await readBody(req, notificationSchema)
    if (!signsEqual(notificationSign(fields, settings.p24.crc), sign)) {
      req.payload.logger.warn({ msg: 'P24 notification with a wrong sign', sessionId: fields.sessionId, ip })
      return jsonError(say(req, t('Invalid sign.', 'Nieprawidłowy podpis.')), 400)
    }
    const found = await req.payload.find({ collection: PAYMENTS, where: { sessionId: { equals: fields.sessionId } }, limit: 1, depth: 0, overrideAccess: true }) // trusted: a signed P24 message
    const payment = found.docs[0]
    if (!payment) {
      req.payload.logger.warn({ msg: 'P24 notification for an unknown session', sessionId: fields.sessionId, orderId: fields.orderId })
      return jsonError(say(req, t('Unknown session.', 'Nieznana sesja płatności.')), 404)
    }
    const summary = { orderId: fields.orderId, amount: fields.amount, originAmount: fields.originAmount, currency: fields.currency, methodId: fields.methodId }
    const mismatches = notificationMismatches(fields, payment, settings.p24)
    if (mismatches.length) {
      const reason = `P24 notified ${mismatches.map((key) => `${key} ${String(fields[key])}`).join(', ')}; the payment expects ${payment.amount} ${payment.currency ?? 'PLN'}.`
      await flagForReview(req, payment.id, reason, { ...summary, mismatches })
      return Response.json({ ok: true })
    }
    try {
      await completePayment(req, settings, payment.id, { orderId: fields.orderId, amount: fields.amount, currency: fields.currency, source: 'notification' })
    } catch (err) {
      req.payload.logger.error({ err, msg: 'P24 notification: verify failed; P24 retries, and reconciliation catches up', paymentId: payment.id })
      return jsonError(say(req, t('Could not verify the transaction with P24.', 'Nie udało się zweryfikować transakcji w P24.')), 502)
    }
    return Response.json({ ok: true })
  },
})
