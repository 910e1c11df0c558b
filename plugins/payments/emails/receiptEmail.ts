/**
 * The thank-you email with the PDF receipt, made when it is sent (an EmailComposer): the queue keeps only the
 * payment id, and the PDF is rendered from the payment as it is then. Nothing to send when the payment has no
 * receipt (it was never paid).
 */
import type { Payload } from 'payload'

import type { EmailComposer, EmailSampleData, QueuedEmail } from '@platform'
import { relationId } from '@platform'
import { formatDate, formatMoney, type Lang } from '@platform/format'
import { loadReceipt, type LoadedReceipt } from '../receipts/loadReceipt'
import { receiptFilename, renderReceiptPdf } from '../receipts/renderReceiptPdf'
import { PAYMENTS, PLANS } from '../types'
import { billingUrl } from './links'

export const RECEIPT_EMAIL_COMPOSER = 'payments.receipt-email'

/** For a plan payment: the plan's name and the payer's plan end as it is now (after this payment extended it). */
const planTerm = async (payload: Payload, receipt: LoadedReceipt, lang: Lang) => {
  const payment = await payload.findByID({ collection: PAYMENTS, id: receipt.paymentId, depth: 0, overrideAccess: true }) // trusted: the payer's own email
  const planId = relationId(payment.plan)
  if (payment.purpose !== 'plan' || planId === undefined || receipt.userId === null) return {}
  const [plan, user] = await Promise.all([
    payload.findByID({ collection: PLANS, id: planId, depth: 0, disableErrors: true, overrideAccess: true }), // trusted: the plan's name
    payload.findByID({ collection: 'users', id: receipt.userId, depth: 0, disableErrors: true, overrideAccess: true }), // trusted: the payer's plan end
  ])
  if (!plan || !user?.planEndsAt || String(relationId(user.plan)) !== String(planId)) return {}
  return { planName: lang === 'pl' ? plan.namePl : plan.nameEn, planEndsOn: formatDate(user.planEndsAt, lang) }
}

export const receiptEmail = async (payload: Payload, receipt: LoadedReceipt): Promise<QueuedEmail> => {
  const pdf = await renderReceiptPdf(receipt)
  const line = receipt.lines[0]
  return {
    to: receipt.buyer.email,
    template: 'payment-receipt',
    locale: receipt.lang,
    data: {
      ...(receipt.buyer.name ? { payerName: receipt.buyer.name } : {}),
      paymentDescription: line.description,
      paymentAmount: formatMoney(line.amount, receipt.lang, receipt.currency),
      paidOn: formatDate(receipt.paidAt, receipt.lang),
      receiptNumber: receipt.number,
      // A visitor has no account, so no billing panel: the link (and its words) go where the selling plugin sends its payers.
      ...(receipt.userId === null ? (receipt.returnUrl ? { purchaseUrl: receipt.returnUrl } : {}) : { billingUrl: billingUrl() }),
      ...(await planTerm(payload, receipt, receipt.lang)),
    },
    attachments: [{ filename: receiptFilename(receipt.number), content: pdf.toString('base64'), contentType: 'application/pdf', encoding: 'base64' }],
  }
}

export const receiptEmailComposer: EmailComposer = {
  name: RECEIPT_EMAIL_COMPOSER,
  compose: async ({ payload, args }) => {
    const receipt = await loadReceipt(payload, args.paymentId as number)
    return receipt ? receiptEmail(payload, receipt) : undefined
  },
}

/** Sample values of every payments template, for the admin's preview and the template checks. */
export const paymentsEmailSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  payerName: 'Anna Kowalska',
  paymentDescription: locale === 'pl' ? 'Plan Pro – 1 miesiąc' : 'Pro plan – 1 month',
  paymentAmount: locale === 'pl' ? '49,00 zł' : 'PLN 49.00',
  paidOn: locale === 'pl' ? '30 listopada 2026' : '30 November 2026',
  receiptNumber: 'R/2026/000123',
  planName: 'Pro',
  planEndsOn: locale === 'pl' ? '30 grudnia 2026' : '30 December 2026',
  freePlanName: locale === 'pl' ? 'Darmowy' : 'Free',
  paymentExpired: false,
  billingUrl: `${publicURL}/admin/billing`,
  purchaseUrl: `${publicURL}/events/registrations/sample-token`,
  renewUrl: `${publicURL}/admin/billing`,
  retryUrl: `${publicURL}/admin/billing`,
})
