import { currentPlan } from './currentPlan'

const free = { id: 1, isFree: true, name: 'Free' }
const pro = { id: 2, isFree: false, name: 'Pro' }
const now = new Date('2026-11-30T12:00:00.000Z')

describe('currentPlan', () => {
  it('no plan: the free one', () => {
    expect(currentPlan({ plan: null, planEndsAt: null, freePlan: free, now })).toEqual({ kind: 'free', plan: free })
    expect(currentPlan({ plan: undefined, planEndsAt: '2027-01-01T00:00:00.000Z', freePlan: free, now })).toEqual({ kind: 'free', plan: free })
  })

  it('a bought plan before its end is in force, with the end', () => {
    expect(currentPlan({ plan: pro, planEndsAt: '2026-12-30T12:00:00.000Z', freePlan: free, now })).toEqual({
      kind: 'active',
      plan: pro,
      endsAt: '2026-12-30T12:00:00.000Z',
    })
  })

  it('a plan granted without a term has no end', () => {
    expect(currentPlan({ plan: pro, planEndsAt: null, freePlan: free, now })).toEqual({ kind: 'active', plan: pro, endsAt: null })
  })

  it('after the end (or exactly at it) the free plan applies and the ended plan is named', () => {
    expect(currentPlan({ plan: pro, planEndsAt: '2026-11-01T12:00:00.000Z', freePlan: free, now })).toEqual({
      kind: 'ended',
      ended: pro,
      endedAt: '2026-11-01T12:00:00.000Z',
      plan: free,
    })
    expect(currentPlan({ plan: pro, planEndsAt: now.toISOString(), freePlan: free, now }).kind).toBe('ended')
  })

  it('an ended plan with no free plan offered still reads as ended, not active', () => {
    expect(currentPlan({ plan: pro, planEndsAt: '2026-11-01T12:00:00.000Z', freePlan: null, now })).toMatchObject({ kind: 'ended', plan: null })
  })

  it('an unreadable end date is the safe side: ended as of now', () => {
    expect(currentPlan({ plan: pro, planEndsAt: 'not a date', freePlan: free, now })).toEqual({
      kind: 'ended',
      ended: pro,
      endedAt: now.toISOString(),
      plan: free,
    })
  })

  it('the free plan stored as the plan is just the free plan', () => {
    expect(currentPlan({ plan: free, planEndsAt: '2026-01-01T00:00:00.000Z', freePlan: free, now })).toEqual({ kind: 'free', plan: free })
  })
})
