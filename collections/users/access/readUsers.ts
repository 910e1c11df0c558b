import type { Access } from 'payload'

import { isStaffUser, siteIdsFor } from '../../../src/platform/access'

/**
 * Staff read everyone. Others read themselves and, on the sites they manage,
 * the accounts of their team: members who accepted and were not revoked since.
 */
export const readUsers: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isStaffUser(user)) return true
  const managed = await siteIdsFor(req, 'manage')
  if (!managed.length) return { id: { equals: user.id } }
  // The team of the caller's own sites is the scope being computed, so it is read with overrideAccess.
  const team = await req.payload.find({
    collection: 'team-members',
    where: { and: [{ site: { in: managed } }, { linkedUser: { exists: true } }, { invitationStatus: { equals: 'accepted' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true, // trusted: which accepted members the caller's managed sites have
    select: { linkedUser: true },
    req,
  })
  const ids = team.docs.map((member) => (typeof member.linkedUser === 'object' ? member.linkedUser?.id : member.linkedUser))
  return { id: { in: [user.id, ...ids.filter((id) => id !== undefined && id !== null)] } }
}
