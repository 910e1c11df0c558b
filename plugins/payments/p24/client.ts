/**
 * A typed client of P24's REST API v1. Every call uses HTTP Basic auth posId:apiKey; bodies are JSON.
 * P24 answers `{ data, responseCode: 0 }` on success and `{ error, code }` on failure
 * (`error` is a message, or for refunds an array of per-item results).
 */
import { registerSign, verifySign } from './sign'
import type { P24Config, P24Transaction, RefundInput, RefundItemResult, RegisterInput, VerifyInput } from './types'

export class P24Error extends Error {
  constructor(
    message: string,
    /** HTTP status of P24's answer (0 when P24 could not be reached). */
    readonly status: number,
    readonly code?: number | string,
    /** Per-item results of a rejected refund. */
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'P24Error'
  }
}

export type P24ClientOptions = P24Config & { fetch?: typeof fetch }

export type P24Client = ReturnType<typeof createP24Client>

const messageOf = (body: unknown, status: number): { message: string; code?: number | string; details?: unknown } => {
  if (body && typeof body === 'object' && 'error' in body) {
    const { error, code } = body as { error: unknown; code?: number | string }
    if (typeof error === 'string') return { message: error, code }
    if (Array.isArray(error)) {
      const messages = error.map((e) => (e && typeof e === 'object' && 'message' in e ? String(e.message) : '')).filter(Boolean)
      return { message: messages.join('; ') || `P24 error ${status}`, code, details: error }
    }
  }
  return { message: `P24 answered HTTP ${status}` }
}

export const createP24Client = (options: P24ClientOptions) => {
  const { baseUrl, merchantId, posId, apiKey, crc } = options
  const doFetch = options.fetch ?? fetch
  const auth = 'Basic ' + Buffer.from(`${posId}:${apiKey}`).toString('base64')
  const origin = baseUrl.replace(/\/+$/, '')

  const call = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> => {
    let res: Response
    try {
      res = await doFetch(origin + path, {
        method,
        headers: { authorization: auth, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
    } catch (err) {
      throw new P24Error(`P24 unreachable: ${(err as Error).message}`, 0)
    }
    const text = await res.text()
    let parsed: unknown = undefined
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // P24's gateway sometimes answers HTML on 5xx; the status says enough then.
    }
    if (!res.ok || (parsed && typeof parsed === 'object' && 'error' in parsed && !('data' in parsed))) {
      const { message, code, details } = messageOf(parsed, res.status)
      throw new P24Error(message, res.status, code, details)
    }
    return { status: res.status, data: (parsed as { data: T } | undefined)?.data as T }
  }

  return {
    /** Registers a transaction; the payer is then sent to `redirectUrl`. */
    register: async (input: RegisterInput): Promise<{ token: string; redirectUrl: string }> => {
      const sign = registerSign({ sessionId: input.sessionId, merchantId, amount: input.amount, currency: input.currency }, crc)
      const body = { merchantId, posId, ...input, country: input.country ?? 'PL', language: input.language ?? 'pl', sign }
      const { data } = await call<{ token?: string }>('POST', '/api/v1/transaction/register', body)
      if (!data?.token) throw new P24Error('P24 register answered without a token', 200)
      return { token: data.token, redirectUrl: `${origin}/trnRequest/${encodeURIComponent(data.token)}` }
    },

    /** Confirms a notified payment; until P24 answers success the money is not the shop's. */
    verify: async (input: VerifyInput): Promise<void> => {
      const sign = verifySign(input, crc)
      const { data } = await call<{ status?: string }>('PUT', '/api/v1/transaction/verify', { merchantId, posId, ...input, sign })
      if (data?.status !== 'success') throw new P24Error(`P24 verify did not succeed (${JSON.stringify(data)})`, 200)
    },

    /** The transaction as P24 sees it; null when P24 does not know the session. */
    bySessionId: async (sessionId: string): Promise<P24Transaction | null> => {
      try {
        const { data } = await call<P24Transaction>('GET', `/api/v1/transaction/by/sessionId/${encodeURIComponent(sessionId)}`)
        return data ?? null
      } catch (err) {
        if (err instanceof P24Error && err.status === 404) return null
        throw err
      }
    },

    /** Asks for refunds; requestId must be unique per request (P24 rejects a repeated one). */
    refund: async (input: RefundInput): Promise<RefundItemResult[]> => {
      const { data } = await call<RefundItemResult[]>('POST', '/api/v1/transaction/refund', input)
      return data ?? []
    },
  }
}
