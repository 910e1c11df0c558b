export { hostScoped, hostScopeWhere } from './hostScoped'
export { parseRecordId, relationId, sameId, type ID } from './ids'
export { lockedField } from './lockedField'
export { ROLE_GROUPS, TEAM_ROLES, roleIn, type RoleGroup, type SiteRole, type TeamRole } from './roles'
export { forgetSiteRoles, getSiteRoles, roleOnSite, siteIdsFor } from './siteRoles'
export { enforceSiteAssignment, NOTHING, siteScoped, siteScopedCreate } from './siteScoped'
export {
  anyone,
  isStaffUser,
  loggedIn,
  nobody,
  nobodyField,
  ownRecords,
  staffOnly,
  staffOnlyField,
  staffOrOwnRecords,
} from './user'
