/**
 * Access for documents that belong to a site (a `site` relationship field).
 * Reads return a `Where` limited to the sites the caller reaches; writes also
 * check the site a document is being put into, on create and on update.
 */
import type { Access, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import { relationId, sameId, type ID } from './ids'
import { roleIn, type RoleGroup } from './roles'
import { roleOnSite, siteIdsFor } from './siteRoles'
import { isStaffUser } from './user'
import { say } from '../i18n/requestLocale'
import { t } from '../i18n/labels'

/**
 * Matches no document, on every adapter. A signed-in user without a site gets
 * empty lists (and can still create a site) rather than a 403 that would read
 * as "you may never use this".
 */
export const NOTHING: Where = { id: { exists: false } }

const whereIn = (field: string, ids: ID[]): Where => (ids.length ? { [field]: { in: ids } } : NOTHING)

type SiteScopeOptions = {
  /** Which role group may do this. */
  group: RoleGroup
  /** The relationship field naming the site; `id` for the sites collection itself. */
  field?: string
  /** Staff may read everything (audit); they never get a write exception. */
  staffMayRead?: boolean
  /** Extra condition for some roles, e.g. a host sees only what is assigned to them. */
  narrow?: (args: { req: PayloadRequest }) => Promise<Where | undefined> | Where | undefined
}

/** Read/update/delete: documents of the sites where the caller has a role of `group`. */
export const siteScoped =
  ({ group, field = 'site', staffMayRead = false, narrow }: SiteScopeOptions): Access =>
  async ({ req }) => {
    if (!req.user) return false
    if (staffMayRead && isStaffUser(req.user)) return true
    const scope = whereIn(field, await siteIdsFor(req, group))
    const extra = narrow ? await narrow({ req }) : undefined
    return extra ? { and: [scope, extra] } : scope
  }

/** No site named at all (the required-field check deals with that), as opposed to a site named in a shape we do not read. */
const noSite = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Create: the caller needs a role of `group` on the site named in the data.
 * Without data (the admin asking whether to show "Create"), any such site will do.
 * A site named as anything but one id or one document (an array, `{ relationTo,
 * value }`) is refused: such a value would otherwise skip the check and leave
 * it to the database to reject, which MongoDB would not.
 */
export const siteScopedCreate =
  ({ group, field = 'site' }: { group: RoleGroup; field?: string }): Access =>
  async ({ req, data }) => {
    if (!req.user) return false
    if (noSite(data?.[field])) return (await siteIdsFor(req, group)).length > 0
    const siteId = relationId(data?.[field])
    if (siteId === undefined) return false
    return roleIn(await roleOnSite(req, siteId), group)
  }

/**
 * Refuses (403) to put a document into a site where the caller lacks a role of
 * `group`: the create access above covers new documents, this covers moving an
 * existing one. Calls without a user are trusted internal calls (seeds, jobs).
 */
export const enforceSiteAssignment =
  ({ group, field = 'site' }: { group: RoleGroup; field?: string }): CollectionBeforeChangeHook =>
  async ({ req, data, originalDoc, operation }) => {
    if (!req.user) return data
    if (noSite(data?.[field])) return data
    const target = relationId(data?.[field])
    if (target === undefined) throw new APIError(say(req, t('Name the site by its id.', 'Wskaż stronę jej identyfikatorem.')), 403)
    if (operation === 'update' && sameId(target, originalDoc?.[field])) return data
    if (!roleIn(await roleOnSite(req, target), group)) {
      throw new APIError(
        say(req, t(`You may not put this record into site ${String(target)}.`, `Nie możesz umieścić tego rekordu na stronie ${String(target)}.`)),
        403,
      )
    }
    return data
  }
