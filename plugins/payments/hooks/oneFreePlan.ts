import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { lockForTransaction, say, t } from '@platform'
import { PLANS } from '../types'

/** Serializes changes to the free flag across processes, so two concurrent "make free" saves cannot both win. */
const lockFreeFlag = async (req: Parameters<CollectionBeforeChangeHook>[0]['req']) => {
  if (req.transactionID) await lockForTransaction(req, 'payments.free-plan')
}

/**
 * Exactly one free plan: the one every user falls back to when a paid plan ends. A free plan costs nothing and
 * stays active; it stops being free only by another plan becoming free (see moveFreeFlag).
 */
export const checkFreePlan: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation, context }) => {
  if (context.movingFreeFlag) return data
  const isFree = data.isFree ?? originalDoc?.isFree ?? false
  if (isFree) {
    await lockFreeFlag(req)
    const monthly = data.monthlyPrice ?? originalDoc?.monthlyPrice
    const yearly = data.yearlyPrice ?? originalDoc?.yearlyPrice
    if (monthly || yearly)
      throw new APIError(say(req, t('The free plan costs nothing: set both prices to 0.', 'Darmowy plan nic nie kosztuje: ustaw obie ceny na 0.')), 400)
    if ((data.isActive ?? originalDoc?.isActive) === false)
      throw new APIError(
        say(req, t('The free plan stays active: users fall back to it.', 'Darmowy plan musi pozostać aktywny: wracają do niego użytkownicy.')),
        400,
      )
    return data
  }
  if (operation === 'update' && originalDoc?.isFree) {
    throw new APIError(
      say(
        req,
        t(
          'There must be one free plan: make another plan free instead of unsetting this one.',
          'Musi istnieć jeden darmowy plan: zamiast go wyłączać, ustaw inny plan jako darmowy.',
        ),
      ),
      400,
    )
  }
  if (operation === 'create') {
    // The first plan ever is the free one, so the fallback exists from the start.
    await lockFreeFlag(req)
    const free = await req.payload.count({ collection: PLANS, where: { isFree: { equals: true } }, overrideAccess: true, req }) // trusted: the hook counts every plan, whoever saves
    if (!free.totalDocs)
      throw new APIError(
        say(req, t('The first plan must be the free one (users fall back to it).', 'Pierwszy plan musi być darmowy (wracają do niego użytkownicy).')),
        400,
      )
  }
  return data
}

/** The plan just made free takes the flag from the previous one, in the same transaction (trusted bookkeeping). */
export const moveFreeFlag: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
  if (!doc.isFree || (operation === 'update' && previousDoc?.isFree)) return doc
  await req.payload.update({
    collection: PLANS,
    where: { and: [{ isFree: { equals: true } }, { id: { not_equals: doc.id } }] },
    data: { isFree: false },
    overrideAccess: true, // trusted: staff made another plan free; this moves the flag off the old one
    // The hook above would refuse unsetting a free plan: this is the move it asks for.
    context: { movingFreeFlag: true },
    req,
  })
  return doc
}

/** Deleting the free plan would leave users with nothing to fall back to. */
export const keepFreePlan: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const plan = await req.payload.findByID({ collection: PLANS, id, depth: 0, overrideAccess: true, req, disableErrors: true }) // trusted: whether the plan being deleted is the free one
  if (plan?.isFree)
    throw new APIError(
      say(req, t('The free plan cannot be deleted: make another plan free first.', 'Nie można usunąć darmowego planu: najpierw ustaw inny plan jako darmowy.')),
      400,
    )
}
