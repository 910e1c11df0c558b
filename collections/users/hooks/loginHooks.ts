import type { CollectionAfterLoginHook, CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

/** Deactivated accounts cannot sign in. */
export const refuseInactive: CollectionBeforeLoginHook = ({ user }) => {
  if (user && user.isActive === false) throw new APIError('This account has been deactivated.', 403)
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
