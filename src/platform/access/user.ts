import type { Access, FieldAccess, PayloadRequest } from 'payload'

type MaybeUser = PayloadRequest['user'] | null | undefined

export const isStaffUser = (user: MaybeUser): boolean => Boolean(user && user.collection === 'users' && (user as { isStaff?: boolean }).isStaff)

export const anyone: Access = () => true
export const nobody: Access = () => false
export const loggedIn: Access = ({ req }) => Boolean(req.user)
export const staffOnly: Access = ({ req }) => isStaffUser(req.user)
export const staffOnlyField: FieldAccess = ({ req }) => isStaffUser(req.user)
export const nobodyField: FieldAccess = () => false

/** Staff see everything; others only documents whose `field` points at themselves. */
export const staffOrOwnRecords =
  (field: string): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isStaffUser(req.user)) return true
    return { [field]: { equals: req.user.id } }
  }

/** Only documents whose `field` points at the caller; staff get no exception. */
export const ownRecords =
  (field: string): Access =>
  ({ req }) =>
    req.user ? { [field]: { equals: req.user.id } } : false
