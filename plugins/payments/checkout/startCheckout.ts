/**
 * Registers a pending payment with P24 and gives the address to send the payer to. Trusted code calls it (the
 * billing view's Buy button, another plugin that created a payment); it does not check who is asking.
 */
import type { PayloadRequest } from 'payload'

import { requestLocale } from '@platform'

import { createP24Client } from '../p24'
import { PAYMENTS } from '../types'
import { withHistory, type PaymentDoc } from './history'
import { requirePaymentsSettings } from './settings'

export const startCheckout = async ({ req, payment }: { req: PayloadRequest; payment: PaymentDoc }): Promise<{ redirectUrl: string }> => {
  if (payment.status !== 'pending') throw new Error(`Payment ${payment.id} is ${payment.status}, not pending: it cannot be paid.`)
  const settings = requirePaymentsSettings()
  const client = createP24Client(settings.p24)
  const { token, redirectUrl } = await client.register({
    sessionId: payment.sessionId!,
    amount: payment.amount,
    currency: payment.currency ?? 'PLN',
    description: payment.description,
    email: payment.email,
    urlReturn: payment.returnUrl || settings.defaultReturnUrl,
    urlStatus: settings.notifyUrl,
    // P24's page in the payer's language (the admin's language switch, else the browser's).
    language: requestLocale(req),
  })
  await req.payload.update({
    collection: PAYMENTS,
    id: payment.id,
    data: { token, history: withHistory(payment, 'register', { amount: payment.amount, currency: payment.currency }) },
    overrideAccess: true, // trusted: the plugin records its own P24 registration
    req,
  })
  return { redirectUrl }
}
