import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Deactivating an account signs it out everywhere. refuseInactive only stops
 * new sign-ins; without this a session opened before the deactivation would
 * keep working until its token expires (a week). Payload checks every token's
 * session id against `sessions`, so emptying it ends them all.
 */
export const endSessionsOnDeactivation: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || data.isActive !== false || originalDoc?.isActive === false) return data
  return { ...data, sessions: [] }
}
