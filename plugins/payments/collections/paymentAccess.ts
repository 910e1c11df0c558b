import type { Access, FieldAccess, Where } from 'payload'

import { isStaffUser, siteIdsFor } from '@platform'

/**
 * Who reads a payment: staff all (support, audit); the payer their own; the owner and admins of the site a
 * payment was made to (a workshop ticket) that site's payments, so they can see and refund their sales.
 */
export const readPayments: Access = async ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  const own: Where = { user: { equals: req.user.id } }
  const managed = await siteIdsFor(req, 'manage')
  return managed.length ? { or: [own, { site: { in: managed } }] } : own
}

/** P24 internals (the transaction token, P24's order id, the raw message history): staff only. */
export const staffReadsOnly = { read: (({ req }) => isStaffUser(req.user)) satisfies FieldAccess }
