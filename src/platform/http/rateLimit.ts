/**
 * The platform's one rate limiter, for sign-in links, bookings and every other
 * public form:
 *
 *   const limiter = rateLimit({ name: 'booking.create', points: 10, durationSeconds: 3600 })
 *   const rate = await limiter.consume(req, hashIp(req, clientIp(req)))
 *   if (!rate.allowed) return tooManyRequests('Too many bookings.', rate.retryAfterSeconds)
 *
 * Each consume is one atomic write in the database (db/rateLimitStore.ts), so
 * parallel requests cannot all read the same count and all pass, and every app
 * process shares the limit. The window is fixed: it starts with the first
 * request for a key and lasts `durationSeconds`; refused requests count too.
 */
import type { PayloadRequest } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { RateLimiterRes } from 'rate-limiter-flexible'

import { rateLimitStore } from '../db/rateLimitStore'
import { jsonError } from './json'

/** A number, or a function read on every request (limits from the environment apply without a restart). */
export type LimitSetting = number | (() => number)

export type RateLimitOptions = {
  /** Names the counter, e.g. `booking.create`; keys of different limiters never meet. */
  name: string
  /** Requests allowed per key in one window. */
  points: LimitSetting
  /** The window's length. */
  durationSeconds: LimitSetting
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  readonly name: string
  /** Counts one request for `key` (an IP hash, an e-mail address, ...) and says whether it fits. */
  consume: (req: Pick<PayloadRequest, 'payload'>, key: string) => Promise<RateDecision>
  /**
   * Gives one counted request back, for limits on failures: consume before the attempt (so parallel
   * attempts cannot all pass), refund when it succeeded.
   */
  refund: (req: Pick<PayloadRequest, 'payload'>, key: string) => Promise<void>
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i

/** The setting's current value; a limit that is not a positive number is a programming or configuration error. */
export const resolveLimit = (setting: LimitSetting, what: string): number => {
  const value = typeof setting === 'function' ? setting() : setting
  if (!Number.isFinite(value) || value <= 0) throw new Error(`rate limit: ${what} must be a positive number (got ${value}).`)
  return value
}

/** The library's answer as the platform's decision; Retry-After is whole seconds, at least one. */
export const toDecision = (res: { remainingPoints: number; msBeforeNext: number }, allowed: boolean): RateDecision =>
  allowed ? { allowed: true, remaining: res.remainingPoints } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) }

export const rateLimit = ({ name, points, durationSeconds }: RateLimitOptions): RateLimiter => {
  if (!NAME.test(name)) throw new Error(`rate limit: name "${name}" must be 1-64 letters, digits, dots, dashes or underscores.`)
  const limiterFor = async (req: Pick<PayloadRequest, 'payload'>, key: string): Promise<RateLimiterAbstract> => {
    if (typeof key !== 'string' || !key) throw new Error(`rate limit ${name}: the key must be a non-empty string.`)
    const store = rateLimitStore(req.payload)
    await store.ready()
    return store.limiter({
      points: Math.max(1, Math.floor(resolveLimit(points, `${name} points`))),
      durationSeconds: resolveLimit(durationSeconds, `${name} durationSeconds`),
    })
  }
  return {
    name,
    refund: async (req, key) => {
      await (await limiterFor(req, key)).reward(`${name}:${key}`, 1)
    },
    consume: async (req, key) => {
      const limiter = await limiterFor(req, key)
      try {
        return toDecision(await limiter.consume(`${name}:${key}`), true)
      } catch (refusal) {
        // The library rejects with its result when the limit is exceeded, and with an Error when the store fails.
        if (refusal instanceof RateLimiterRes) return toDecision(refusal, false)
        throw refusal
      }
    },
  }
}

/** The platform's 429: `{ errors: [{ message }] }` with Retry-After in seconds. */
export const tooManyRequests = (message: string, retryAfterSeconds: number): Response => jsonError(message, 429, { 'Retry-After': String(retryAfterSeconds) })
