/**
 * "Assigned to me" scoping for the `host` role: on sites where the caller is a
 * host, only documents whose host field points at the caller's own team-member
 * row; on sites where they hold another role of the group, the whole site.
 * Used by the booking plugin (events, availability, bookings, sessions).
 */
import type { Access, Where } from 'payload'

import type { ID } from './ids'
import { ROLE_GROUPS, type RoleGroup, type SiteRole } from './roles'
import { getSiteRoles } from './siteRoles'
import { NOTHING } from './siteScoped'
import { isStaffUser } from './user'

type HostScopeOptions = {
  /** Which role group may do this; `host` in the group is narrowed to the caller's own documents. */
  group: RoleGroup
  /** The field (or relationship path) naming the assigned team member, e.g. `assignedToTeamMember` or `event.assignedToTeamMember`. */
  hostField: string
  /** The relationship field naming the site. */
  field?: string
  /** Staff may read everything (audit); they never get a write exception. */
  staffMayRead?: boolean
}

/** The pure part: the Where for a caller's roles (exported for unit tests). */
export const hostScopeWhere = ({
  roles,
  group,
  hostField,
  field = 'site',
}: {
  roles: Iterable<{ siteId: ID; role: SiteRole; memberId?: ID }>
  group: RoleGroup
  hostField: string
  field?: string
}): Where => {
  const allowed = ROLE_GROUPS[group] as readonly SiteRole[]
  const whole: ID[] = []
  const own: ID[] = []
  for (const { siteId, role, memberId } of roles) {
    if (!allowed.includes(role)) continue
    if (role === 'host') {
      if (memberId !== undefined) own.push(memberId)
    } else whole.push(siteId)
  }
  // A host's team-member row belongs to exactly one site, so the member id alone pins the site too.
  const clauses: Where[] = []
  if (whole.length) clauses.push({ [field]: { in: whole } })
  if (own.length) clauses.push({ [hostField]: { in: own } })
  if (!clauses.length) return NOTHING
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}

/** Read/update/delete access: the whole site for most roles of `group`, own assignments only for hosts. */
export const hostScoped =
  ({ group, hostField, field = 'site', staffMayRead = false }: HostScopeOptions): Access =>
  async ({ req }) => {
    if (!req.user) return false
    if (staffMayRead && isStaffUser(req.user)) return true
    const roles = await getSiteRoles(req)
    return hostScopeWhere({ roles: roles.values(), group, hostField, field })
  }
