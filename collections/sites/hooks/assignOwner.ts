import type { CollectionBeforeValidateHook } from 'payload'

/**
 * A new site belongs to whoever creates it; the owner field is never taken from
 * the request body of a signed-in user. Trusted calls (seeds) pass an owner.
 */
export const assignOwner: CollectionBeforeValidateHook = ({ req, data, operation }) => {
  if (operation === 'create' && req.user) return { ...data, owner: req.user.id }
  return data
}
