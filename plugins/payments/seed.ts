import type { DemoSeed } from '@platform'

import { PLANS } from './types'

/** Demo plans (prices in grosze, VAT included); the free one first, since it must exist before the others. */
export const DEMO_PLANS = [
  {
    slug: 'free',
    namePl: 'Darmowy',
    nameEn: 'Free',
    monthlyPrice: 0,
    yearlyPrice: 0,
    isFree: true,
    sortOrder: 0,
    limits: { maxSites: 1, customDomain: false, maxTeamMembers: 1, maxNewsletterSubscribers: 100 },
  },
  {
    slug: 'pro',
    namePl: 'Pro',
    nameEn: 'Pro',
    monthlyPrice: 4900,
    yearlyPrice: 49000,
    isFree: false,
    sortOrder: 1,
    limits: { maxSites: 3, customDomain: true, maxTeamMembers: 5, maxNewsletterSubscribers: 2000 },
  },
  {
    slug: 'studio',
    namePl: 'Studio',
    nameEn: 'Studio',
    monthlyPrice: 12900,
    yearlyPrice: 129000,
    isFree: false,
    sortOrder: 2,
    limits: { maxSites: 10, customDomain: true, maxTeamMembers: 25, maxNewsletterSubscribers: null },
  },
]

/**
 * Adds the demo plans that are missing (by slug), and grants the first demo owner (Anna) the Studio plan with no
 * end, as staff would: her demo shows a paid plan, and her second site or team member is not refused, while the
 * other demo accounts start on the free plan and can buy one. Running the seed twice changes nothing.
 */
export const seedPlans: DemoSeed = async ({ payload, sites }) => {
  for (const plan of DEMO_PLANS) {
    const existing = await payload.count({ collection: PLANS, where: { slug: { equals: plan.slug } }, overrideAccess: true }) // seed
    if (!existing.totalDocs) await payload.create({ collection: PLANS, data: plan, overrideAccess: true }) // seed
  }
  const ownerId = sites[0]?.ownerId
  if (ownerId === undefined) return
  const owner = await payload.findByID({ collection: 'users', id: ownerId, depth: 0, overrideAccess: true }) // seed
  if (owner.plan) return
  const studio = await payload.find({ collection: PLANS, where: { slug: { equals: 'studio' } }, limit: 1, depth: 0, overrideAccess: true }) // seed
  if (studio.docs[0]) await payload.update({ collection: 'users', id: ownerId, data: { plan: studio.docs[0].id, planEndsAt: null }, overrideAccess: true }) // seed: granted as staff would
}
