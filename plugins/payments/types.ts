import type { PlatformPluginOptions } from '@platform'
import { t } from '@platform'

/** No options yet: the P24 settings come from env (DESIGN.md "External services"). */
export type PaymentsPluginOptions = PlatformPluginOptions

export const PAYMENTS = 'payments'
export const PLANS = 'plans'

/** Both collections sit together in the admin's navigation. */
export const GROUP = t('Billing', 'Rozliczenia')

/**
 * A payment's life: `pending` until P24 confirms (`paid`) or says no (`failed`), or reconciliation gives up
 * (`expired`). `needs_review`: a notification did not match the stored payment; staff decide.
 */
export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'expired', 'refunded', 'partially_refunded', 'needs_review'] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

/** What the platform itself takes payments for; other plugins may set their own `purpose` (see the purpose field). */
export const KNOWN_PURPOSES = ['plan', 'registration', 'domain', 'other'] as const

/** Currencies P24 accepts for a transaction. */
export const CURRENCIES = ['PLN', 'EUR', 'GBP', 'CZK'] as const

export const BILLING_PERIODS = ['monthly', 'yearly'] as const
export type BillingPeriod = (typeof BILLING_PERIODS)[number]
