/**
 * What the simulator checks before accepting a call, as pure functions: the same rejections P24 gives
 * (Basic auth, ids, sign, amounts, currencies) so a shop that passes here passes against P24.
 */
import { timingSafeEqual } from 'node:crypto'

import { registerSign, signsEqual, verifySign } from '../p24'

export type SimulatorConfig = { merchantId: number; posId: number; apiKey: string; crc: string }

export type Rejection = { status: number; error: string }

/** P24 registers transactions in these currencies. */
export const CURRENCIES = ['PLN', 'EUR', 'GBP', 'CZK'] as const
export const LANGUAGES = ['bg', 'cs', 'de', 'en', 'es', 'fr', 'hr', 'hu', 'it', 'nl', 'pl', 'pt', 'se', 'sk', 'ro'] as const

/** Exact, constant-time: API keys are case-sensitive (unlike hex signs, which signsEqual compares case-insensitively). */
const secretEqual = (a: string, b: string) => {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  return x.length === y.length && timingSafeEqual(x, y)
}

export const checkBasicAuth = (header: string | undefined, config: SimulatorConfig): Rejection | null => {
  const bad = { status: 401, error: 'Incorrect authentication' }
  if (!header?.startsWith('Basic ')) return bad
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return bad
  const user = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  return user === String(config.posId) && secretEqual(config.apiKey, password) ? null : bad
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max
const isUrl = (v: unknown) => {
  if (typeof v !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol)
  } catch {
    return false
  }
}

const invalid = (what: string): Rejection => ({ status: 400, error: `Invalid ${what}` })

export type RegisterBody = {
  merchantId: number
  posId: number
  sessionId: string
  amount: number
  currency: string
  description: string
  email: string
  country: string
  language: string
  urlReturn: string
  urlStatus?: string
  sign: string
}

export const checkRegister = (body: Record<string, unknown>, config: SimulatorConfig): Rejection | null => {
  if (!isInt(body.merchantId) || body.merchantId !== config.merchantId) return invalid('merchantId')
  if (!isInt(body.posId) || body.posId !== config.posId) return invalid('posId')
  if (!isStr(body.sessionId, 100)) return invalid('sessionId')
  if (!isInt(body.amount) || body.amount <= 0) return invalid('amount')
  if (typeof body.currency !== 'string' || !(CURRENCIES as readonly string[]).includes(body.currency)) return invalid('currency')
  if (!isStr(body.description, 1024)) return invalid('description')
  if (!isStr(body.email, 50) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) return invalid('email')
  if (typeof body.country !== 'string' || !/^[A-Z]{2}$/.test(body.country)) return invalid('country')
  if (typeof body.language !== 'string' || !(LANGUAGES as readonly string[]).includes(body.language)) return invalid('language')
  if (!isUrl(body.urlReturn)) return invalid('urlReturn')
  if (body.urlStatus !== undefined && !isUrl(body.urlStatus)) return invalid('urlStatus')
  const expected = registerSign({ sessionId: body.sessionId, merchantId: body.merchantId, amount: body.amount, currency: body.currency }, config.crc)
  if (!signsEqual(expected, body.sign)) return { status: 400, error: 'Incorrect sign' }
  return null
}

export type VerifyBody = { merchantId: number; posId: number; sessionId: string; amount: number; currency: string; orderId: number; sign: string }

export const checkVerifyShape = (body: Record<string, unknown>, config: SimulatorConfig): Rejection | null => {
  if (!isInt(body.merchantId) || body.merchantId !== config.merchantId) return invalid('merchantId')
  if (!isInt(body.posId) || body.posId !== config.posId) return invalid('posId')
  if (!isStr(body.sessionId, 100)) return invalid('sessionId')
  if (!isInt(body.amount) || body.amount <= 0) return invalid('amount')
  if (typeof body.currency !== 'string') return invalid('currency')
  if (!isInt(body.orderId)) return invalid('orderId')
  const expected = verifySign({ sessionId: body.sessionId, orderId: body.orderId, amount: body.amount, currency: body.currency }, config.crc)
  if (!signsEqual(expected, body.sign)) return { status: 400, error: 'Incorrect sign' }
  return null
}

export type RefundBody = {
  requestId: string
  refundsUuid: string
  urlStatus?: string
  refunds: { orderId: number; sessionId: string; amount: number; description?: string }[]
}

export const checkRefundShape = (body: Record<string, unknown>): Rejection | null => {
  if (!isStr(body.requestId, 45)) return invalid('requestId')
  if (!isStr(body.refundsUuid, 35)) return invalid('refundsUuid')
  if (body.urlStatus !== undefined && !isUrl(body.urlStatus)) return invalid('urlStatus')
  if (!Array.isArray(body.refunds) || body.refunds.length === 0) return invalid('refunds')
  for (const r of body.refunds as Record<string, unknown>[]) {
    if (!r || !isInt(r.orderId) || !isStr(r.sessionId, 100) || !isInt(r.amount) || r.amount <= 0) return invalid('refunds')
    if (r.description !== undefined && typeof r.description !== 'string') return invalid('refunds')
  }
  return null
}
