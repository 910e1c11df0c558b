/**
 * POST /api/team-members/invite {site, email, role, firstName?, lastName?, locale?}
 * An owner or site admin invites someone by email. Inviting an address that
 * already has a (pending, declined, revoked or expired) invitation to the site
 * updates it and sends a new link; earlier links stop working. No duplicates.
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { relationId } from '../../../src/platform/access/ids'
import { roleIn, TEAM_ROLES, type TeamRole } from '../../../src/platform/access/roles'
import { forgetSiteRoles, roleOnSite } from '../../../src/platform/access/siteRoles'
import { readJsonBody } from '../../../src/platform/http/json'
import { inTransaction } from '../../../src/platform/db/transaction'
import { asInvitationFlow, issueInvitation } from '../../../src/platform/auth/invitations'
import { parseLocale } from '../../../src/platform/auth/linkState'
import { parseEmail } from '../../../src/platform/fields/email'
import { readProfile } from '../../users/endpoints/magicLink'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, t('Sign in first.', 'Najpierw się zaloguj.')), 401)
    const body = await readJsonBody(req)
    const siteId = relationId(body.site)
    if (siteId === undefined || typeof siteId === 'object')
      throw new APIError(say(req, t('Name the site by its id.', 'Wskaż stronę jej identyfikatorem.')), 400)
    const email = parseEmail(body.email)
    if (!email) throw new APIError(say(req, t('Give a valid email address.', 'Podaj poprawny adres e-mail.')), 400)
    if (!TEAM_ROLES.includes(body.role as TeamRole))
      throw new APIError(say(req, t(`role must be one of ${TEAM_ROLES.join(', ')}.`, `Rola musi być jedną z: ${TEAM_ROLES.join(', ')}.`)), 400)
    const role = body.role as TeamRole
    const { firstName, lastName } = readProfile({ firstName: body.firstName, lastName: body.lastName })
    const locale = parseLocale(body.locale) ?? parseLocale((req.user as { locale?: unknown }).locale)
    if (!roleIn(await roleOnSite(req, siteId), 'manage'))
      throw new APIError(
        say(req, t('Only the owner or an admin of this site may invite.', 'Zapraszać może tylko właściciel lub administrator tej strony.')),
        403,
      )
    if (email === req.user.email) throw new APIError(say(req, t('You are on this site already.', 'Już należysz do tej strony.')), 409)
    const inviterId = req.user.id

    const result = await inTransaction(req, async () => {
      // The caller manages this site (checked above); finding the address's earlier invitation is part of that.
      const earlier = (
        await req.payload.find({
          collection: 'team-members',
          where: { and: [{ site: { equals: siteId } }, { email: { equals: email } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs[0]
      if (!earlier) {
        // A new member, created as the caller (access and site assignment checked); sendInvitation emails the link.
        const created = await req.payload.create({
          collection: 'team-members',
          data: { site: siteId as number, email, permissionRole: role, firstName, lastName, invitationStatus: 'pending' },
          overrideAccess: false,
          user: req.user,
          req,
        })
        return { member: created, status: 201 }
      }
      if (earlier.invitationStatus === 'accepted') {
        throw new APIError(
          say(
            req,
            t(
              'This person is on the team already; change their role on their team member record.',
              'Ta osoba już jest w zespole; zmień jej rolę w jej rekordzie członka zespołu.',
            ),
          ),
          409,
        )
      }
      // Re-opening an answered or lapsed invitation is the flow's own state change (the API only allows revoking).
      const reopened = await asInvitationFlow(req, () =>
        req.payload.update({
          collection: 'team-members',
          id: earlier.id,
          data: { permissionRole: role, invitationStatus: 'pending', linkedUser: null, ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) },
          overrideAccess: true,
          req,
        }),
      )
      await issueInvitation({ req, member: reopened, inviterId, locale })
      return { member: reopened, status: 200 }
    })
    forgetSiteRoles(req)
    const { id, email: invited, permissionRole, invitationStatus } = result.member
    // What the admin shows once it is sent (a toast), in the inviter's language.
    const message = say(req, t(`Invitation sent to ${invited}.`, `Zaproszenie wysłane na adres ${invited}.`))
    return Response.json({ teamMember: { id, email: invited, permissionRole, invitationStatus }, message }, { status: result.status })
  },
}
