import type { P24Config } from './types'

const NAMES = ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL'] as const

/**
 * P24 settings from env. None set: null, so the caller can fall back to the simulator (dev).
 * Some set: an error naming the missing ones, because a half-configured shop would fail only at checkout.
 */
export const readP24Config = (env: Record<string, string | undefined>): P24Config | null => {
  const values = NAMES.map((name) => env[name]?.trim() || '')
  if (values.every((v) => !v)) return null
  const missing = NAMES.filter((_, i) => !values[i])
  if (missing.length) throw new Error(`P24 configuration incomplete: set ${missing.join(', ')}`)
  const [merchantId, posId, apiKey, crc, baseUrl] = values
  const toId = (name: string, v: string) => {
    if (!/^\d+$/.test(v)) throw new Error(`${name} must be a number, got '${v}'`)
    return Number(v)
  }
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new Error(`P24_BASE_URL is not a URL: '${baseUrl}'`)
  }
  return { merchantId: toId('P24_MERCHANT_ID', merchantId), posId: toId('P24_POS_ID', posId), apiKey, crc, baseUrl: url.origin }
}
