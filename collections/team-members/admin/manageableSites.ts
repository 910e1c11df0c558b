/** The sites the signed-in user may invite to (owner or admin), by name, for the invite dialog. */
import type { PayloadRequest } from 'payload'

import { roleIn } from '../../../src/platform/access/roles'
import { getSiteRoles } from '../../../src/platform/access/siteRoles'
import { isStaffUser } from '../../../src/platform/access/user'
import type { InviteSite } from './InviteDialog'

export const manageableSites = async (req: PayloadRequest): Promise<InviteSite[]> => {
  if (!req.user || isStaffUser(req.user)) return []
  const ids = [...(await getSiteRoles(req)).values()].filter(({ role }) => roleIn(role, 'manage')).map(({ siteId }) => siteId)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: ids } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    req,
  })
  return docs.map((site) => ({ id: site.id, name: site.name }))
}
