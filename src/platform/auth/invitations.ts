/**
 * Team invitations on top of emailed links: issue (or re-issue) the link for a
 * TeamMember, and check a presented invitation token. The writes here are the
 * invitation flow's own (status, token hash, linkedUser), which the API never
 * allows, so they are trusted writes marked with `asInvitationFlow`.
 */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { TeamMember } from '../../../payload-types'
import { LINK_PROBLEMS, type LinkProblem } from '../../../collections/team-members/texts'
import { relationId, type ID } from '../access/ids'
import { requestLocale } from '../i18n/requestLocale'
import { linkState } from './linkState'
import { inviterName, queueInvitationEmail } from './invitationEmail'
import { findLink, issueLink, type MagicLinkDoc } from './magicLinks'
import { readAuthSettings } from './settings'

/** Marks the invitation flow's own writes, which guardInvitationState lets through even when someone is signed in. */
export const INVITATION_FLOW = 'platform:invitationFlow'

export const asInvitationFlow = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const before = req.context[INVITATION_FLOW]
  req.context[INVITATION_FLOW] = true
  try {
    return await work()
  } finally {
    req.context[INVITATION_FLOW] = before
  }
}

/** Ends every unused link of the invitation `memberId` (a re-invite replaces them, a revoke closes them). */
export const expireInvitationLinks = async (req: PayloadRequest, memberId: ID, now = new Date()): Promise<void> => {
  await req.payload.update({
    collection: 'magic-links',
    where: { and: [{ teamMember: { equals: memberId } }, { used: { equals: false } }, { expiresAt: { greater_than: now.toISOString() } }] },
    data: { expiresAt: now.toISOString() },
    overrideAccess: true, // the flow's own bookkeeping; the collection is closed to the API
    req,
  })
}

/**
 * Sends a fresh invitation link for `member` (pending): earlier links of the
 * same invitation stop working, the member stores the new link's hash. The
 * email is queued by the link's id (invitationEmail.ts): the job makes the
 * link when it sends it, so no working link waits in the job queue.
 */
export const issueInvitation = async ({
  req,
  member,
  inviterId,
  locale,
}: {
  req: PayloadRequest
  member: Pick<TeamMember, 'id' | 'email'>
  /** Named in the email as the inviter (read when it is sent); none: "Platforma". */
  inviterId?: ID
  locale?: 'pl' | 'en'
}): Promise<void> => {
  const settings = readAuthSettings()
  const now = new Date()
  await asInvitationFlow(req, async () => {
    // Earlier links of this invitation end now (a re-invite replaces them).
    await expireInvitationLinks(req, member.id, now)
    const account = await req.payload.find({
      collection: 'users',
      where: { email: { equals: member.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // only the invitee's language, for the email
      select: { locale: true },
      req,
    })
    const existing = account.docs[0]
    const { id, hash } = await issueLink({
      req,
      email: member.email,
      actionType: 'invitation',
      ttlMs: settings.invitationTtlMs,
      teamMemberId: member.id,
      userId: existing?.id,
      now,
    })
    const inviter =
      inviterId === undefined
        ? undefined
        : (
            await req.payload.find({
              collection: 'users',
              where: { id: { equals: inviterId } },
              limit: 1,
              depth: 0,
              overrideAccess: true, // only the inviter's name, which the invitation page shows
              select: { firstName: true, lastName: true, email: true },
              req,
            })
          ).docs[0]
    await req.payload.update({
      collection: 'team-members',
      id: member.id,
      data: { invitationToken: hash, invitedAt: now.toISOString(), invitedByName: inviter ? inviterName(inviter) : null },
      overrideAccess: true, // the token hash, invite date and inviter's name are written by the flow only
      req,
    })
    await queueInvitationEmail(req, { linkId: id, inviterId, locale: (existing?.locale as 'pl' | 'en' | undefined) ?? locale ?? 'pl' })
  })
}

export type Invitation = { link: MagicLinkDoc; member: TeamMember }

const LINK_PROBLEM_STATUS: Record<LinkProblem, number> = { invalid: 400, gone: 410, used: 410, closed: 410, replaced: 410, expired: 410 }

/**
 * The invitation a token stands for, or why it cannot be answered: `invalid` (no such link), `gone` (the member
 * was deleted), `used`, `closed` (answered or revoked), `replaced` (a newer link was sent), `expired` (recorded
 * on the member as it is found).
 */
export const checkInvitation = async (req: PayloadRequest, token: unknown): Promise<Invitation | { problem: LinkProblem }> => {
  const link = await findLink({ req, token })
  const memberId = relationId(link?.teamMember)
  if (!link || link.actionType !== 'invitation' || memberId === undefined) return { problem: 'invalid' }
  const member = (
    await req.payload.find({
      collection: 'team-members',
      where: { id: { equals: memberId as ID } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // the token itself is the permission to see this invitation
      showHiddenFields: true,
      req,
    })
  ).docs[0]
  if (!member) return { problem: 'gone' }
  const state = linkState({ used: link.used, expiresAt: link.expiresAt, now: new Date() })
  if (state === 'used') return { problem: 'used' }
  if (member.invitationStatus !== 'pending') return { problem: member.invitationStatus === 'expired' ? 'expired' : 'closed' }
  if (member.invitationToken !== link.token) return { problem: 'replaced' }
  if (state === 'expired') {
    await asInvitationFlow(req, () =>
      req.payload.update({
        collection: 'team-members',
        id: member.id,
        data: { invitationStatus: 'expired' },
        overrideAccess: true, // the flow records that the invitation ran out
        req,
      }),
    )
    return { problem: 'expired' }
  }
  return { link, member }
}

/** The invitation a token stands for, if it can still be answered; otherwise an APIError saying why, in the request's language. */
export const usableInvitation = async (req: PayloadRequest, token: unknown): Promise<Invitation> => {
  const checked = await checkInvitation(req, token)
  if ('problem' in checked) throw new APIError(LINK_PROBLEMS[checked.problem][requestLocale(req)], LINK_PROBLEM_STATUS[checked.problem])
  return checked
}
