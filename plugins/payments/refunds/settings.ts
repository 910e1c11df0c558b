/** Where P24 sends a refund's notification: like P24_NOTIFY_URL for payments, P24_REFUND_NOTIFY_URL overrides it (tests, tunnels). */
type Env = Record<string, string | undefined>

export const refundNotifyUrl = (env: Env): string =>
  env.P24_REFUND_NOTIFY_URL?.trim() || `${(env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '')}/api/payments/p24/refund-notify`
