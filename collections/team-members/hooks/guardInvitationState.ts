import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { INVITATION_FLOW } from '../../../src/platform/auth/invitations'
import { requestLocale } from '../../../src/platform/i18n/requestLocale'
import { REFUSALS } from '../texts'

/**
 * The invitation's status is never written by hand: through the API (REST, GraphQL, the admin form) a member is
 * only created as `pending`, and any later change is refused (403). Sending again, revoking, accepting,
 * declining and expiry belong to the invitation flow (endpoints/invitationActions.ts, src/platform/auth/invitations.ts),
 * which runs as a trusted call without a user or marks its writes with `asInvitationFlow`.
 * Sending the stored status back unchanged (as the admin form does) is not a change.
 */
export const guardInvitationState: CollectionBeforeValidateHook = ({ req, data, originalDoc, operation }) => {
  if (!req.user || req.context[INVITATION_FLOW] === true || !data || !('invitationStatus' in data)) return data
  const next = data.invitationStatus
  const current = operation === 'update' ? originalDoc?.invitationStatus : undefined
  if (next === current || (operation === 'create' && (next === 'pending' || next === undefined))) return data
  throw new APIError(REFUSALS.status[requestLocale(req)], 403)
}
