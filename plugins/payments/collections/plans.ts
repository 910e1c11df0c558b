import type { Access, CollectionConfig, Field, Where } from 'payload'

import { isStaffUser, labels, relationId, staffOnly, t, validationMessage } from '@platform'
import { checkFreePlan, keepFreePlan, moveFreeFlag } from '../hooks/oneFreePlan'
import { GROUP, PLANS } from '../types'
import { wholeGrosze } from './amounts'

/** Signed-in users read the active plans (to choose one) and the plan they have, even after it was withdrawn. */
const readPlans: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  const offered: Where = { isActive: { equals: true } }
  const own = relationId(req.user.plan)
  return own === undefined ? offered : { or: [offered, { id: { equals: own } }] }
}

const limit = (name: string, label: ReturnType<typeof t>): Field => ({
  name,
  type: 'number',
  min: 0,
  validate: wholeGrosze({}),
  admin: { description: t('Empty: unlimited.', 'Puste: bez limitu.') },
  label,
})

/** What each plan allows; enforced where things are created (null = unlimited). */
const limitFields: Field[] = [
  limit('maxSites', t('Sites', 'Strony')),
  { name: 'customDomain', type: 'checkbox', defaultValue: false, label: t('Custom domain', 'Własna domena') },
  limit('maxTeamMembers', t('Team members', 'Członkowie zespołu')),
  limit('maxNewsletterSubscribers', t('Newsletter subscribers', 'Subskrybenci newslettera')),
]

/** The plans users buy, managed by staff; exactly one is free (hooks/oneFreePlan.ts). Prices in grosze. */
export const Plans: CollectionConfig = {
  slug: PLANS,
  labels: labels(t('Plan', 'Plan'), t('Plans', 'Plany')),
  admin: { useAsTitle: 'namePl', defaultColumns: ['namePl', 'nameEn', 'slug', 'monthlyPrice', 'yearlyPrice', 'isFree', 'isActive', 'sortOrder'], group: GROUP },
  defaultSort: 'sortOrder',
  access: { read: readPlans, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [checkFreePlan], afterChange: [moveFreeFlag], beforeDelete: [keepFreePlan] },
  fields: [
    { name: 'namePl', type: 'text', required: true, maxLength: 100, label: t('Name (PL)', 'Nazwa (PL)') },
    { name: 'nameEn', type: 'text', required: true, maxLength: 100, label: t('Name (EN)', 'Nazwa (EN)') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 50,
      validate: (value: unknown, { req }: { req?: unknown }) =>
        typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value)
          ? true
          : validationMessage(
              req,
              t('Use lowercase letters, digits and dashes, e.g. pro-monthly.', 'Użyj małych liter, cyfr i myślników, np. pro-miesiecznie.'),
            ),
      label: t('Slug', 'Identyfikator'),
    },
    {
      name: 'monthlyPrice',
      type: 'number',
      required: true,
      min: 0,
      validate: wholeGrosze({ required: true }),
      label: t('Monthly price (grosze)', 'Cena miesięczna (grosze)'),
    },
    {
      name: 'yearlyPrice',
      type: 'number',
      required: true,
      min: 0,
      validate: wholeGrosze({ required: true }),
      label: t('Yearly price (grosze)', 'Cena roczna (grosze)'),
    },
    { name: 'isFree', type: 'checkbox', defaultValue: false, index: true, label: t('Free plan (the fallback)', 'Plan darmowy (domyślny)') },
    { name: 'isActive', type: 'checkbox', defaultValue: true, index: true, label: t('Offered', 'W ofercie') },
    { name: 'sortOrder', type: 'number', defaultValue: 0, label: t('Order', 'Kolejność') },
    { name: 'limits', type: 'group', fields: limitFields, label: t('Limits', 'Limity') },
  ],
}
