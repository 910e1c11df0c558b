/**
 * The invitation's actions in the admin (the status itself is never written through the API):
 *   POST /api/team-members/:id/resend   a fresh link by email (an answered or lapsed invitation opens again)
 *   POST /api/team-members/:id/revoke   the invitation's links stop working, or an accepted member loses access
 * Only the site's owner or an admin; each under a lock on the member, in one transaction.
 */
import type { Endpoint } from 'payload'

import { parseLocale } from '../../../src/platform/auth/linkState'
import { inTransaction } from '../../../src/platform/db/transaction'
import { lockMember, managedMember, memberAnswer, revoke, sendAgain } from './invitationActions'
import { answeringRefusals, TeamRefusal } from './refusal'

const memberAction = (path: string, act: typeof revoke): Endpoint => ({
  path,
  method: 'post',
  handler: answeringRefusals(async (req) => {
    if (!req.user) throw new TeamRefusal('signIn', 401)
    const id = req.routeParams?.id
    const member = await inTransaction(req, async () => {
      if (typeof id === 'string' && /^\d{1,15}$/.test(id)) await lockMember(req, id)
      return act(req, await managedMember(req, id))
    })
    return Response.json({ teamMember: memberAnswer(member) })
  }),
})

export const resendInvitationEndpoint = memberAction('/:id/resend', (req, member) =>
  sendAgain({ req, member, locale: parseLocale((req.user as { locale?: unknown } | null)?.locale) }),
)

export const revokeInvitationEndpoint = memberAction('/:id/revoke', revoke)
