import { effectivePlan } from '../effectivePlan'

const free = { slug: 'free' }
const pro = { slug: 'pro' }
const now = new Date('2026-11-30T12:00:00Z')

describe('effectivePlan', () => {
  it('keeps a plan until it ends', () => {
    expect(effectivePlan({ plan: pro, planEndsAt: '2026-12-30T12:00:00Z', now, freePlan: free })).toBe(pro)
  })

  it('falls back to the free plan once the plan ended (at the end instant too)', () => {
    expect(effectivePlan({ plan: pro, planEndsAt: new Date('2026-11-29T12:00:00Z'), now, freePlan: free })).toBe(free)
    expect(effectivePlan({ plan: pro, planEndsAt: now, now, freePlan: free })).toBe(free)
  })

  it('gives the free plan to a user without a plan', () => {
    expect(effectivePlan({ plan: null, planEndsAt: '2027-01-01', now, freePlan: free })).toBe(free)
    expect(effectivePlan({ plan: undefined, planEndsAt: undefined, now, freePlan: free })).toBe(free)
  })

  it('keeps a plan granted without an end date', () => {
    expect(effectivePlan({ plan: pro, planEndsAt: null, now, freePlan: free })).toBe(pro)
  })

  it('treats an unreadable end date as ended (the safe side of a limit)', () => {
    expect(effectivePlan({ plan: pro, planEndsAt: 'not a date', now, freePlan: free })).toBe(free)
  })
})
