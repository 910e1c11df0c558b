import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { roleIn, roleOnSite, type RoleGroup } from '../../../src/platform/access'
import { MESSAGES } from '../../../src/platform/i18n/messages'
import { say } from '../../../src/platform/i18n/requestLocale'

/**
 * The site named by `:id`, read as the caller (so another tenant's site is a 404),
 * and a 403 unless the caller's role on it is in `group`.
 */
export const siteForCaller = async (req: PayloadRequest, group: RoleGroup) => {
  if (!req.user) throw new APIError(say(req, MESSAGES.signIn), 401)
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') throw new APIError(say(req, MESSAGES.notFound), 404)
  const numeric = Number(id)
  const siteId = Number.isSafeInteger(numeric) && String(numeric) === String(id) ? numeric : id
  const found = await req.payload.find({
    collection: 'sites',
    where: { id: { equals: siteId } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const site = found.docs[0]
  if (!site) throw new APIError(say(req, MESSAGES.notFound), 404)
  if (!roleIn(await roleOnSite(req, site.id), group)) throw new APIError(say(req, MESSAGES.roleForbids), 403)
  return site
}
