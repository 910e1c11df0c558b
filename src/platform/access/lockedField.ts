/**
 * Field access for values that carry privilege or ownership (isStaff, a
 * record's owner, a team member's linked account).
 *
 * Payload answers a write to a field the caller may not write by silently
 * dropping the value and keeping the stored one, so a forged request gets a
 * 200 and looks as if it had worked. For these fields an attempt to set or
 * change the value is refused with a 403 instead. Sending nothing, or the
 * stored value back unchanged (as the admin form does), is not an attempt.
 *
 * Only the write path passes `siblingData`; permission checks (the admin
 * asking what to show) get a plain `false`. Trusted calls with
 * `overrideAccess: true` never reach field access.
 */
import type { FieldAccess } from 'payload'

import { APIError } from 'payload'

import { sameId } from './ids'
import { nobodyField } from './user'
import { say } from '../i18n/requestLocale'
import { t } from '../i18n/labels'

const blank = (value: unknown) => value === undefined || value === null || value === ''

const unchanged = (incoming: unknown, stored: unknown) =>
  (blank(incoming) && blank(stored)) || sameId(incoming, stored) || JSON.stringify(incoming) === JSON.stringify(stored)

export const lockedField =
  (name: string, mayWrite: FieldAccess = nobodyField): FieldAccess =>
  async (args) => {
    if (await mayWrite(args)) return true
    const incoming = (args.siblingData as Record<string, unknown> | undefined)?.[name]
    if (incoming === undefined) return false
    const stored = (args.doc as Record<string, unknown> | undefined)?.[name]
    if (unchanged(incoming, stored)) return false
    throw new APIError(say(args.req, t(`You may not set "${name}".`, `Nie możesz ustawić pola „${name}”.`)), 403)
  }
