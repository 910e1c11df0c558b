import type { Field, FieldAccess } from 'payload'

import { isStaffUser, lockedField, sameId, staffOnlyField, t } from '@platform'
import { PLANS } from '../types'

/** A user's plan is theirs and staff's to see; team admins who read their team's accounts do not see it. */
const selfOrStaff: FieldAccess = ({ req, doc }) => isStaffUser(req.user) || sameId(req.user?.id, doc?.id)

/**
 * Written by the payment flow (trusted code, overrideAccess) and by staff; a user trying to set their own plan
 * gets a 403 rather than a silent no-op (lockedField).
 */
export const userPlanFields: Field[] = [
  {
    name: 'plan',
    type: 'relationship',
    relationTo: PLANS,
    access: { read: selfOrStaff, create: lockedField('plan', staffOnlyField), update: lockedField('plan', staffOnlyField) },
    admin: { position: 'sidebar', description: t('Empty or ended: the free plan.', 'Pusty lub zakończony: plan darmowy.') },
    label: t('Plan', 'Plan'),
  },
  {
    name: 'planEndsAt',
    type: 'date',
    access: { read: selfOrStaff, create: lockedField('planEndsAt', staffOnlyField), update: lockedField('planEndsAt', staffOnlyField) },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    label: t('Plan ends at', 'Plan ważny do'),
  },
]
