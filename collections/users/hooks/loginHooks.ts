import type { CollectionAfterLoginHook, CollectionBeforeLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { hashAsIfChecking, hasPassword, loginEmail, refundSignIn, throttleSignIn, type SignInAttempt } from '../../../src/platform/auth/passwordSignIn'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/** Deactivated accounts cannot sign in. */
export const refuseInactive: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user && user.isActive === false) throw new APIError(say(req, t('This account has been deactivated.', 'To konto zostało wyłączone.')), 403)
  return user
}

/** Keeps `lastLogin` true; written by the platform itself, so it bypasses field access. */
export const recordLastLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { lastLogin: new Date().toISOString() },
    overrideAccess: true, // the platform records the login; the field is read-only for everyone
    req,
    context: { skipAudit: true },
  })
  return user
}

const ATTEMPT = 'platform.signInAttempt'

const tooManySignIns = (req: PayloadRequest) =>
  req.i18n?.language === 'pl' ? 'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie później.' : 'Too many failed sign-in attempts. Try again later.'

/**
 * Password sign-in, REST and GraphQL alike (src/platform/auth/passwordSignIn.ts):
 * the throttle first (429 with Retry-After when over a limit, whether or not the
 * account exists), then, for an address with no account or no password, the
 * same password hash Payload computes for a real one, so the answer takes as
 * long. Payload's own lookup and "incorrect" answer follow unchanged.
 */
export const guardPasswordSignIn: CollectionBeforeOperationHook = async ({ operation, args, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = loginEmail(data?.email)
  const decision = await throttleSignIn({ req, email })
  if (!decision.allowed) {
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(decision.retryAfterSeconds))
    req.responseHeaders = headers // Payload's error answer carries these headers
    throw new APIError(tooManySignIns(req), 429)
  }
  req.context[ATTEMPT] = decision.attempt
  const password = data?.password
  if (email && typeof password === 'string' && password.trim()) {
    // The same lookup Payload makes next; trusted read of whether there is a password to check.
    const user = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
    if (!hasPassword(user)) await hashAsIfChecking(password)
  }
  return args
}

/** A successful sign-in gives its throttle counts back: only failures use the budget. */
export const refundSuccessfulSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = req.context[ATTEMPT] as SignInAttempt | undefined
  if (attempt) await refundSignIn(req, attempt)
  return user
}
