import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

/**
 * Through the API a manager may invite (status `pending`) and revoke; acceptance,
 * declining and expiry belong to the invitation flow itself, which runs as a
 * trusted call without a user.
 */
export const guardInvitationState: CollectionBeforeValidateHook = ({ req, data, originalDoc, operation }) => {
  if (!req.user || !data || !('invitationStatus' in data)) return data
  const next = data.invitationStatus
  const current = operation === 'update' ? originalDoc?.invitationStatus : undefined
  if (next === current) return data
  const allowed = operation === 'create' ? ['pending'] : ['revoked']
  if (!allowed.includes(next)) {
    throw new APIError(`Invitation status cannot be set to "${String(next)}" here.`, 403)
  }
  return data
}
