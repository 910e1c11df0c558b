/**
 * Who may refund a payment: staff (support), and the owner or an `admin` of the site the payment was made to (a
 * workshop ticket sold on their site). Never the payer as such, and a payment without a site (a plan) only staff.
 */
import type { PayloadRequest } from 'payload'

import { isStaffUser, relationId, roleIn, roleOnSite, type SiteRole } from '@platform'

export const mayRefundAs = ({ isStaff, siteRole }: { isStaff: boolean; siteRole?: SiteRole }): boolean => isStaff || roleIn(siteRole, 'manage')

export const mayRefund = async (req: PayloadRequest, payment: { site?: unknown }): Promise<boolean> => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  const siteId = relationId(payment.site as never)
  return mayRefundAs({ isStaff: false, siteRole: siteId === undefined ? undefined : await roleOnSite(req, siteId) })
}
