/**
 * The platform's one rule for e-mail addresses, for every form and endpoint
 * that takes one (sign-in links, invitations, bookings, later public forms).
 * Addresses are compared case-insensitively everywhere, so they are trimmed
 * and lower-cased; the pattern is the one Payload's `email` fields check, so
 * an address accepted here is always storable, and an endpoint can answer a
 * clear 400 before any write instead of a field validation error.
 */
import type { FieldHook } from 'payload'

import { z } from 'zod'

/** Longest address SMTP can carry (RFC 5321: a 256-octet path minus the angle brackets). */
export const EMAIL_MAX_LENGTH = 254

// Payload's field rule (payload/dist/fields/validations.js `email`): no quotes, spaces or `..`, a dotted domain with a TLD.
const EMAIL_PATTERN =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** A trimmed, lower-cased, plausible address (the mail server is the real judge). */
export const emailSchema = z.string().trim().toLowerCase().max(EMAIL_MAX_LENGTH).regex(EMAIL_PATTERN)

/** The normalized address, or undefined for anything that is not one. */
export const parseEmail = (value: unknown): string | undefined => {
  const parsed = emailSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/** Field hook: stores addresses the way parseEmail returns them (validation stays with the field's own `email` type). */
export const normalizeEmail: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)
