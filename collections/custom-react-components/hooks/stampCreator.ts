import type { CollectionBeforeChangeHook } from 'payload'

/** `createdBy` is the signed-in user who created the component (trusted calls without a user may name one). */
export const stampCreator: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation !== 'create' || !req.user) return data
  return { ...data, createdBy: req.user.id }
}
