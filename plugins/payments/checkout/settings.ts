/**
 * Where the P24 calls go and where P24 calls back. Real credentials (P24_*) win; with none set, a dev machine
 * uses the simulator at P24_SIMULATOR_URL with the fixed dev credentials below (the simulator is started with
 * the same ones by `npm run dev`). Neither set: checkout is unavailable, and says so.
 */
import { readP24Config } from '../p24'
import type { P24Config } from '../p24'

/** The simulator's credentials in development: not secrets, nothing real accepts them. */
export const DEV_P24_CREDENTIALS = { merchantId: 11111, posId: 11111, apiKey: 'dev-api-key', crc: 'dev-crc-key' } as const

export type PaymentsSettings = {
  p24: P24Config
  /** urlStatus given to P24; P24_NOTIFY_URL overrides it when PUBLIC_URL is not where P24 can reach us (tests, tunnels). */
  notifyUrl: string
  /** Where the payer comes back when the payment names no return address. */
  defaultReturnUrl: string
  /** Addresses P24 notifies from; empty: any (the sign is what proves a notification). */
  notifyIps: string[]
}

type Env = Record<string, string | undefined>

export const readPaymentsSettings = (env: Env): PaymentsSettings | null => {
  const simulator = env.P24_SIMULATOR_URL?.trim()
  const p24 = readP24Config(env) ?? (simulator ? { ...DEV_P24_CREDENTIALS, baseUrl: new URL(simulator).origin } : null)
  if (!p24) return null
  const publicUrl = (env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  return {
    p24,
    notifyUrl: env.P24_NOTIFY_URL?.trim() || `${publicUrl}/api/payments/p24/notify`,
    defaultReturnUrl: `${publicUrl}/admin/billing`,
    notifyIps: (env.P24_NOTIFY_IPS ?? '')
      .split(',')
      .map((ip) => ip.trim())
      .filter(Boolean),
  }
}

export const requirePaymentsSettings = (env: Env = process.env): PaymentsSettings => {
  const settings = readPaymentsSettings(env)
  if (!settings)
    throw new Error(
      'Payments are not configured: set P24_MERCHANT_ID, P24_POS_ID, P24_API_KEY, P24_CRC and P24_BASE_URL (or P24_SIMULATOR_URL in development).',
    )
  return settings
}
