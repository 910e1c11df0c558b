/**
 * Who may do what with email templates: staff manage the defaults (and read
 * everything, for audit); a site owner reads the defaults and keeps their own
 * versions (overrides), which nobody else reads.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { APIError } from 'payload'

import { getSiteRoles, isStaffUser, sameId } from '../../../src/platform/access'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

const defaults: Where = { isDefault: { equals: true } }

export const readEmailTemplates: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  return { or: [defaults, { owner: { equals: req.user.id } }] }
}

/** Staff create defaults; a user who owns a site creates their own versions. */
export const createEmailTemplates: Access = async ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  return [...(await getSiteRoles(req)).values()].some(({ role }) => role === 'owner')
}

/** Staff change defaults only (owners' versions are theirs); owners change their own. */
export const changeEmailTemplates: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return defaults
  return { owner: { equals: req.user.id } }
}

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * `owner` is always the caller (a default has none): the hook sets it. Naming
 * someone else is refused (403) rather than silently replaced.
 */
export const ownerFieldAccess: FieldAccess = ({ req, siblingData }) => {
  const incoming = (siblingData as Record<string, unknown> | undefined)?.owner
  if (blank(incoming)) return false
  if (!isStaffUser(req.user) && sameId(incoming, req.user?.id)) return false
  throw new APIError(
    say(
      req,
      t(
        'You may not choose whose version this is: a version of a message belongs to whoever saves it.',
        'Nie możesz wskazać, czyja to wersja: wersja wiadomości należy do osoby, która ją zapisuje.',
      ),
    ),
    403,
  )
}

/** `isDefault` follows from who saves (staff: a default); asking for a default as an owner is refused. */
export const isDefaultFieldAccess: FieldAccess = ({ req, siblingData }) => {
  const incoming = (siblingData as Record<string, unknown> | undefined)?.isDefault
  if (incoming === true && !isStaffUser(req.user))
    throw new APIError(say(req, t('Only platform staff edit the default templates.', 'Domyślne szablony edytuje tylko obsługa platformy.')), 403)
  return false
}
