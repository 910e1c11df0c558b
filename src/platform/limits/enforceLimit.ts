/**
 * Plan limits, enforced where things are created: `await enforceLimit(req, { ownerId, limit, count })` in a
 * create hook (or an endpoint's transaction) before the new item is written. Without a provider (no plugin sells
 * plans) everything is allowed. Nothing existing is ever touched: only the new item is refused.
 */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ID } from '../access/ids'
import { lockForTransaction } from '../db/lock'
import { requestLocale } from '../i18n/requestLocale'
import { getRegistry } from '../plugins/registry'
import type { PlanLimitName } from './types'

export type EnforceLimitArgs = {
  /** Whose plan decides: the site's owner for anything on a site. */
  ownerId: ID | null | undefined
  limit: PlanLimitName
  /**
   * How many there are now, counted with `req` (inside the transaction, after the lock). Leave it out for an
   * on/off feature (`customDomain`).
   */
  count?: () => Promise<number>
}

/** The plugin that provides plan limits, if any. */
export const planLimitsProvider = (req: PayloadRequest) => getRegistry(req.payload.config).planLimits[0]?.provider

/**
 * Throws a 403 APIError with the provider's message in the request's language when one more would exceed the
 * owner's plan. The lock `limit:<limit>:<ownerId>` is held until the create's transaction ends, so parallel
 * creates for one owner count one after another and cannot pass the limit together.
 */
export const enforceLimit = async (req: PayloadRequest, { ownerId, limit, count }: EnforceLimitArgs): Promise<void> => {
  const provider = planLimitsProvider(req)
  if (!provider || ownerId === null || ownerId === undefined) return
  // Payload's create runs in a transaction (PostgreSQL); without one (a MongoDB without replica set) there is nothing to lock on.
  if (req.transactionID) await lockForTransaction(req, `limit:${limit}:${ownerId}`)
  const used = count ? await count() : 0
  const verdict = await provider.check(req, { ownerId, limit, used })
  if (!verdict.allowed) throw new APIError(verdict.message[requestLocale(req)], 403, { limit }, true)
}
