/**
 * Access for Payload's edit locks (`payload-locked-documents`). Payload gives
 * the collection "any signed-in user" on every operation, so anyone could lock
 * any tenant's document (its owner then gets 423 on save), remove others'
 * locks, take a lock in someone else's name, and list who edits what. Here a
 * lock follows the document it locks:
 * - read: locks on documents (and globals) the caller may read;
 * - create and update: only on what the caller may update, and only in the
 *   caller's own name (the admin's "take over" is an update to the caller);
 * - delete: the caller's own locks, and locks on what the caller may update
 *   (the admin removes a lock it took over; anyone who may save the document
 *   could end the lock by saving anyway).
 * Payload's own locking code (form state, save checks) writes through the
 * database adapter and is not affected.
 */
import type { Access, CollectionBeforeValidateHook, PayloadRequest, Where } from 'payload'

import { Forbidden } from 'payload'

import { sameId, type ID } from './ids'
import { lockTargetOf, namesUser, type LockTarget } from './lockTarget'
import { NOTHING } from './siteScoped'

export const LOCKS_COLLECTION = 'payload-locked-documents'

type Operation = 'read' | 'update'
type Caller = { collection: string; id: ID }

const callerOf = (req: PayloadRequest): Caller | undefined => (req.user ? { collection: req.user.collection, id: req.user.id } : undefined)

/** Which of `ids` in `collection` the caller may `operation`, by the collection's own access (a `Where` is matched in the database). */
export const permittedIds = async ({
  req,
  collection,
  ids,
  operation,
}: {
  req: PayloadRequest
  collection: string
  ids: ID[]
  operation: Operation
}): Promise<ID[]> => {
  const config = req.payload.collections[collection as 'users']?.config
  const access = config?.access?.[operation]
  if (!ids.length || !config || config.lockDocuments === false || typeof access !== 'function') return []
  const result = await access({ req })
  if (!result) return []
  const where: Where = result === true ? { id: { in: ids } } : { and: [{ id: { in: ids } }, result] }
  const found = await req.payload.find({ collection: collection as 'users', where, depth: 0, pagination: false, overrideAccess: true, req }) // trusted: the collection's own access was applied above, as the caller
  return found.docs.map((doc) => doc.id)
}

const mayGlobal = async (req: PayloadRequest, slug: string, operation: Operation) => {
  const access = req.payload.config.globals.find((global) => global.slug === slug)?.access?.[operation]
  return typeof access === 'function' && (await access({ req })) === true
}

/** Whether the caller may `operation` the locked document or global. */
export const mayOnTarget = async (req: PayloadRequest, target: LockTarget, operation: Operation): Promise<boolean> =>
  'global' in target
    ? mayGlobal(req, target.global, operation)
    : (await permittedIds({ req, collection: target.collection, ids: [target.id], operation })).length === 1

/**
 * The locks whose target the caller may `operation`, as a `Where` on the lock
 * ids. Locks are few (one per document open in an editor), so they are read
 * whole and checked per collection; the answer is kept for the request, as
 * the admin asks for it several times per page.
 */
const permittedLocks = async (req: PayloadRequest, operation: Operation): Promise<Where> => {
  const { docs } = await req.payload.find({ collection: LOCKS_COLLECTION as 'users', depth: 0, pagination: false, overrideAccess: true, req }) // trusted: every lock is read to decide which of them this caller may see
  const byCollection = new Map<string, { lockId: ID; id: ID }[]>()
  const allowed: ID[] = []
  for (const lock of docs as unknown as ({ id: ID } & Record<string, unknown>)[]) {
    const target = lockTargetOf(lock)
    if (!target) continue
    if ('global' in target) {
      if (await mayGlobal(req, target.global, operation)) allowed.push(lock.id)
      continue
    }
    byCollection.set(target.collection, [...(byCollection.get(target.collection) ?? []), { lockId: lock.id, id: target.id }])
  }
  for (const [collection, locks] of byCollection) {
    const ids = await permittedIds({ req, collection, ids: locks.map((lock) => lock.id), operation })
    for (const lock of locks) if (ids.some((id) => sameId(id, lock.id))) allowed.push(lock.lockId)
  }
  return allowed.length ? { id: { in: allowed } } : NOTHING
}

const memo = new WeakMap<PayloadRequest, Map<Operation, Promise<Where>>>()
const permittedLocksOnce = (req: PayloadRequest, operation: Operation): Promise<Where> => {
  const cached = memo.get(req) ?? new Map<Operation, Promise<Where>>()
  memo.set(req, cached)
  let where = cached.get(operation)
  if (!where) {
    where = permittedLocks(req, operation)
    cached.set(operation, where)
  }
  return where
}

export const readLocks: Access = async ({ req }) => (req.user ? permittedLocksOnce(req, 'read') : false)

/** Without data (the admin asking whether to show "Create") any signed-in user; with data, the checks of the hook below. */
export const createLocks: Access = async ({ req, data }) => {
  const caller = callerOf(req)
  if (!caller) return false
  if (data === undefined) return true
  if (data.user !== undefined && data.user !== null && !namesUser(data.user, caller)) return false
  const target = lockTargetOf(data)
  return Boolean(target && (await mayOnTarget(req, target, 'update')))
}

export const updateLocks: Access = async ({ req }) => (req.user ? permittedLocksOnce(req, 'update') : false)

export const deleteLocks: Access = async ({ req }) => {
  const caller = callerOf(req)
  if (!caller) return false
  const own: Where = { and: [{ 'user.relationTo': { equals: caller.collection } }, { 'user.value': { equals: caller.id } }] }
  return { or: [own, await permittedLocksOnce(req, 'update')] }
}

/**
 * Every lock written for a user is held in that user's name and on something
 * that user may update, whatever the request names: covers an update that
 * moves a lock to another document or hands it to someone else, which the
 * update access (decided on the lock as stored) cannot see. Calls without a
 * user are Payload's or the platform's own.
 */
export const lockInCallersName: CollectionBeforeValidateHook = async ({ req, data, originalDoc }) => {
  const caller = callerOf(req)
  if (!caller || !data) return data
  const user = data.user ?? originalDoc?.user
  if (user !== undefined && user !== null && !namesUser(user, caller)) throw new Forbidden(req.t)
  const target = lockTargetOf({ ...originalDoc, ...data })
  if (!target || !(await mayOnTarget(req, target, 'update'))) throw new Forbidden(req.t)
  return { ...data, user: { relationTo: caller.collection, value: caller.id } }
}
