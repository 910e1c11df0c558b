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

/** The demo owners' plans, granted as staff would (no end date), by the order of the core demo's sites. */
const DEMO_GRANTS = ['studio', 'pro'] as const

/**
 * Adds the demo plans that are missing (by slug), and grants the demo's site owners a paid plan (Anna Studio, Marek
 * Pro): their demos show a paid plan and their next site or team member is not refused, while Ewa (an editor with
 * no site of her own) starts on the free plan and can buy one. Running the seed twice changes nothing.
 */
export const seedPlans: DemoSeed = async ({ payload, sites }) => {
  for (const plan of DEMO_PLANS) {
    const existing = await payload.count({ collection: PLANS, where: { slug: { equals: plan.slug } }, overrideAccess: true }) // seed
    if (!existing.totalDocs) await payload.create({ collection: PLANS, data: plan, overrideAccess: true }) // seed
  }
  for (const [index, slug] of DEMO_GRANTS.entries()) {
    const ownerId = sites[index]?.ownerId
    if (ownerId === undefined) continue
    const owner = await payload.findByID({ collection: 'users', id: ownerId, depth: 0, overrideAccess: true }) // seed
    if (owner.plan) continue
    const plan = await payload.find({ collection: PLANS, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true }) // seed
    if (plan.docs[0]) await payload.update({ collection: 'users', id: ownerId, data: { plan: plan.docs[0].id, planEndsAt: null }, overrideAccess: true }) // seed: granted as staff would
  }
}
