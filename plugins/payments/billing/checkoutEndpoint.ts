/**
 * `POST /api/payments/checkout` `{ plan, period }`: a signed-in owner buys (or renews) a plan. Creates the pending
 * payment for the caller, registers it with P24 (startCheckout) and answers 201 `{ paymentId, redirectUrl }`.
 * 401 signed out, 429 too many, 400 unknown/withdrawn/free plan or bad period (nothing created), 503 payments
 * not configured. P24 registration failing: 502, and the payment is marked `failed` on the spot (the owner sees
 * the error now and may try again; no `payment.failed` event or email, since nothing was ever offered to pay).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { inTransaction, jsonError, lockForTransaction, readBody, relationId, say, t, tooManyRequests, zodText } from '@platform'
import { startCheckout } from '../checkout/startCheckout'
import { withHistory } from '../checkout/history'
import { readPaymentsSettings } from '../checkout/settings'
import { langOf } from '@platform/format'
import { planDescription } from '../receipts/format'
import { BILLING_PERIODS, PAYMENTS, PLANS } from '../types'
import { checkoutRate, NOT_CONFIGURED, P24_DID_NOT_START } from './rates'

const bodySchema = z.object({
  // readBody names the field: "Plan is required", "Okres rozliczeniowy: wybierz rozliczenie miesięczne albo roczne".
  plan: z.number().int().positive(),
  period: z.enum(BILLING_PERIODS, { message: zodText(t('choose monthly or yearly billing', 'wybierz rozliczenie miesięczne albo roczne')) }),
})

const publicUrl = () => (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

/** P24 would not take it: the payment will never be paid, so it says so at once instead of waiting to expire. */
const markRegisterFailed = async (req: PayloadRequest, id: number, message: string) =>
  inTransaction(req, async () => {
    await lockForTransaction(req, `payment:${id}`)
    const payment = await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: true, req }) // trusted: the plugin's own record
    if (payment.status !== 'pending') return
    await req.payload.update({
      collection: PAYMENTS,
      id,
      data: { status: 'failed', history: withHistory(payment, 'register-failed', { message: message.slice(0, 300) }) },
      overrideAccess: true, // trusted: P24 refused or could not be reached; the plugin closes its own record
      req,
    })
  })

export const checkoutEndpoint: Endpoint = {
  path: '/checkout',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user || user.collection !== 'users') return jsonError(say(req, t('Sign in to buy a plan.', 'Zaloguj się, aby kupić plan.')), 401)
    const rate = await checkoutRate.consume(req, `user:${user.id}`)
    if (!rate.allowed)
      return tooManyRequests(
        say(req, t('Too many payment attempts. Please wait a while and try again.', 'Zbyt wiele prób płatności. Odczekaj chwilę i spróbuj ponownie.')),
        rate.retryAfterSeconds,
      )
    const { plan: planId, period } = await readBody(req, bodySchema)
    // As the caller: a plan they may not see is as unknown as one that does not exist.
    const plan = await req.payload.findByID({ collection: PLANS, id: planId, depth: 0, disableErrors: true, overrideAccess: false, user })
    if (!plan || !plan.isActive)
      return jsonError(
        say(
          req,
          t(
            'This plan is not offered. Choose one of the plans on the billing page.',
            'Ten plan nie jest dostępny. Wybierz jeden z planów na stronie rozliczeń.',
          ),
        ),
        400,
      )
    const amount = period === 'yearly' ? plan.yearlyPrice : plan.monthlyPrice
    if (plan.isFree || !(amount > 0)) return jsonError(say(req, t('The free plan needs no payment.', 'Darmowy plan nie wymaga płatności.')), 400)
    // A plan granted with no end date (by staff) has nothing to renew: paying would only give it an end.
    if (String(relationId(user.plan)) === String(plan.id) && !user.planEndsAt)
      return jsonError(
        say(req, t('You already have this plan with no end date: there is nothing to renew.', 'Masz już ten plan bezterminowo – nie ma czego przedłużać.')),
        409,
      )
    if (!readPaymentsSettings(process.env)) return jsonError(say(req, NOT_CONFIGURED), 503)

    const lang = langOf(user.locale)
    const payment = await inTransaction(req, async () => {
      const created = await req.payload.create({
        collection: PAYMENTS,
        data: {
          user: user.id,
          amount,
          currency: 'PLN',
          purpose: 'plan',
          reference: String(plan.id),
          plan: plan.id,
          period,
          email: user.email,
          description: planDescription(lang === 'pl' ? plan.namePl : plan.nameEn, period, lang),
        },
        overrideAccess: true, // trusted: nobody writes payments over the API; the signed-in caller pays for their own plan
        req,
      })
      // The billing page shows this payment's outcome when P24 sends the owner back.
      const returnUrl = `${publicUrl()}/admin/billing?payment=${created.id}`
      return req.payload.update({ collection: PAYMENTS, id: created.id, data: { returnUrl }, overrideAccess: true, req }) // trusted: the same new record
    })
    try {
      const { redirectUrl } = await startCheckout({ req, payment })
      return Response.json({ paymentId: payment.id, redirectUrl }, { status: 201 })
    } catch (err) {
      req.payload.logger.error({ err, msg: 'Checkout: P24 registration failed', paymentId: payment.id })
      await markRegisterFailed(req, payment.id, (err as Error).message ?? 'register failed')
      return jsonError(say(req, P24_DID_NOT_START), 502)
    }
  },
}
