/**
 * Answering an invitation; the emailed token is the permission (no session needed):
 *   GET  /api/team-members/invitation?token=           what the invitation is (for the invitation page)
 *   POST /api/team-members/invitation/accept {token, acceptTerms?, termsVersion?, firstName?, lastName?, locale?}
 *   POST /api/team-members/invitation/decline {token}
 * Accepting links the existing account with that email, or creates one (the
 * terms in force must then be accepted, as in sign-up), and signs it in.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { relationId } from '../../../src/platform/access/ids'
import { forgetSiteRoles } from '../../../src/platform/access/siteRoles'
import { readJsonBody } from '../../../src/platform/http/json'
import { inTransaction } from '../../../src/platform/db/transaction'
import { asInvitationFlow, usableInvitation } from '../../../src/platform/auth/invitations'
import { claimLink } from '../../../src/platform/auth/magicLinks'
import { startSession } from '../../../src/platform/auth/startSession'
import { currentTerms } from '../../../src/platform/auth/terms'
import { requestLocale } from '../../../src/platform/i18n/requestLocale'
import { readProfile, requireTermsAcceptance, unusablePassword } from '../../users/endpoints/magicLink'
import { LINK_PROBLEMS } from '../texts'

const accountFor = async (req: PayloadRequest, email: string) =>
  (
    await req.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // only whether the invitee has an account, for the flow itself
      select: { email: true },
      req,
    })
  ).docs[0]

export const invitationDetailsEndpoint: Endpoint = {
  path: '/invitation',
  method: 'get',
  handler: async (req) => {
    const { member } = await usableInvitation(req, req.searchParams.get('token'))
    const site = await req.payload.findByID({ collection: 'sites', id: relationId(member.site)!, depth: 0, overrideAccess: true, select: { name: true }, req }) // The emailed token is the invitee's only credential; the site's name is all that is read for the page.
    const hasAccount = Boolean(await accountFor(req, member.email))
    const terms = hasAccount ? undefined : await currentTerms(req)
    return Response.json({
      email: member.email,
      siteName: site.name,
      role: member.permissionRole,
      invitedBy: member.invitedByName ?? null,
      hasAccount,
      terms: terms ? { version: terms.version, contentPl: terms.contentPl, contentEn: terms.contentEn } : null,
    })
  },
}

const claimOrRefuse = async (req: PayloadRequest, link: Parameters<typeof claimLink>[0]['link']) => {
  const claimed = await claimLink({ req, link })
  if (claimed !== 'claimed') throw new APIError(LINK_PROBLEMS[claimed === 'used' ? 'used' : 'expired'][requestLocale(req)], 410)
}

export const acceptInvitationEndpoint: Endpoint = {
  path: '/invitation/accept',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const profile = readProfile(req, body)
    const { link, member } = await usableInvitation(req, body.token)
    const existing = await accountFor(req, member.email)
    const terms = existing ? undefined : await requireTermsAcceptance(req, body)
    const { cookie, user } = await inTransaction(req, async () => {
      await claimOrRefuse(req, link)
      // The emailed token proved the address: link that account, or create it (the API's user create is staff-only).
      const userId =
        existing?.id ??
        (
          await req.payload.create({
            collection: 'users',
            data: {
              email: member.email,
              password: unusablePassword(),
              firstName: profile.firstName ?? member.firstName ?? undefined,
              lastName: profile.lastName ?? member.lastName ?? undefined,
              locale: profile.locale ?? 'pl',
              accountType: 'team_member',
              termsAgreement: terms!.id,
            },
            overrideAccess: true, // trusted: the invitee's account, made by the invitation flow after the token was checked
            req,
          })
        ).id
      await asInvitationFlow(req, async () => {
        // Acceptance and linkedUser are set only here, never through the API.
        await req.payload.update({
          collection: 'team-members',
          id: member.id,
          data: { invitationStatus: 'accepted', linkedUser: userId, invitationToken: null },
          overrideAccess: true, // trusted: the invitation flow accepts its own invitation (the token was checked)
          req,
        })
        await req.payload.update({ collection: 'magic-links', id: link.id, data: { user: userId }, overrideAccess: true, req }) // Magic links are written only by the platform's own flows.
      })
      forgetSiteRoles(req)
      return startSession({ req, userId })
    })
    return Response.json(
      {
        user: { id: user.id, email: user.email },
        teamMember: { id: member.id, site: relationId(member.site), permissionRole: member.permissionRole },
        // The new member lands on the home of the site they joined.
        redirect: `/admin?site=${encodeURIComponent(String(relationId(member.site)))}`,
      },
      { headers: { 'set-cookie': cookie } },
    )
  },
}

export const declineInvitationEndpoint: Endpoint = {
  path: '/invitation/decline',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const { link, member } = await usableInvitation(req, body.token)
    await inTransaction(req, async () => {
      await claimOrRefuse(req, link)
      await asInvitationFlow(req, () =>
        req.payload.update({
          collection: 'team-members',
          id: member.id,
          data: { invitationStatus: 'declined', invitationToken: null },
          overrideAccess: true, // declining is the invitee's answer, recorded by the flow
          req,
        }),
      )
    })
    return Response.json({ declined: true })
  },
}
