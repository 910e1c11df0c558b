import type { PayloadRequest } from 'payload'

import type { ID } from '../access/ids'
import type { Bilingual } from '../i18n/labels'

/**
 * What a plan limits. The core counts `sites` and `teamMembers`; plugins name theirs (`newsletterSubscribers`,
 * `customDomain`) or new ones. A provider that does not know a name allows it.
 */
export type PlanLimitName = 'sites' | 'teamMembers' | 'newsletterSubscribers' | 'customDomain' | (string & {})

export type PlanLimitCheck = {
  /** The account whose plan decides: the site's owner, not whoever is creating. */
  ownerId: ID
  limit: PlanLimitName
  /** How many there are before this one is created (0 for an on/off feature such as `customDomain`). */
  used: number
}

/** Refused: a message for the owner in both languages (the plan in force, its limit, and which plan allows more). */
export type LimitVerdict = { allowed: true } | { allowed: false; message: Bilingual }

/**
 * The plan-limits extension point: the plugin that sells plans says whether one more fits.
 * Contributed as `planLimits` in `definePlatformPlugin`; at most one plugin may provide it.
 */
export type PlanLimitsProvider = {
  /** Runs inside the create's transaction (pass `req` to Local API calls); reads only, never writes. */
  check: (req: PayloadRequest, check: PlanLimitCheck) => Promise<LimitVerdict>
}
