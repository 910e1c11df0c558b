import { hostScopeWhere } from './hostScoped'
import { NOTHING } from './siteScoped'

describe('hostScopeWhere', () => {
  it('gives whole sites to non-host roles of the group and own rows to hosts', () => {
    const roles = [
      { siteId: 1, role: 'owner' as const },
      { siteId: 2, role: 'host' as const, memberId: 20 },
      { siteId: 3, role: 'viewer' as const, memberId: 30 },
    ]
    expect(hostScopeWhere({ roles, group: 'hosting', hostField: 'assignedToTeamMember' })).toEqual({
      or: [{ site: { in: [1] } }, { assignedToTeamMember: { in: [20] } }],
    })
    expect(hostScopeWhere({ roles, group: 'read', hostField: 'h' })).toEqual({ or: [{ site: { in: [1, 3] } }, { h: { in: [20] } }] })
    expect(hostScopeWhere({ roles, group: 'manage', hostField: 'h' })).toEqual({ site: { in: [1] } })
    expect(hostScopeWhere({ roles: [roles[1]], group: 'hosting', hostField: 'h' })).toEqual({ h: { in: [20] } })
    expect(hostScopeWhere({ roles: [], group: 'read', hostField: 'h' })).toBe(NOTHING)
  })
})
