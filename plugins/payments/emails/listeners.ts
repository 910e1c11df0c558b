/**
 * Emails on payment events: the receipt when a payment is completed (made at send time, with the PDF), and
 * "nothing was charged, try again" when one failed or expired. Each is its own retried listener job.
 */
import type { Payload } from 'payload'

import type { EventListener, PlatformEvents } from '@platform'
import { queueEmail, relationId } from '@platform'
import { formatMoney, langOf } from '@platform/format'
import { PAYMENTS } from '../types'
import { billingUrl } from './links'
import { RECEIPT_EMAIL_COMPOSER } from './receiptEmail'

/**
 * Where the payer tries again: a plan on the billing page; another plugin's payment where that plugin sends its
 * payers back (its return address), or the billing page when it named none.
 */
const retryUrlOf = (payment: { purpose?: string | null; returnUrl?: string | null }) =>
  payment.purpose !== 'plan' && payment.returnUrl ? payment.returnUrl : billingUrl()

export const sendFailedEmail = async (payload: Payload, data: PlatformEvents['payment.failed']) => {
  const payment = await payload.findByID({ collection: PAYMENTS, id: data.paymentId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted job: the payer's own email
  if (!payment) return
  const userId = relationId(payment.user)
  const user = userId === undefined ? null : await payload.findByID({ collection: 'users', id: userId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted job: the payer's name and language
  const lang = langOf(payment.locale ?? user?.locale)
  const name = [user?.firstName, user?.lastName].filter(Boolean).join(' ') || payment.payerName || ''
  await queueEmail(
    { payload },
    {
      to: payment.email,
      template: 'payment-failed',
      locale: lang,
      data: {
        ...(name ? { payerName: name } : {}),
        paymentDescription: payment.description,
        paymentAmount: formatMoney(payment.amount, lang, payment.currency ?? 'PLN'),
        paymentExpired: data.reason === 'expired',
        retryUrl: retryUrlOf(payment),
      },
    },
  )
}

export const paymentEmailListeners = [
  {
    event: 'payment.completed',
    name: 'receipt-email',
    handler: async (data, { payload }) => {
      await queueEmail({ payload }, { compose: RECEIPT_EMAIL_COMPOSER, args: { paymentId: data.paymentId } })
    },
  } satisfies EventListener<'payment.completed'>,
  {
    event: 'payment.failed',
    name: 'failed-email',
    handler: async (data, { payload }) => sendFailedEmail(payload, data),
  } satisfies EventListener<'payment.failed'>,
]
