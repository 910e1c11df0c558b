import type { Access } from 'payload'

import { isStaffUser, siteIdsFor } from '../../../src/platform/access'

/** The team of every site the caller reaches, plus the caller's own invitations. */
export const readTeamMembers: Access = async ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  const sites = await siteIdsFor(req, 'read')
  const own = { linkedUser: { equals: req.user.id } }
  return sites.length ? { or: [{ site: { in: sites } }, own] } : own
}
