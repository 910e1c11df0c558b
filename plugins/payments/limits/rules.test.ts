import type { LimitedPlan } from './rules'
import { allowsOneMore, chooseUpgrade, isKnownLimit, maximumOf } from './rules'

const plan = (id: number, monthlyPrice: number, limits: LimitedPlan['limits'], sortOrder = id): LimitedPlan => ({
  id,
  namePl: `P${id}`,
  nameEn: `P${id}`,
  monthlyPrice,
  sortOrder,
  limits,
})

const free = plan(1, 0, { maxSites: 1, maxTeamMembers: 1, customDomain: false, maxNewsletterSubscribers: 100 })
const pro = plan(2, 4900, { maxSites: 3, maxTeamMembers: 5, customDomain: true, maxNewsletterSubscribers: 2000 })
const studio = plan(3, 12900, { maxSites: 10, maxTeamMembers: 25, customDomain: true, maxNewsletterSubscribers: null })

describe('plan rules', () => {
  it('knows the limits in the plans and nothing else', () => {
    for (const limit of ['sites', 'teamMembers', 'newsletterSubscribers', 'customDomain']) expect(isKnownLimit(limit)).toBe(true)
    for (const limit of ['events', 'toString', '__proto__', '']) expect(isKnownLimit(limit)).toBe(false)
  })

  it('allows one more while fewer than the maximum exist; an empty maximum is unlimited, 0 allows none', () => {
    expect(allowsOneMore(free, 'sites', 0)).toBe(true)
    expect(allowsOneMore(free, 'sites', 1)).toBe(false)
    expect(allowsOneMore(free, 'sites', 5)).toBe(false)
    expect(allowsOneMore(studio, 'newsletterSubscribers', 1_000_000)).toBe(true)
    expect(maximumOf(studio, 'newsletterSubscribers')).toBeNull()
    expect(allowsOneMore(plan(9, 0, { maxSites: 0 }), 'sites', 0)).toBe(false)
    expect(allowsOneMore(plan(9, 0, null), 'teamMembers', 40)).toBe(true)
  })

  it('a custom domain is allowed only by a plan that includes it', () => {
    expect(allowsOneMore(free, 'customDomain', 0)).toBe(false)
    expect(allowsOneMore(pro, 'customDomain', 0)).toBe(true)
    expect(allowsOneMore(plan(9, 0, {}), 'customDomain', 0)).toBe(false)
  })

  it('suggests the cheapest other plan that allows this one more', () => {
    const offered = [studio, free, pro]
    expect(chooseUpgrade({ offered, current: free, limit: 'sites', used: 1 })).toBe(pro)
    // After Pro ended with 3 sites kept, Pro (3) would not take a fourth: Studio would.
    expect(chooseUpgrade({ offered, current: free, limit: 'sites', used: 3 })).toBe(studio)
    expect(chooseUpgrade({ offered, current: studio, limit: 'sites', used: 10 })).toBeUndefined()
    expect(chooseUpgrade({ offered, current: pro, limit: 'newsletterSubscribers', used: 2000 })).toBe(studio)
    expect(chooseUpgrade({ offered, current: free, limit: 'customDomain', used: 0 })).toBe(pro)
  })

  it('breaks a price tie by the plans’ order, and never suggests the plan in force', () => {
    const twinA = plan(4, 4900, { maxSites: 5 }, 7)
    const twinB = plan(5, 4900, { maxSites: 5 }, 6)
    expect(chooseUpgrade({ offered: [twinA, twinB], current: free, limit: 'sites', used: 1 })).toBe(twinB)
    expect(chooseUpgrade({ offered: [free], current: { ...free, limits: { maxSites: 0 } }, limit: 'sites', used: 0 })).toBeUndefined()
  })
})
