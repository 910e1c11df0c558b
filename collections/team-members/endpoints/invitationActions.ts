/**
 * What an owner or site admin does with an invitation, shared by the endpoints: find one they manage,
 * send it again (re-opening an answered or lapsed one) and revoke it. Each runs in the caller's transaction
 * under a lock on the member, so a resend and a revoke of the same invitation run one after the other.
 */
import type { PayloadRequest } from 'payload'

import type { TeamMember } from '../../../payload-types'
import { relationId, type ID } from '../../../src/platform/access/ids'
import { roleIn, type TeamRole } from '../../../src/platform/access/roles'
import { forgetSiteRoles, roleOnSite } from '../../../src/platform/access/siteRoles'
import { isStaffUser } from '../../../src/platform/access/user'
import { lockForTransaction } from '../../../src/platform/db/lock'
import { asInvitationFlow, expireInvitationLinks, issueInvitation } from '../../../src/platform/auth/invitations'
import { TeamRefusal } from './refusal'

/** Statuses an owner may send again: every one but accepted (that person is on the team). */
const RESENDABLE = ['pending', 'declined', 'revoked', 'expired']
/** Statuses that give or may give access, so revoking them means something. */
const REVOCABLE = ['pending', 'accepted']

export const lockMember = (req: PayloadRequest, id: ID) => lockForTransaction(req, `team-member:${id}`)

/**
 * The team member `id`, read as the caller (404 when they cannot see it), on a site they manage (403 otherwise:
 * an editor, host or viewer of the site, or staff, who read every team but change none).
 */
export const managedMember = async (req: PayloadRequest, id: unknown): Promise<TeamMember> => {
  if (!req.user) throw new TeamRefusal('signIn', 401)
  if (typeof id !== 'string' || !/^\d{1,15}$/.test(id)) throw new TeamRefusal('notFound', 404)
  const member = (
    await req.payload.find({ collection: 'team-members', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req })
  ).docs[0]
  if (!member) throw new TeamRefusal('notFound', 404)
  if (isStaffUser(req.user) || !roleIn(await roleOnSite(req, relationId(member.site)), 'manage')) throw new TeamRefusal('notManager', 403)
  return member
}

/**
 * Sends the invitation again with a fresh link (earlier links stop working). An answered or lapsed one is opened
 * again as pending, with `role` and names when given; that takes a place on the team again (the plan limit is
 * checked by the collection's hook). An accepted member is refused: they are on the team.
 */
export const sendAgain = async ({
  req,
  member,
  role,
  firstName,
  lastName,
  locale,
}: {
  req: PayloadRequest
  member: TeamMember
  role?: TeamRole
  firstName?: string
  lastName?: string
  locale?: 'pl' | 'en'
}): Promise<TeamMember> => {
  if (!RESENDABLE.includes(member.invitationStatus)) throw new TeamRefusal('member', 409, 'email')
  const changes = {
    ...(member.invitationStatus !== 'pending' ? { invitationStatus: 'pending' as const, linkedUser: null } : {}),
    ...(role && role !== member.permissionRole ? { permissionRole: role } : {}),
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
  }
  const current = Object.keys(changes).length
    ? await asInvitationFlow(req, () =>
        req.payload.update({
          collection: 'team-members',
          id: member.id,
          data: changes,
          overrideAccess: true, // re-opening is the flow's own state change; the caller manages the site (managedMember / invite)
          req,
        }),
      )
    : member
  await issueInvitation({ req, member: current, inviterId: req.user?.id, locale })
  forgetSiteRoles(req)
  return current
}

/** Revokes a pending invitation (its links stop working) or an accepted membership (access ends at once). */
export const revoke = async (req: PayloadRequest, member: TeamMember): Promise<TeamMember> => {
  if (!REVOCABLE.includes(member.invitationStatus)) throw new TeamRefusal('notRevocable', 409)
  const revoked = await asInvitationFlow(req, async () => {
    await expireInvitationLinks(req, member.id)
    return req.payload.update({
      collection: 'team-members',
      id: member.id,
      data: { invitationStatus: 'revoked', invitationToken: null },
      overrideAccess: true, // the status is the flow's; the caller manages the site (managedMember)
      req,
    })
  })
  forgetSiteRoles(req)
  return revoked
}

/** What the endpoints answer about a member: no token hash, no account id. */
export const memberAnswer = ({ id, email, permissionRole, invitationStatus }: TeamMember) => ({ id, email, permissionRole, invitationStatus })
