/**
 * TEMPORARY (billing-view branch): the smallest `POST /api/payments/checkout` that follows the contract the
 * billing view is built against, so the view and its browser test run before the billing-server branch lands.
 * The billing-server branch replaces this file (rate limit, one pending payment at a time, receipts).
 *   body `{ plan, period }` -> 201 `{ paymentId, redirectUrl }`; 400/401/503 `{ errors: [{ message }] }`.
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { jsonError, readBody } from '@platform'
import { startCheckout } from '../checkout/startCheckout'
import { readPaymentsSettings } from '../checkout/settings'
import { BILLING_PERIODS, PAYMENTS, PLANS } from '../types'

const checkoutSchema = z.object({ plan: z.number().int().positive(), period: z.enum(BILLING_PERIODS) })

export const checkoutEndpoint: Endpoint = {
  path: '/checkout',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return jsonError('Sign in to buy a plan.', 401)
    const { plan: planId, period } = await readBody(req, checkoutSchema)
    const settings = readPaymentsSettings(process.env)
    if (!settings) return jsonError('Payments are not configured.', 503)
    const found = await req.payload.find({
      collection: PLANS,
      where: { and: [{ id: { equals: planId } }, { isActive: { equals: true } }, { isFree: { equals: false } }] },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user,
    })
    const plan = found.docs[0]
    if (!plan) return jsonError('This plan cannot be bought.', 400)
    const amount = period === 'yearly' ? plan.yearlyPrice : plan.monthlyPrice
    const payment = await req.payload.create({
      collection: PAYMENTS,
      data: {
        user: user.id,
        amount,
        description: `Plan ${plan.namePl} (${period === 'yearly' ? 'rok' : 'miesiąc'})`,
        email: user.email,
        plan: plan.id,
        period,
        purpose: 'plan',
      },
      overrideAccess: true, // trusted: nobody creates payments over the API; this is the signed-in buyer's own, checked above
    })
    const publicUrl = (process.env.PUBLIC_URL ?? req.payload.config.serverURL ?? '').replace(/\/+$/, '')
    const withReturn = await req.payload.update({
      collection: PAYMENTS,
      id: payment.id,
      data: { returnUrl: `${publicUrl}/admin/billing?payment=${payment.id}` },
      overrideAccess: true, // trusted: the plugin sets where P24 sends its own payer back
    })
    try {
      const { redirectUrl } = await startCheckout({ req, payment: withReturn })
      return Response.json({ paymentId: payment.id, redirectUrl }, { status: 201 })
    } catch (error) {
      req.payload.logger.error({ msg: 'P24 registration failed', paymentId: payment.id, err: error })
      return jsonError('The payment service did not answer. Try again in a moment.', 502)
    }
  },
}
