import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/platform/access/ids'
import { enforceLimit } from '../../../src/platform/limits/enforceLimit'

/** Invitations that hold a place on the team; declined, revoked and expired ones do not. */
export const SEAT_STATUSES = ['pending', 'accepted']

const holdsSeat = (status: unknown) => SEAT_STATUSES.includes(String(status ?? 'pending'))

/**
 * A site's team counts against the site owner's plan, per site. Checked when a member is added and when an
 * answered or lapsed invitation is opened again (the invite endpoint re-uses the record); changing a role or
 * anything else on an existing member never is, and members beyond a smaller plan's limit stay.
 */
export const limitTeamMembers: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  const takesSeat =
    operation === 'create'
      ? holdsSeat(data.invitationStatus)
      : holdsSeat(data.invitationStatus ?? originalDoc?.invitationStatus) && !holdsSeat(originalDoc?.invitationStatus)
  if (!takesSeat) return data
  const siteId = relationId(data.site ?? originalDoc?.site)
  if (siteId === undefined) return data
  const site = await req.payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    select: { owner: true },
    overrideAccess: true, // trusted: only the owner is read, to know whose plan the team counts against
    disableErrors: true,
    req,
  })
  await enforceLimit(req, {
    ownerId: relationId(site?.owner),
    limit: 'teamMembers',
    count: async () =>
      (
        await req.payload.count({
          collection: 'team-members',
          where: { and: [{ site: { equals: siteId } }, { invitationStatus: { in: SEAT_STATUSES } }] },
          overrideAccess: true, // trusted: the whole team is counted, whoever is inviting
          req,
        })
      ).totalDocs,
  })
  return data
}
