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

/** Adds the demo plans that are missing (by slug), so running the seed twice changes nothing. */
export const seedPlans: DemoSeed = async ({ payload }) => {
  for (const plan of DEMO_PLANS) {
    const existing = await payload.count({ collection: PLANS, where: { slug: { equals: plan.slug } }, overrideAccess: true })
    if (!existing.totalDocs) await payload.create({ collection: PLANS, data: plan, overrideAccess: true })
  }
}
