/**
 * Password sign-in that tells nobody which accounts exist and locks nobody out.
 *
 * Payload's lockout (maxLoginAttempts) locked the account itself: ten wrong
 * passwords from anywhere locked out its real owner, staff included, and the
 * "locked" message told an attacker the account exists. So did the time: an
 * existing account costs a password hash (PBKDF2, ~0.3-1 s), an unknown one a
 * single query. Instead:
 * - a throttle counts failed sign-ins per client IP and per account from that
 *   IP (one atomic count each, shared by every app process); over either
 *   limit: 429 with Retry-After, the same for known and unknown accounts. The
 *   owner signing in from another network is never affected;
 * - an unknown account, or one with no stored hash, costs
 *   the same hash as a real one, and Payload answers "incorrect" for both.
 */
import type { PayloadRequest } from 'payload'

import { createHmac, pbkdf2, timingSafeEqual } from 'node:crypto'

import { clientIp, hashIp } from '../http/clientIp'
import { rateLimit } from '../http/rateLimit'
import { readAuthSettings } from './settings'

/** The address as Payload's login looks it up (lowercased, trimmed); undefined when there is none to look up. */
export const loginEmail = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const email = value.toLowerCase().trim()
  return email || undefined
}

/** The throttle's keys: the IP's keyed hash, and the account's keyed hash with it (no address is stored). */
export const signInKeys = ({ secret, ipHash, email }: { secret: string; ipHash: string; email: string | undefined }) => ({
  ip: ipHash,
  accountIp: email ? `${createHmac('sha256', secret).update(`account:${email}`).digest('hex')}:${ipHash}` : undefined,
})

const rate = (per: 'loginRatePerIp' | 'loginRatePerAccountIp') => ({
  points: () => readAuthSettings()[per],
  durationSeconds: () => readAuthSettings().loginRateWindowMs / 1000,
})
/** LOGIN_RATE_PER_IP and LOGIN_RATE_PER_ACCOUNT_IP failed sign-ins per LOGIN_RATE_WINDOW_MINUTES. */
const perIp = rateLimit({ name: 'login.ip', ...rate('loginRatePerIp') })
const perAccountIp = rateLimit({ name: 'login.account-ip', ...rate('loginRatePerAccountIp') })

export type SignInAttempt = { ip: string; accountIp?: string }

/**
 * Counts one sign-in attempt before it runs, so parallel attempts cannot all
 * pass; refundSignIn gives the counts back when it succeeds, so only failures
 * use the budget. The IP is counted first: an attempt refused for its network
 * does not also use up the account's budget from it.
 */
export const throttleSignIn = async ({
  req,
  email,
}: {
  req: PayloadRequest
  email: string | undefined
}): Promise<{ allowed: true; attempt: SignInAttempt } | { allowed: false; retryAfterSeconds: number }> => {
  const keys = signInKeys({ secret: req.payload.secret, ipHash: hashIp(req, clientIp(req)), email })
  const byIp = await perIp.consume(req, keys.ip)
  if (!byIp.allowed) return byIp
  if (keys.accountIp) {
    const byAccount = await perAccountIp.consume(req, keys.accountIp)
    if (!byAccount.allowed) return byAccount
  }
  return { allowed: true, attempt: keys }
}

export const refundSignIn = async (req: PayloadRequest, attempt: SignInAttempt) => {
  await perIp.refund(req, attempt.ip)
  if (attempt.accountIp) await perAccountIp.refund(req, attempt.accountIp)
}

/**
 * Payload's current password hash (auth/strategies/local/generatePasswordSaltHash.js:
 * PBKDF2-SHA256, 600,000 iterations, 32 bytes). If Payload changes it, the timing
 * test (test/auth/passwordSignIn.test.ts) fails and these follow.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = 'platform-no-such-account'
const DUMMY_HASH = Buffer.alloc(KEY_LENGTH)

/** The work of checking a password against a stored hash, for an account that has none; always false. */
export const hashAsIfChecking = (password: string): Promise<false> =>
  new Promise((resolve) => {
    pbkdf2(password, DUMMY_SALT, ITERATIONS, KEY_LENGTH, 'sha256', (error, derived) => {
      // The comparison too, so the two paths do the same steps; its answer does not matter.
      if (!error) timingSafeEqual(derived, DUMMY_HASH)
      resolve(false)
    })
  })

/** Whether Payload will hash the password for this stored account (it does only when there is a hash and a salt). */
export const hasPassword = (user: unknown): boolean => {
  const { hash, salt } = (user ?? {}) as { hash?: unknown; salt?: unknown }
  return typeof hash === 'string' && typeof salt === 'string'
}
