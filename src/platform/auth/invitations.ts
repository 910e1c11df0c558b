/**
 * Team invitations on top of emailed links: issue (or re-issue) the link for a
 * TeamMember, and check a presented invitation token. The writes here are the
 * invitation flow's own (status, token hash, linkedUser), which the API never
 * allows, so they are trusted writes marked with `asInvitationFlow`.
 */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { TeamMember } from '../../../payload-types'
import { relationId, type ID } from '../access/ids'
import { linkState } from './linkState'
import { queueInvitationEmail } from './invitationEmail'
import { findLink, issueLink, type MagicLinkDoc } from './magicLinks'
import { readAuthSettings } from './settings'
import { say } from '../i18n/requestLocale'
import { t } from '../i18n/labels'

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
    await req.payload.update({
      collection: 'magic-links',
      where: { and: [{ teamMember: { equals: member.id } }, { used: { equals: false } }, { expiresAt: { greater_than: now.toISOString() } }] },
      data: { expiresAt: now.toISOString() },
      overrideAccess: true, // the flow's own bookkeeping; the collection is closed to the API
      req,
    })
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
    await req.payload.update({
      collection: 'team-members',
      id: member.id,
      data: { invitationToken: hash, invitedAt: now.toISOString() },
      overrideAccess: true, // the token hash and invite date are written by the flow only
      req,
    })
    await queueInvitationEmail(req, { linkId: id, inviterId, locale: (existing?.locale as 'pl' | 'en' | undefined) ?? locale ?? 'pl' })
  })
}

export type Invitation = { link: MagicLinkDoc; member: TeamMember }

/**
 * The invitation a token stands for, if it can still be answered; otherwise an
 * APIError saying why (400 not valid, 410 used, expired, replaced, revoked or answered).
 */
export const usableInvitation = async (req: PayloadRequest, token: unknown): Promise<Invitation> => {
  const link = await findLink({ req, token })
  const memberId = relationId(link?.teamMember)
  if (!link || link.actionType !== 'invitation' || memberId === undefined)
    throw new APIError(say(req, t('This invitation link is not valid.', 'Ten link z zaproszeniem jest nieprawidłowy.')), 400)
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
  if (!member) throw new APIError(say(req, t('This invitation no longer exists.', 'To zaproszenie już nie istnieje.')), 410)
  const state = linkState({ used: link.used, expiresAt: link.expiresAt, now: new Date() })
  const isCurrent = member.invitationToken === link.token
  if (state === 'used') throw new APIError(say(req, t('This invitation link has already been used.', 'Ten link z zaproszeniem został już użyty.')), 410)
  if (member.invitationStatus !== 'pending')
    throw new APIError(
      say(req, t(`This invitation is no longer open (${member.invitationStatus}).`, `To zaproszenie nie jest już aktualne (${member.invitationStatus}).`)),
      410,
    )
  if (!isCurrent)
    throw new APIError(
      say(req, t('A newer invitation replaced this link; use the latest email.', 'Nowsze zaproszenie zastąpiło ten link; użyj ostatniego e-maila.')),
      410,
    )
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
    throw new APIError(say(req, t('This invitation has expired; ask for a new one.', 'To zaproszenie wygasło; poproś o nowe.')), 410)
  }
  return { link, member }
}
