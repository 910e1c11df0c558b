/**
 * Checks and fills the host of an event or availability block:
 * - nothing named on create: the caller (owner -> assignedToOwner, team member -> their row);
 * - exactly one of assignedToOwner / assignedToTeamMember;
 * - the owner must be the site's owner; the team member an accepted member of
 *   the same site whose role may host (admin, editor, host; a viewer may not);
 * - a caller who is a `host` on the site may assign only themselves;
 * - `creator` is the caller on create.
 * Calls without a user (seeds, jobs, public booking) are trusted but still checked for consistency.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ID } from '@platform'
import { getSiteRoles, relationId, sameId, say, t } from '@platform'

/** Team roles that may run events and offer availability. */
export const HOST_ROLES = ['admin', 'editor', 'host'] as const

const pick = (data: Record<string, unknown>, original: Record<string, unknown> | undefined, key: string) =>
  key in data ? relationId(data[key]) : relationId(original?.[key])

export const checkHost = async ({ req, siteId, ownerId, memberId }: { req: PayloadRequest; siteId: ID; ownerId?: ID; memberId?: ID }): Promise<void> => {
  if ((ownerId === undefined) === (memberId === undefined)) {
    throw new APIError(
      say(
        req,
        t('Choose exactly one host: the site owner or a team member.', 'Wybierz dokładnie jedną osobę prowadzącą: właściciela strony albo członka zespołu.'),
      ),
      400,
    )
  }
  if (ownerId !== undefined) {
    const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, select: { owner: true }, req }) // Reading the site's owner is part of the validation of a write the caller may make.
    if (!sameId(site?.owner, ownerId))
      throw new APIError(say(req, t('The host must be the owner of this site.', 'Prowadzący musi być właścicielem tej strony.')), 400)
    return
  }
  const member = await req.payload
    .findByID({ collection: 'team-members', id: memberId as ID, depth: 0, overrideAccess: true, req }) // validation reads the named row whatever the caller may read
    .catch(() => null)
  if (!member || !sameId(member.site, siteId))
    throw new APIError(say(req, t('The host must be a team member of this site.', 'Prowadzący musi należeć do zespołu tej strony.')), 400)
  if (member.invitationStatus !== 'accepted')
    throw new APIError(say(req, t('The host has not accepted the invitation.', 'Prowadzący nie przyjął jeszcze zaproszenia.')), 400)
  if (!(HOST_ROLES as readonly string[]).includes(member.permissionRole)) {
    throw new APIError(
      say(
        req,
        t(
          "This team member's role may not host (admin, editor or host may).",
          'Ta rola w zespole nie pozwala prowadzić spotkań (mogą: administrator, redaktor, prowadzący).',
        ),
      ),
      400,
    )
  }
}

export const assignHost: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  const siteId = relationId(data.site ?? originalDoc?.site)
  if (siteId === undefined) return data
  let ownerId = pick(data, originalDoc, 'assignedToOwner')
  let memberId = pick(data, originalDoc, 'assignedToTeamMember')
  const mine = req.user ? (await getSiteRoles(req)).get(String(siteId)) : undefined
  if (operation === 'create') {
    if (req.user) data.creator = req.user.id
    if (ownerId === undefined && memberId === undefined && mine) {
      if (mine.role === 'owner') ownerId = req.user!.id
      else if (mine.memberId !== undefined) memberId = mine.memberId
      data.assignedToOwner = ownerId ?? null
      data.assignedToTeamMember = memberId ?? null
    }
  }
  // An update that leaves the host as it was is not re-checked (a host who has since left must not block edits such as cancelling).
  const same = (value: ID | undefined, stored: unknown) => (value === undefined ? relationId(stored) === undefined : sameId(value, stored))
  const hostChanged =
    operation === 'create' ||
    !sameId(siteId, originalDoc?.site) ||
    !same(ownerId, originalDoc?.assignedToOwner) ||
    !same(memberId, originalDoc?.assignedToTeamMember)
  if (!hostChanged) return data
  if (mine?.role === 'host' && (ownerId !== undefined || !sameId(memberId, mine.memberId))) {
    throw new APIError(say(req, t('As a host you may only assign yourself.', 'Jako prowadzący możesz przypisać tylko siebie.')), 403)
  }
  await checkHost({ req, siteId, ownerId, memberId })
  return data
}

/** The key the slot engine and the booking lock use for a host. */
export const hostKeyOf = (doc: { assignedToOwner?: unknown; assignedToTeamMember?: unknown }): string | undefined => {
  const member = relationId(doc.assignedToTeamMember)
  if (member !== undefined) return `member:${String(member)}`
  const owner = relationId(doc.assignedToOwner)
  return owner !== undefined ? `owner:${String(owner)}` : undefined
}
