import type { Access, CollectionBeforeValidateHook, Where } from 'payload'

import { isStaffUser } from '../../../src/platform/access'

/** Everyone signed in sees the system templates and their own; staff see all. */
export const readTemplates: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  const visible: Where = { or: [{ isSystem: { equals: true } }, { owner: { equals: req.user.id } }] }
  return visible
}

/** Staff manage system templates; owners manage their own. */
export const writeTemplates: Access = ({ req }) => {
  if (!req.user) return false
  const own: Where = isStaffUser(req.user) ? { isSystem: { equals: true } } : { and: [{ owner: { equals: req.user.id } }, { isSystem: { not_equals: true } }] }
  return own
}

/** A template belongs to its creator; only staff make system templates, and theirs always are. */
export const stampTemplateOwner: CollectionBeforeValidateHook = ({ req, data, operation }) => {
  if (!req.user || !data) return data
  const isStaff = isStaffUser(req.user)
  if (operation === 'create') return { ...data, owner: req.user.id, isSystem: isStaff }
  return { ...data, isSystem: isStaff }
}
