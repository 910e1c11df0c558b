/**
 * The team invitation email, made when the job sends it (an email composer
 * the platform kernel registers): the job queue and the outbox keep the link's
 * id, the inviter's id and the language, never the link, which stays valid for
 * days (INVITATION_TTL_DAYS) while queued jobs are kept for JOBS_KEEP_DAYS.
 * An invitation that was answered, revoked, replaced by a newer link or ran
 * out before the job ran sends nothing.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { TeamMember } from '../../../payload-types'
import { relationId, type ID } from '../access/ids'
import { ROLE_NAMES } from '../../../collections/team-members/texts'
import type { TeamRole } from '../access/roles'
import type { EmailComposer, QueuedEmail } from '../email/queueEmail'
import { queueEmail } from '../email/queueEmail'
import { formatCount } from '../i18n/format'
import { parseLocale } from './linkState'
import { invitationPageURL } from './linkURLs'
import { sendableLink } from './magicLinks'
import { readAuthSettings } from './settings'

export const INVITATION_EMAIL_COMPOSER = 'platform.team-invitation'

/** What the queue keeps: ids, never the link. */
export type InvitationEmailArgs = { linkId: ID; inviterId?: ID; locale: 'pl' | 'en' }

/** "przez 7 dni", "przez 1 dzień". */
export const DAYS = { pl: { one: 'dzień', few: 'dni', many: 'dni' }, en: { one: 'day', other: 'days' } }

/** Who the invitation email names as the inviter. */
export const inviterName = (user: unknown): string => {
  const { firstName, lastName, email } = (user ?? {}) as { firstName?: string | null; lastName?: string | null; email?: string }
  return [firstName, lastName].filter(Boolean).join(' ') || email || 'Platforma'
}

/** The invitation email (pure, given the member, the token and the names). */
export const invitationEmail = ({
  member,
  token,
  siteName,
  inviter,
  locale,
  serverURL,
  ttlMs,
  ownerId,
}: {
  member: Pick<TeamMember, 'email' | 'firstName' | 'permissionRole'>
  token: string
  siteName: string
  inviter: string
  locale: 'pl' | 'en'
  serverURL: string
  ttlMs: number
  /** The site's owner: their own wording of the invitation, when they have one. */
  ownerId?: ID
}): QueuedEmail => ({
  to: member.email,
  template: 'team-invitation',
  locale,
  ...(ownerId !== undefined ? { ownerId } : {}),
  data: {
    link: invitationPageURL(serverURL, token, { lang: locale }),
    declineLink: invitationPageURL(serverURL, token, { decline: true, lang: locale }),
    email: member.email,
    firstName: member.firstName ?? '',
    siteName,
    inviterName: inviter,
    roleName: ROLE_NAMES[locale][member.permissionRole as TeamRole],
    expiresInDays: Math.round(ttlMs / 86_400_000),
    invitationValidFor: formatCount(Math.round(ttlMs / 86_400_000), locale, DAYS),
  },
})

/** The pending invitation whose current link this is, or undefined (answered, revoked, replaced, gone). */
const openInvitation = async (payload: Payload, memberId: ID | undefined, linkHash: string | undefined): Promise<TeamMember | undefined> => {
  if (memberId === undefined) return undefined
  const member = (
    await payload.find({
      collection: 'team-members',
      where: { id: { equals: memberId } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // the email job's own read of the invitation it was queued for
      showHiddenFields: true,
    })
  ).docs[0]
  return member && member.invitationStatus === 'pending' && member.invitationToken === linkHash ? member : undefined
}

const findInviter = async (payload: Payload, inviterId: unknown) => {
  if (typeof inviterId !== 'number' && typeof inviterId !== 'string') return undefined
  const found = await payload.find({
    collection: 'users',
    where: { id: { equals: inviterId } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // only the inviter's name, for the email
    select: { firstName: true, lastName: true, email: true },
  })
  return found.docs[0]
}

export const invitationEmailComposer: EmailComposer = {
  name: INVITATION_EMAIL_COMPOSER,
  compose: async ({ payload, args }) => {
    const { linkId, inviterId, locale } = args as Partial<InvitationEmailArgs>
    const sendable = await sendableLink({ payload, id: linkId })
    if (!sendable || sendable.link.actionType !== 'invitation') return undefined
    const member = await openInvitation(payload, relationId(sendable.link.teamMember), sendable.link.token)
    if (!member) return undefined
    const siteId = relationId(member.site)
    const [site, inviter] = await Promise.all([
      siteId === undefined
        ? undefined
        : payload.find({
            collection: 'sites',
            where: { id: { equals: siteId } },
            limit: 1,
            depth: 0,
            overrideAccess: true, // trusted: only the site's name and owner, for the email and the owner's own wording
            select: { name: true, owner: true },
          }), // only the site's name and owner, for the email
      findInviter(payload, inviterId),
    ])
    const siteName = site?.docs[0]?.name
    if (!siteName) return undefined
    const ownerId = relationId(site?.docs[0]?.owner)
    return invitationEmail({
      member,
      token: sendable.token,
      siteName,
      inviter: inviterName(inviter),
      locale: parseLocale(locale) ?? 'pl',
      serverURL: payload.config.serverURL,
      ttlMs: readAuthSettings().invitationTtlMs,
      ownerId,
    })
  },
}

/** Queues the invitation email by the link's id, in `req`'s transaction. */
export const queueInvitationEmail = (req: PayloadRequest, args: InvitationEmailArgs) => queueEmail(req, { compose: INVITATION_EMAIL_COMPOSER, args })
