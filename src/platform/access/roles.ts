/**
 * Site roles and what each may do, as in DESIGN.md "Who may do what".
 * A user reaches a site as its owner or as an accepted team member.
 */
export const TEAM_ROLES = ['admin', 'editor', 'host', 'viewer'] as const
export type TeamRole = (typeof TEAM_ROLES)[number]
export type SiteRole = 'owner' | TeamRole

/** Named groups of roles, used by collections instead of ad-hoc lists. */
export const ROLE_GROUPS = {
  /** owner and admin: everything on the site, team included. */
  manage: ['owner', 'admin'],
  /** site content, media, events, testimonials, newsletter. */
  content: ['owner', 'admin', 'editor'],
  /** bookings, availability, sessions (a host only their own, see the booking plugin). */
  hosting: ['owner', 'admin', 'editor', 'host'],
  /**
   * everyone but hosts: records about the site's audience (newsletter subscribers) that a host, who sees only
   * their own bookings, has no need to read.
   */
  audience: ['owner', 'admin', 'editor', 'viewer'],
  /** everyone who reaches the site. */
  read: ['owner', 'admin', 'editor', 'host', 'viewer'],
} as const satisfies Record<string, readonly SiteRole[]>

export type RoleGroup = keyof typeof ROLE_GROUPS

export const roleIn = (role: SiteRole | undefined, group: RoleGroup): boolean =>
  role !== undefined && (ROLE_GROUPS[group] as readonly SiteRole[]).includes(role)
