import type { CollectionAfterOperationHook } from 'payload'

import { isStaffUser } from '../../../src/platform/access'
import { AUDIT_COLLECTION } from '../../../src/platform/audit/staffAudit'

/**
 * Unlocking an account (only staff may) writes through the database adapter,
 * past the collection hooks the staff audit listens to. It is a staff write all
 * the same, so it is logged here, in the staff audit's own format.
 */
export const auditUnlock: CollectionAfterOperationHook<'users'> = async ({ operation, args, req, result }) => {
  if (operation !== 'unlock' || !result || !req.user || !isStaffUser(req.user)) return result
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  const target = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req }) // The audit needs the account's id; the caller (staff) was allowed to unlock it.
  const targetId = String(target.docs[0]?.id ?? email)
  await req.payload.create({
    collection: AUDIT_COLLECTION,
    data: {
      actor: req.user.id,
      operation: 'update',
      targetCollection: 'users',
      targetId,
      summary: `${req.user.email} unlocked users ${targetId}`,
      changedFields: ['loginAttempts', 'lockUntil'],
    },
    overrideAccess: true, // the log is written by the platform, never by the user it records
    req,
  })
  return result
}
