/**
 * Which sites the calling user reaches, and in which role. Resolved once per
 * request and kept in `req.context`; hooks that change ownership or
 * membership call `forgetSiteRoles(req)`.
 */
import type { PayloadRequest } from 'payload'

import type { ID } from './ids'
import type { SiteRole } from './roles'
import { ROLE_GROUPS, type RoleGroup } from './roles'

const CACHE_KEY = 'platform:siteRoles'

/** `memberId`: the caller's accepted team-member row on that site (absent for the owner). */
export type SiteRoles = Map<string, { siteId: ID; role: SiteRole; memberId?: ID }>

export const getSiteRoles = async (req: PayloadRequest): Promise<SiteRoles> => {
  const cached = req.context[CACHE_KEY] as SiteRoles | undefined
  if (cached) return cached
  const roles: SiteRoles = new Map()
  const user = req.user
  if (!user || user.collection !== 'users') return roles
  // Resolving the caller's own memberships is the access check itself, so it reads with overrideAccess.
  const [owned, memberships] = await Promise.all([
    req.payload.find({
      collection: 'sites',
      where: { owner: { equals: user.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: the sites the caller owns are the input of the access check itself
      select: {},
      req,
    }),
    req.payload.find({
      collection: 'team-members',
      where: { and: [{ linkedUser: { equals: user.id } }, { invitationStatus: { equals: 'accepted' } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: the caller's accepted memberships are the input of the access check itself
      select: { site: true, permissionRole: true },
      req,
    }),
  ])
  for (const member of memberships.docs) {
    const siteId = typeof member.site === 'object' ? member.site.id : member.site
    roles.set(String(siteId), { siteId, role: member.permissionRole, memberId: member.id })
  }
  // Ownership wins over any membership on the same site.
  for (const site of owned.docs) roles.set(String(site.id), { siteId: site.id, role: 'owner' })
  req.context[CACHE_KEY] = roles
  return roles
}

export const forgetSiteRoles = (req: PayloadRequest): void => {
  delete req.context[CACHE_KEY]
}

/** Ids of the sites where the caller holds a role of `group`. */
export const siteIdsFor = async (req: PayloadRequest, group: RoleGroup): Promise<ID[]> => {
  const allowed = ROLE_GROUPS[group] as readonly SiteRole[]
  const roles = await getSiteRoles(req)
  return [...roles.values()].filter(({ role }) => allowed.includes(role)).map(({ siteId }) => siteId)
}

export const roleOnSite = async (req: PayloadRequest, siteId: ID | undefined): Promise<SiteRole | undefined> =>
  siteId === undefined ? undefined : (await getSiteRoles(req)).get(String(siteId))?.role
