/**
 * Limits on starting payments, counted by the platform's rate limiter: per signed-in user on the owner's checkout
 * (PAYMENTS_CHECKOUT_PER_HOUR, default 10) and per address on the pay link (PAYMENTS_PAY_PER_HOUR, default 30);
 * each start is a call to P24.
 */
import { rateLimit } from '@platform'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const checkoutRate = rateLimit({ name: 'payments.checkout', points: () => positive(process.env.PAYMENTS_CHECKOUT_PER_HOUR, 10), durationSeconds: 3600 })

export const payLinkRate = rateLimit({ name: 'payments.pay-link', points: () => positive(process.env.PAYMENTS_PAY_PER_HOUR, 30), durationSeconds: 3600 })

export const NOT_CONFIGURED = 'Payments are not available on this server yet (Przelewy24 is not configured). Please try again later.'
