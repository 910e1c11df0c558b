/**
 * Where the OVH API is and the keys to call it, from env:
 * - `OVH_ENDPOINT`: `ovh-eu` (default), `ovh-ca`, `ovh-us`, or a URL (the fake OVH, a proxy);
 * - `OVH_APPLICATION_KEY`, `OVH_APPLICATION_SECRET`, `OVH_CONSUMER_KEY` (the script `npm run ovh:consumer-key` makes the last);
 * - `OVH_TIMEOUT_MS`: how long one call may take (default 15000).
 * None of the keys set: null (domains are unavailable, or `npm run dev` runs the fake OVH and sets them).
 */
export const OVH_ENDPOINTS = {
  'ovh-eu': 'https://eu.api.ovh.com/1.0',
  'ovh-ca': 'https://ca.api.ovh.com/1.0',
  'ovh-us': 'https://api.us.ovhcloud.com/1.0',
} as const

export type OvhConfig = {
  /** Base URL of API v1 without a trailing slash, e.g. `https://eu.api.ovh.com/1.0`. */
  endpoint: string
  applicationKey: string
  applicationSecret: string
  consumerKey: string
  timeoutMs: number
}

type Env = Readonly<Record<string, string | undefined>>

export const KEY_NAMES = ['OVH_APPLICATION_KEY', 'OVH_APPLICATION_SECRET', 'OVH_CONSUMER_KEY'] as const

/** `ovh-eu` → its URL; a URL → itself without a trailing slash; anything else: an error naming the accepted values. */
export const resolveOvhEndpoint = (value: string | undefined): string => {
  const name = (value ?? '').trim() || 'ovh-eu'
  if (name in OVH_ENDPOINTS) return OVH_ENDPOINTS[name as keyof typeof OVH_ENDPOINTS]
  let url: URL
  try {
    url = new URL(name)
  } catch {
    throw new Error(`OVH_ENDPOINT must be ${Object.keys(OVH_ENDPOINTS).join(', ')} or a URL, got '${name}'`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`OVH_ENDPOINT must be an http(s) URL, got '${name}'`)
  if (url.search || url.hash) throw new Error(`OVH_ENDPOINT must not carry a query or fragment, got '${name}'`)
  return url.href.replace(/\/+$/, '')
}

/** Whether the environment says anything about OVH (then the dev fake is not started). */
export const ovhConfigured = (env: Env): boolean => [...KEY_NAMES, 'OVH_ENDPOINT'].some((name) => Boolean(env[name]?.trim()))

/** The configuration, null when no key is set, or an error naming what is missing when it is half set. */
export const readOvhConfig = (env: Env): OvhConfig | null => {
  const values = KEY_NAMES.map((name) => env[name]?.trim() ?? '')
  if (values.every((value) => !value)) return null
  const missing = KEY_NAMES.filter((_, index) => !values[index])
  if (missing.length) throw new Error(`OVH configuration incomplete: set ${missing.join(', ')}`)
  const [applicationKey, applicationSecret, consumerKey] = values
  const timeout = Number(env.OVH_TIMEOUT_MS ?? 15_000)
  return {
    endpoint: resolveOvhEndpoint(env.OVH_ENDPOINT),
    applicationKey,
    applicationSecret,
    consumerKey,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 15_000,
  }
}
