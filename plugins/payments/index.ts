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

export const paymentsPlugin = definePlatformPlugin<PaymentsPluginOptions>('payments', () => ({
  collections: [Plans, { ...Payments, fields: [...Payments.fields, refundActionField], endpoints: [notifyEndpoint, refundNotifyEndpoint, refundEndpoint] }],
  jobs: [reconcileJob],
  collectionFields: { users: userPlanFields },
  seed: seedPlans,
  translations: refundTexts.translations,
  planLimits: paymentsPlanLimits,
}))
