/**
 * What each caller should get, derived from what a collection declares
 * (`custom.tenancy`, recorded by siteScopedCollection) and ROLE_GROUPS, never
 * from a list of collections. Pure, so the rule itself is easy to read.
 */
import { roleIn, type RoleGroup, type SiteRole } from '../../../src/platform/access/roles'
import type { DeclaredTenancy } from '../../../src/platform/tenancy/siteScopedCollection'

export const OPERATIONS = ['read', 'list', 'count', 'create', 'update', 'delete'] as const
export type Operation = (typeof OPERATIONS)[number]

export const SITE_ROLES = ['owner', 'admin', 'editor', 'host', 'viewer'] as const satisfies readonly SiteRole[]
export const CALLERS = [...SITE_ROLES, 'staff', 'owner of site B', 'visitor'] as const
export type Caller = (typeof CALLERS)[number]

export type Verdict = 'allowed' | 'refused'
export type Expectation = { verdict: Verdict } | { skip: string }

/** The Payload access function an operation goes through. */
const accessOf = (operation: Operation): 'read' | 'create' | 'update' | 'delete' => (operation === 'list' || operation === 'count' ? 'read' : operation)

const groupOf = (tenancy: DeclaredTenancy, operation: Operation): RoleGroup =>
  accessOf(operation) === 'read' ? tenancy.read : accessOf(operation) === 'delete' ? tenancy.delete : tenancy.write

const isRead = (operation: Operation) => accessOf(operation) === 'read'

/**
 * The record every cell works on is in site A and assigned to nobody, so a host
 * reaches it only where the group gives hosts the whole site (no hostField).
 * `tenancy` is undefined for collections built without the builder: only isolation is asserted.
 */
export const expectationFor = (tenancy: DeclaredTenancy | undefined, caller: Caller, operation: Operation): Expectation => {
  // Isolation holds whatever a collection declares or overrides (DESIGN.md "Who may do what").
  if (caller === 'owner of site B' || caller === 'visitor') return { verdict: 'refused' }
  if (caller === 'staff') {
    if (!isRead(operation)) return { verdict: 'refused' }
    if (!tenancy) return { skip: 'built without siteScopedCollection: staff may read for audit or not at all' }
    if (tenancy.overridden.includes('read')) return { skip: 'read access is overridden' }
    return { verdict: tenancy.staffMayRead ? 'allowed' : 'refused' }
  }
  if (!tenancy) return { skip: 'built without siteScopedCollection: no declared role grid, only isolation is checked' }
  if (tenancy.overridden.includes(accessOf(operation))) return { skip: `${accessOf(operation)} access is overridden: only isolation is checked` }
  const inGroup = roleIn(caller, groupOf(tenancy, operation))
  if (caller === 'host' && inGroup && tenancy.hostField) {
    // A host's new record is assigned by the collection's own hooks (to the host, or refused), which the grid cannot know.
    if (operation === 'create') return { skip: `hostField ${tenancy.hostField}: a host's create is decided by the collection's assignment hooks` }
    return { verdict: 'refused' }
  }
  return { verdict: inGroup ? 'allowed' : 'refused' }
}
