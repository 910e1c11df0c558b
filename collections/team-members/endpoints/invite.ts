/**
 * POST /api/team-members/invite {site, email, role, firstName?, lastName?, locale?}
 * An owner or site admin invites someone by email. Inviting an address that
 * already has a (pending, declined, revoked or expired) invitation to the site
 * sends it again (invitationActions.ts); earlier links stop working. No duplicates:
 * parallel invites of one address to one site take a lock and run one after the other.
 * Refusals name the field they are about, in the caller's language (refusal.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { relationId } from '../../../src/platform/access/ids'
import { roleIn, TEAM_ROLES, type TeamRole } from '../../../src/platform/access/roles'
import { forgetSiteRoles, roleOnSite } from '../../../src/platform/access/siteRoles'
import { isStaffUser } from '../../../src/platform/access/user'
import { parseLocale } from '../../../src/platform/auth/linkState'
import { lockForTransaction } from '../../../src/platform/db/lock'
import { inTransaction } from '../../../src/platform/db/transaction'
import { parseEmail } from '../../../src/platform/fields/email'
import { readJsonBody } from '../../../src/platform/http/json'
import { t } from '../../../src/platform/i18n/labels'
import { say } from '../../../src/platform/i18n/requestLocale'
import { lockMember, memberAnswer, sendAgain } from './invitationActions'
import { answeringRefusals, TeamRefusal } from './refusal'

const NAME_MAX = 100

const optionalName = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || value.trim().length > NAME_MAX) throw new TeamRefusal('names', 400, 'firstName')
  return value.trim() || undefined
}

/** The body, checked in the order the dialog shows its fields; the first problem is refused with its field. */
const readInvite = async (req: PayloadRequest) => {
  const body = await readJsonBody(req)
  const siteId = relationId(body.site)
  if (siteId === undefined || siteId === null || typeof siteId === 'object' || !/^\d{1,15}$/.test(String(siteId))) throw new TeamRefusal('site', 400, 'site')
  const email = parseEmail(body.email)
  if (!email) throw new TeamRefusal('email', 400, 'email')
  if (!TEAM_ROLES.includes(body.role as TeamRole)) throw new TeamRefusal('role', 400, 'role')
  if (body.locale !== undefined && body.locale !== null && !parseLocale(body.locale)) throw new TeamRefusal('locale', 400, 'locale')
  return {
    siteId: Number(siteId),
    email,
    role: body.role as TeamRole,
    firstName: optionalName(body.firstName),
    lastName: optionalName(body.lastName),
    locale: parseLocale(body.locale),
  }
}

export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: answeringRefusals(async (req) => {
    if (!req.user) throw new TeamRefusal('signIn', 401)
    const { siteId, email, role, firstName, lastName, locale: asked } = await readInvite(req)
    // Staff read every team but invite to none; everyone else needs the owner's or an admin's role on the site.
    if (isStaffUser(req.user) || !roleIn(await roleOnSite(req, siteId), 'manage')) throw new TeamRefusal('notManager', 403)
    if (email === req.user.email) throw new TeamRefusal('self', 409, 'email')
    const locale = asked ?? parseLocale((req.user as { locale?: unknown }).locale)

    const result = await inTransaction(req, async () => {
      // One invite of this address to this site at a time: the check for an earlier invitation and the create are one step.
      await lockForTransaction(req, `team-invite:${siteId}:${email}`)
      const earlier = (
        await req.payload.find({
          collection: 'team-members',
          where: { and: [{ site: { equals: siteId } }, { email: { equals: email } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true, // trusted: the caller manages this site (checked above); finding the address's earlier invitation is part of that
          req,
        })
      ).docs[0]
      if (!earlier) {
        // A new member, created as the caller (access and site assignment checked); sendInvitation emails the link.
        const created = await req.payload.create({
          collection: 'team-members',
          data: { site: siteId, email, permissionRole: role, firstName, lastName, invitationStatus: 'pending' },
          overrideAccess: false,
          user: req.user,
          req,
          context: { invitationLocale: locale },
        })
        return { member: created, status: 201 }
      }
      await lockMember(req, earlier.id)
      return { member: await sendAgain({ req, member: earlier, role, firstName, lastName, locale }), status: 200 }
    })
    forgetSiteRoles(req)
    const sentTo = result.member.email
    // What the admin shows once it is sent (a toast or the dialog's confirmation), in the inviter's language.
    const message = say(req, t(`Invitation sent to ${sentTo}.`, `Zaproszenie wysłane na adres ${sentTo}.`))
    return Response.json({ teamMember: memberAnswer(result.member), message }, { status: result.status })
  }),
}
