import type { Access } from 'payload'

import { isStaffUser } from '../../../src/platform/access'

/** A user edits their own account; staff may edit any (and every staff write is audited). */
export const updateUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
