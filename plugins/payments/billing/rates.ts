/**
 * Limits on starting payments, counted by the platform's rate limiter: per signed-in user on the owner's checkout
 * (PAYMENTS_CHECKOUT_PER_HOUR, default 10) and per address on the pay link (PAYMENTS_PAY_PER_HOUR, default 30);
 * each start is a call to P24.
 */
import { rateLimit, t } from '@platform'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const checkoutRate = rateLimit({ name: 'payments.checkout', points: () => positive(process.env.PAYMENTS_CHECKOUT_PER_HOUR, 10), durationSeconds: 3600 })

export const payLinkRate = rateLimit({ name: 'payments.pay-link', points: () => positive(process.env.PAYMENTS_PAY_PER_HOUR, 30), durationSeconds: 3600 })

export const NOT_CONFIGURED = t(
  'Payments are not available on this server yet (Przelewy24 is not configured). Please try again later.',
  'Płatności nie są jeszcze dostępne na tym serwerze (Przelewy24 nie jest skonfigurowane). Spróbuj ponownie później.',
)

export const P24_DID_NOT_START = t(
  'Przelewy24 could not start the payment. Nothing was charged; please try again in a moment.',
  'Przelewy24 nie rozpoczęło płatności. Nic nie zostało pobrane – spróbuj ponownie za chwilę.',
)
