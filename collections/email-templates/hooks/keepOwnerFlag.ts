/**
 * `users.hasOwnEmailTemplates` says, from the user object alone (the admin asks `admin.hidden` synchronously on
 * every page), whether the owner has any version of their own: the email-templates collection shows in their
 * admin only then. Recounted after each of their versions is created or deleted, in the same transaction, under
 * a lock per owner so that parallel creates and deletes leave the last word to whoever counted last.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { isStaffUser, relationId, type ID } from '../../../src/platform/access'
import { lockForTransaction } from '../../../src/platform/db/lock'
import { inTransaction } from '../../../src/platform/db/transaction'

export const OWN_TEMPLATES_FLAG = 'hasOwnEmailTemplates'

const flagLock = (ownerId: ID) => `email-templates:own-flag:${ownerId}`

export const syncOwnTemplatesFlag = async (req: PayloadRequest, ownerId: ID): Promise<boolean> =>
  inTransaction(req, async () => {
    await lockForTransaction(req, flagLock(ownerId))
    const { totalDocs } = await req.payload.count({
      collection: 'email-templates',
      where: { and: [{ owner: { equals: ownerId } }, { isDefault: { equals: false } }] },
      overrideAccess: true, // trusted: counting one owner's versions to keep their flag right
      req,
    })
    const has = totalDocs > 0
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { equals: ownerId } },
      limit: 1,
      depth: 0,
      select: { [OWN_TEMPLATES_FLAG]: true },
      overrideAccess: true, // trusted: the flag's current value, whoever triggered the change
      req,
    })
    const user = docs[0] as { hasOwnEmailTemplates?: boolean | null } | undefined
    if (user && Boolean(user.hasOwnEmailTemplates) !== has) {
      await req.payload.update({
        collection: 'users',
        id: ownerId,
        data: { [OWN_TEMPLATES_FLAG]: has },
        depth: 0,
        overrideAccess: true, // trusted: the flag is closed to every user; only this hook writes it
        req,
      })
    }
    return has
  })

/**
 * The lock is taken before the version is written, not only after: two transactions that each wrote a row first
 * and then waited for the lock deadlocked under parallel create and delete (each held what the other's update of
 * the user needed). An owner writes only their own versions, so the caller is the owner whose flag changes.
 */
const lockCallerFlag = async (req: PayloadRequest) => {
  if (req.user && !isStaffUser(req.user) && req.transactionID) await lockForTransaction(req, flagLock(req.user.id))
}

export const lockFlagBeforeCreate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation === 'create') await lockCallerFlag(req)
  return data
}

export const lockFlagBeforeDelete: CollectionBeforeDeleteHook = async ({ req }) => {
  await lockCallerFlag(req)
}

export const flagOwnerAfterCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const owner = relationId(doc.owner)
  if (operation === 'create' && !doc.isDefault && owner !== undefined) await syncOwnTemplatesFlag(req, owner)
  return doc
}

export const flagOwnerAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const owner = relationId(doc.owner)
  if (!doc.isDefault && owner !== undefined) await syncOwnTemplatesFlag(req, owner)
  return doc
}
