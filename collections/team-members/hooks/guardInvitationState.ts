import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { INVITATION_FLOW } from '../../../src/platform/auth/invitations'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/**
 * Through the API a manager may invite (status `pending`) and revoke; acceptance,
 * declining and expiry belong to the invitation flow itself (src/platform/auth/invitations.ts),
 * which runs as a trusted call without a user or marks its writes with `asInvitationFlow`.
 */
export const guardInvitationState: CollectionBeforeValidateHook = ({ req, data, originalDoc, operation }) => {
  if (!req.user || req.context[INVITATION_FLOW] === true || !data || !('invitationStatus' in data)) return data
  const next = data.invitationStatus
  const current = operation === 'update' ? originalDoc?.invitationStatus : undefined
  if (next === current) return data
  const allowed = operation === 'create' ? ['pending'] : ['revoked']
  if (!allowed.includes(next)) {
    throw new APIError(
      say(req, t(`Invitation status cannot be set to "${String(next)}" here.`, `Tutaj nie można ustawić stanu zaproszenia na „${String(next)}”.`)),
      403,
    )
  }
  return data
}
