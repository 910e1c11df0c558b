/** The terms of service in force, and whether a user has accepted them. */
import type { PayloadRequest } from 'payload'

import type { TermsOfService } from '../../../payload-types'
import { relationId, sameId } from '../access/ids'

/** The newest version whose effective date has come (terms are public, so this reads as anyone may). */
export const currentTerms = async (req: PayloadRequest, now = new Date()): Promise<TermsOfService | undefined> => {
  const found = await req.payload.find({
    collection: 'terms-of-service',
    where: { effectiveDate: { less_than_equal: now.toISOString() } },
    sort: '-effectiveDate',
    limit: 1,
    depth: 0,
    overrideAccess: false, // read as the caller: terms are readable by anyone
    req,
  })
  return found.docs[0]
}

export const needsTermsAcceptance = (accepted: unknown, current: TermsOfService | undefined): boolean =>
  Boolean(current) && !sameId(relationId(accepted), current!.id)
