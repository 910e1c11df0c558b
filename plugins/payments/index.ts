/**
 * Payments: the seed's Payment, the plans users buy and each user's current plan. This part is the data model;
 * the P24 protocol (p24/), the simulator (simulator/), endpoints and jobs are added beside it.
 * Other plugins take a payment by creating a `payments` document through the Local API (trusted code).
 */
import { definePlatformPlugin } from '@platform'
import { Payments } from './collections/payments'
import { Plans } from './collections/plans'
import { userPlanFields } from './collections/userPlan'
import { notifyEndpoint } from './checkout/notifyEndpoint'
import { billingTranslations } from './admin/translations'
// TEMPORARY until the billing-server branch's endpoint replaces it (see the file).
import { checkoutEndpoint } from './billing/checkoutEndpoint'
import { p24SimulatorService } from './dev/simulatorService'
import { reconcileJob } from './checkout/reconcile'
import { seedPlans } from './seed'
import type { PaymentsPluginOptions } from './types'

export type { PaymentsPluginOptions } from './types'
export { effectivePlan } from './effectivePlan'
export { startCheckout } from './checkout/startCheckout'
export { reconcilePayments, RECONCILE_JOB } from './checkout/reconcile'
export type { CompletionResult } from './checkout/complete'

export const paymentsPlugin = definePlatformPlugin<PaymentsPluginOptions>('payments', () => ({
  collections: [Plans, { ...Payments, endpoints: [notifyEndpoint, checkoutEndpoint] }],
  jobs: [reconcileJob],
  collectionFields: { users: userPlanFields },
  seed: seedPlans,
  // Without P24 credentials, `npm run dev` runs the P24 simulator so a plan can be bought by clicking through.
  devServices: [p24SimulatorService],
  translations: billingTranslations.translations,
  admin: {
    // The owner's plan, Buy / Renew through P24, and their payments with receipts.
    views: { billing: { Component: '/plugins/payments/admin/BillingView#BillingView', path: '/billing' } },
    afterNavLinks: ['/plugins/payments/admin/BillingNavLinks#BillingNavLinks'],
  },
}))
