/**
 * Payments: the seed's Payment, the plans users buy and each user's current plan. This part is the data model;
 * the P24 protocol (p24/), the simulator (simulator/), endpoints and jobs are added beside it.
 * Other plugins take a payment by creating a `payments` document through the Local API (trusted code).
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { checkoutEndpoint } from './billing/checkoutEndpoint'
import { payLinkEndpoint } from './billing/payLinkEndpoint'
import { receiptEndpoint } from './billing/receiptEndpoint'
import { paymentEmailListeners } from './emails/listeners'
import { refundRequestedListener } from './refunds/requestedListener'
import { planNoticeFields } from './emails/planNoticeFields'
import { planNoticesJob } from './emails/planNotices'
import { paymentsEmailSampleData, receiptEmailComposer } from './emails/receiptEmail'
import { assignReceiptNumber, receiptFields } from './receipts/receiptNumber'
import { Payments } from './collections/payments'
import { Plans } from './collections/plans'
import { userPlanFields } from './collections/userPlan'
import { notifyEndpoint } from './checkout/notifyEndpoint'
import { billingTranslations } from './admin/translations'
// TEMPORARY until the billing-server branch's endpoint replaces it (see the file).
import { p24SimulatorService } from './dev/simulatorService'
import { reconcileJob } from './checkout/reconcile'
import { refundActionField } from './refunds/field'
import { refundNotifyEndpoint } from './refunds/notifyEndpoint'
import { refundEndpoint } from './refunds/refundEndpoint'
import { refundTexts } from './refunds/translations'
import { paymentsPlanLimits } from './limits/provider'
import { seedPlans } from './seed'
import type { PaymentsPluginOptions } from './types'

export type { PaymentsPluginOptions } from './types'
export { effectivePlan } from './effectivePlan'
export { startCheckout } from './checkout/startCheckout'
export { reconcilePayments, RECONCILE_JOB } from './checkout/reconcile'
export type { CompletionResult } from './checkout/complete'
export { renderReceiptPdf } from './receipts/renderReceiptPdf'
export type { ReceiptData } from './receipts/renderReceiptPdf'
export { sendPlanNotices, PLAN_NOTICES_JOB } from './emails/planNotices'

export const paymentsPlugin = definePlatformPlugin<PaymentsPluginOptions>('payments', () => ({
  collections: [
    Plans,
    {
      ...Payments,
      fields: [...Payments.fields, ...receiptFields, refundActionField],
      hooks: { ...Payments.hooks, beforeChange: [...(Payments.hooks?.beforeChange ?? []), assignReceiptNumber] },
      // Literal paths before the `/:id/…` ones; all check their caller (the pay link's credential is the session id).
      endpoints: [notifyEndpoint, refundNotifyEndpoint, checkoutEndpoint, payLinkEndpoint, refundEndpoint, receiptEndpoint],
    },
  ],
  jobs: [reconcileJob, planNoticesJob],
  collectionFields: { users: [...userPlanFields, ...planNoticeFields] },
  // The receipt (with its PDF), the failed-payment email and the plan reminders, in Polish and English.
  // Receipts and failure emails; refunds other plugins ask for by event (refunds/requestedListener.ts).
  listeners: [...paymentEmailListeners, refundRequestedListener],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'payments', 'emails', 'templates'),
  emailSampleData: paymentsEmailSampleData,
  emailComposers: [receiptEmailComposer],
  seed: seedPlans,
  // Without P24 credentials, `npm run dev` runs the P24 simulator so a plan can be bought by clicking through.
  devServices: [p24SimulatorService],
  // One `payments:` namespace for the refund panel and the billing view.
  translations: {
    pl: { ...refundTexts.translations.pl, ...billingTranslations.translations.pl },
    en: { ...refundTexts.translations.en, ...billingTranslations.translations.en },
  },
  planLimits: paymentsPlanLimits,
  admin: {
    // The owner's plan, Buy / Renew through P24, and their payments with receipts.
    views: { billing: { Component: '/plugins/payments/admin/BillingView#BillingView', path: '/billing' } },
    afterNavLinks: ['/plugins/payments/admin/BillingNavLinks#BillingNavLinks'],
  },
}))
