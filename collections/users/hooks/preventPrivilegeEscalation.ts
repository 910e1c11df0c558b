import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { isStaffUser } from '../../../src/platform/access'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

const STAFF_ONLY_FIELDS = ['isStaff', 'isActive'] as const

/**
 * Only staff may make someone staff or (de)activate an account. Over the API
 * the fields' access (lockedField) already answers an attempt with a 403; this
 * hook covers Local API calls that carry a non-staff user but skip field access
 * (`overrideAccess: true`, the Local API default). Calls without a user are
 * trusted (seeds, scripts).
 */
export const preventPrivilegeEscalation: CollectionBeforeValidateHook = ({ req, data, originalDoc, operation }) => {
  if (!req.user || isStaffUser(req.user) || !data) return data
  for (const field of STAFF_ONLY_FIELDS) {
    if (!(field in data)) continue
    const current = operation === 'update' ? originalDoc?.[field] : field === 'isActive' ? true : false
    if (Boolean(data[field]) !== Boolean(current)) {
      throw new APIError(say(req, t(`Only platform staff may change "${field}".`, `Pole „${field}” może zmienić tylko obsługa platformy.`)), 403)
    }
  }
  return data
}
