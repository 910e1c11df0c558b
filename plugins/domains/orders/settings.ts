/**
 * The ordering settings, from env (README "Domains", "Ordering"):
 * - `DOMAINS_ORDER_POLL_MS` (60000): the first wait before asking OVH about an order again; it doubles each time
 *   up to `DOMAINS_ORDER_POLL_MAX_MS` (3600000);
 * - `DOMAINS_ORDER_FOLLOW_DAYS` (14): how long an order is followed before it is reported as stuck;
 * - `DOMAINS_ORDER_RETRY_MS` (60000) and `DOMAINS_ORDER_AUTO_RETRIES` (5): a step OVH could not answer (down,
 *   slow, clocks apart) is tried again by itself this often, doubling, before the order is marked failed;
 * - `DOMAINS_ORDERS_PER_HOUR` (20): orders (each asks OVH) per user and hour;
 * - `DOMAINS_OWNER_CONTACT`, `DOMAINS_OVH_CONFIGURATION`: answers to OVH's required configuration (configuration.ts).
 */
import { parseConfigurationValues, type ConfigurationSettings } from './configuration'

type Env = Readonly<Record<string, string | undefined>>

const positive = (value: string | undefined, fallback: number): number => {
  const number = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(number) && number > 0 ? number : fallback
}

export type OrderSettings = {
  pollMs: number
  pollMaxMs: number
  followDays: number
  retryMs: number
  autoRetries: number
}

export const readOrderSettings = (env: Env = process.env): OrderSettings => ({
  pollMs: positive(env.DOMAINS_ORDER_POLL_MS, 60_000),
  pollMaxMs: positive(env.DOMAINS_ORDER_POLL_MAX_MS, 3_600_000),
  followDays: positive(env.DOMAINS_ORDER_FOLLOW_DAYS, 14),
  retryMs: positive(env.DOMAINS_ORDER_RETRY_MS, 60_000),
  autoRetries: Math.floor(positive(env.DOMAINS_ORDER_AUTO_RETRIES, 5)),
})

export const ordersPerHour = (env: Env = process.env): number => Math.floor(positive(env.DOMAINS_ORDERS_PER_HOUR, 20))

/** Throws when DOMAINS_OVH_CONFIGURATION is malformed (the order then fails naming the variable). */
export const readConfigurationSettings = (env: Env = process.env): ConfigurationSettings => ({
  ownerContact: env.DOMAINS_OWNER_CONTACT?.trim() || undefined,
  values: parseConfigurationValues(env.DOMAINS_OVH_CONFIGURATION),
})

/**
 * The wait before the `polls`-th look at an OVH order (0 for the first after checkout): `pollMs` doubling, at
 * most `pollMaxMs`. Pure.
 */
export const pollDelay = (polls: number, { pollMs, pollMaxMs }: Pick<OrderSettings, 'pollMs' | 'pollMaxMs'>): number =>
  Math.min(pollMaxMs, pollMs * 2 ** Math.min(Math.max(0, polls), 30))

/** The wait before the `attempt`-th automatic retry of a step OVH could not answer (1 for the first). Pure. */
export const retryDelay = (attempt: number, { retryMs }: Pick<OrderSettings, 'retryMs'>): number => retryMs * 2 ** Math.min(Math.max(0, attempt - 1), 20)

/** The platform's address, for the links in payments, emails and notifications: PUBLIC_URL, else the platform's own default. */
export const publicUrl = (env: Env = process.env): string => (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, '')

/** How long an order has been followed after `polls` looks at it (the waits before them added up). Pure. */
export const followedFor = (polls: number, settings: Pick<OrderSettings, 'pollMs' | 'pollMaxMs'>): number => {
  let total = 0
  for (let poll = 0; poll < polls; poll++) total += pollDelay(poll, settings)
  return total
}
