/**
 * The OVH API v1 client: signs each call as OVH documents (signature.ts) with OVH's clock, taken from
 * `GET /auth/time` once per endpoint and cached (an hour; again at once when OVH says the time is off), gives
 * each call `timeoutMs`, and turns every failure into an OvhError (errors.ts).
 */
import type { OvhConfig } from './config'
import { OvhError } from './errors'
import type { OvhRequest } from './requests'
import { ovhRequests } from './requests'
import { ovhSignature } from './signature'

export type OvhClientOptions = {
  fetch?: typeof fetch
  /** Local clock in ms (tests). */
  now?: () => number
}

export type OvhClient = {
  /** Sends one call and resolves to OVH's JSON answer (null for an empty one). */
  send: <Result>(request: OvhRequest<Result>) => Promise<Result>
  /** Seconds to add to the local clock to get OVH's. */
  timeOffset: () => Promise<number>
}

const TIME_TTL_MS = 60 * 60_000
const offsets = new Map<string, { offset: number; at: number }>()

/** Forgets every cached clock offset (tests that change a fake's clock). */
export const forgetOvhTimeOffsets = () => offsets.clear()

/** JSON as OVH's own clients send it: non-ASCII characters as \u escapes, so the signed text is plain ASCII. */
export const ovhJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

export type HttpRequest = { url: string; method: string; headers: Record<string, string>; body?: string }

/** The HTTP request for a call at OVH's `timestamp`: the full URL, the body and the auth headers (pure). */
export const buildHttpRequest = (
  config: Pick<OvhConfig, 'endpoint' | 'applicationKey' | 'applicationSecret' | 'consumerKey'>,
  request: OvhRequest<unknown>,
  timestamp: number,
): HttpRequest => {
  const url = new URL(config.endpoint + request.path)
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value)
  const body = request.body === undefined ? '' : ovhJson(request.body)
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body) headers['content-type'] = 'application/json'
  if (request.auth !== 'none') headers['X-Ovh-Application'] = config.applicationKey
  if (request.auth === 'signed') {
    headers['X-Ovh-Consumer'] = config.consumerKey
    headers['X-Ovh-Timestamp'] = String(timestamp)
    headers['X-Ovh-Signature'] = ovhSignature({
      applicationSecret: config.applicationSecret,
      consumerKey: config.consumerKey,
      method: request.method,
      url: url.href,
      body,
      timestamp,
    })
  }
  return { url: url.href, method: request.method, headers, ...(body ? { body } : {}) }
}

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  if (!text) return { ok: true, value: null }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

export const createOvhClient = (config: OvhConfig, options: OvhClientOptions = {}): OvhClient => {
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now

  const exchange = async <Result>(request: OvhRequest<Result>, timestamp: number): Promise<Result> => {
    const call = `${request.method} ${request.rule}`
    const http = buildHttpRequest(config, request, timestamp)
    let response: Response
    let text: string
    try {
      response = await doFetch(http.url, { method: http.method, headers: http.headers, body: http.body, signal: AbortSignal.timeout(config.timeoutMs) })
      text = await response.text()
    } catch (error) {
      const name = (error as Error).name
      if (name === 'TimeoutError' || name === 'AbortError')
        throw new OvhError({ status: 0, ovhMessage: `no answer within ${config.timeoutMs} ms`, call, timeoutMs: config.timeoutMs }, 'timeout')
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      throw new OvhError({ status: 0, ovhMessage: cause?.code ?? cause?.message ?? (error as Error).message, call }, 'network')
    }
    const queryId = response.headers.get('x-ovh-queryid') ?? undefined
    const parsed = parse(text)
    if (response.ok) {
      if (!parsed.ok) throw new OvhError({ status: response.status, ovhMessage: 'the answer is not JSON', call, queryId }, 'invalid-response')
      return parsed.value as Result
    }
    const body = (parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value : {}) as { errorCode?: unknown; message?: unknown }
    throw new OvhError({
      status: response.status,
      errorCode: typeof body.errorCode === 'string' ? body.errorCode : undefined,
      ovhMessage: typeof body.message === 'string' ? body.message : `HTTP ${response.status}`,
      call,
      queryId,
    })
  }

  const timeOffset = async (): Promise<number> => {
    const cached = offsets.get(config.endpoint)
    if (cached && now() - cached.at < TIME_TTL_MS) return cached.offset
    const serverTime = await exchange(ovhRequests.time(), 0)
    if (typeof serverTime !== 'number' || !Number.isFinite(serverTime))
      throw new OvhError({ status: 200, ovhMessage: 'the time is not a number', call: 'GET /auth/time' }, 'invalid-response')
    const offset = serverTime - Math.round(now() / 1000)
    offsets.set(config.endpoint, { offset, at: now() })
    return offset
  }

  const send = async <Result>(request: OvhRequest<Result>): Promise<Result> => {
    if (request.auth !== 'signed') return exchange(request, 0)
    const timestamp = async () => Math.round(now() / 1000) + (await timeOffset())
    try {
      return await exchange(request, await timestamp())
    } catch (error) {
      // OVH's clock moved away from the cached offset (or ours jumped): take the time again and try once more.
      if (!(error instanceof OvhError) || error.kind !== 'time') throw error
      offsets.delete(config.endpoint)
      return exchange(request, await timestamp())
    }
  }

  return { send, timeOffset }
}
