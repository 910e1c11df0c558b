/**
 * Tenancy for free: `siteScopedCollection({...})` turns a collection config into
 * one that belongs to sites (DESIGN.md "Who may do what"):
 * - a required, indexed `site` field (first), whose admin picker offers only the
 *   sites the caller may write into;
 * - role access: read, create, update and delete scoped to the sites where the
 *   caller holds a role of the configured group (hosts narrowed to their own
 *   records with `hostField`); staff read everything, write nothing;
 * - the site-assignment check (no moving a record into a site you do not manage);
 * - same-site checks on every relationship to another site-scoped collection,
 *   and admin pickers that offer only records of the same site;
 * - the site-delete cascade (sites' cascadeDelete finds every collection with
 *   this field);
 * - in the admin list, the current site's records only (sites/currentSite.ts), with a site picker above the
 *   list for a user who reaches several sites (a collection's own `admin.baseFilter` replaces the filter).
 * Any access function given in `access` replaces the generated one for that operation.
 * The resolved tenancy is recorded in `custom.tenancy` (see `declaredTenancy`), so
 * tests can check every collection against what it declares without a list.
 */
import type { Access, CollectionConfig, Field, RelationshipField } from 'payload'

import type { RoleGroup } from '../access/roles'
import { hostScoped } from '../access/hostScoped'
import { siteIdsFor } from '../access/siteRoles'
import { enforceSiteAssignment, NOTHING, siteScoped, siteScopedCreate } from '../access/siteScoped'
import { isStaffUser } from '../access/user'
import { siteField } from '../fields/siteField'
import { currentSiteFilter } from '../sites/currentSite'
import { sameSiteOptions, sameSiteRelations } from './sameSiteRelations'

export type Tenancy = {
  /** Who reads. @default 'read' (every role on the site) */
  read?: RoleGroup
  /** Who creates and updates. @default 'content' (owner, admin, editor) */
  write?: RoleGroup
  /** Who deletes. @default the `write` group */
  delete?: RoleGroup
  /** Staff may read every site's records (audit). @default true */
  staffMayRead?: boolean
  /**
   * Host-owned records: the field (or relationship path) naming the team member a record is assigned to,
   * e.g. `assignedToTeamMember` or `event.assignedToTeamMember`. A `host` then reads and writes only
   * records assigned to them; other roles of the group the whole site.
   */
  hostField?: string
  /** Changes to the `site` field, e.g. `{ unique: true }` for one record per site. */
  siteField?: Partial<RelationshipField>
}

export type SiteScopedCollectionConfig = Omit<CollectionConfig, 'access'> & {
  access?: CollectionConfig['access']
  tenancy?: Tenancy
}

const OPERATIONS = ['read', 'create', 'update', 'delete'] as const

/**
 * What a builder-made collection declares, as recorded on it: plain data (it is sent to the
 * admin's client config with `custom`), defaults resolved, and the operations whose
 * generated access an `access` override replaced (what those allow is the override's business).
 */
export type DeclaredTenancy = {
  read: RoleGroup
  write: RoleGroup
  delete: RoleGroup
  staffMayRead: boolean
  hostField?: string
  overridden: (typeof OPERATIONS)[number][]
}

/** The tenancy a collection (raw or sanitized) was built with, or undefined when it was not made by the builder. */
export const declaredTenancy = (collection: Pick<CollectionConfig, 'custom'>): DeclaredTenancy | undefined =>
  (collection.custom as { tenancy?: DeclaredTenancy } | undefined)?.tenancy

/** The `site` picker offers the sites where the caller may write (staff and trusted calls: no filter). */
const writableSites =
  (group: RoleGroup): RelationshipField['filterOptions'] =>
  async ({ req }) => {
    if (!req.user || isStaffUser(req.user)) return true
    const ids = await siteIdsFor(req, group)
    return ids.length ? { id: { in: ids } } : NOTHING
  }

const scopedAccess = (tenancy: Required<Pick<Tenancy, 'read' | 'write' | 'delete' | 'staffMayRead'>> & Pick<Tenancy, 'hostField'>) => {
  const { read, write, staffMayRead, hostField } = tenancy
  const scope = (group: RoleGroup, mayRead = false): Access =>
    hostField ? hostScoped({ group, hostField, staffMayRead: mayRead }) : siteScoped({ group, staffMayRead: mayRead })
  return {
    read: scope(read, staffMayRead),
    create: siteScopedCreate({ group: write }),
    update: scope(write),
    delete: scope(tenancy.delete),
  }
}

export const siteScopedCollection = ({ tenancy = {}, access, hooks, fields, ...collection }: SiteScopedCollectionConfig): CollectionConfig => {
  const write = tenancy.write ?? 'content'
  const resolved = {
    read: tenancy.read ?? 'read',
    write,
    delete: tenancy.delete ?? write,
    staffMayRead: tenancy.staffMayRead ?? true,
    hostField: tenancy.hostField,
  }
  // No `hostField: undefined` key: the record stays plain JSON.
  const { hostField, ...groups } = resolved
  const declared: DeclaredTenancy = {
    ...groups,
    ...(hostField ? { hostField } : {}),
    overridden: OPERATIONS.filter((operation) => access?.[operation] !== undefined),
  }
  const scopedFields: Field[] = [siteField({ filterOptions: writableSites(write), ...tenancy.siteField }), ...sameSiteOptions(fields)]
  return {
    ...collection,
    custom: { ...collection.custom, tenancy: declared },
    admin: {
      ...collection.admin,
      baseFilter: collection.admin?.baseFilter ?? collection.admin?.baseListFilter ?? currentSiteFilter,
      components: {
        ...collection.admin?.components,
        beforeListTable: ['/src/platform/admin/SitePicker#SitePicker', ...(collection.admin?.components?.beforeListTable ?? [])],
      },
    },
    access: { ...scopedAccess(resolved), ...access },
    hooks: {
      ...hooks,
      beforeChange: [enforceSiteAssignment({ group: write }), sameSiteRelations, ...(hooks?.beforeChange ?? [])],
    },
    fields: scopedFields,
  }
}

/** Whether a collection (raw or sanitized) came from the builder, or otherwise names its site the same way. */
export const isSiteScoped = (collection: Pick<CollectionConfig, 'fields'>): boolean =>
  collection.fields.some((field) => 'name' in field && field.name === 'site' && field.type === 'relationship' && field.relationTo === 'sites')
