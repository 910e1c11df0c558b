import { planNoticeDue } from './planNotices'

const now = new Date('2026-11-30T08:00:00Z')
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString()

describe('planNoticeDue', () => {
  it('reminds within 7 days of the end, once per end date', () => {
    expect(planNoticeDue({ planEndsAt: inDays(7) }, now)).toBe('ending')
    expect(planNoticeDue({ planEndsAt: inDays(0.5) }, now)).toBe('ending')
    expect(planNoticeDue({ planEndsAt: inDays(7.01) }, now)).toBeNull()
    expect(planNoticeDue({ planEndsAt: inDays(3), planReminderSentFor: inDays(3) }, now)).toBeNull()
    // Renewed: the new end gets its own reminder.
    expect(planNoticeDue({ planEndsAt: inDays(3), planReminderSentFor: inDays(-28) }, now)).toBe('ending')
  })
  it('says the plan ended within 7 days after the end, once', () => {
    expect(planNoticeDue({ planEndsAt: inDays(0) }, now)).toBe('ended')
    expect(planNoticeDue({ planEndsAt: inDays(-2), planReminderSentFor: inDays(-2) }, now)).toBe('ended')
    expect(planNoticeDue({ planEndsAt: inDays(-2), planEndedNoticeSentFor: inDays(-2) }, now)).toBeNull()
    expect(planNoticeDue({ planEndsAt: inDays(-8) }, now)).toBeNull()
  })
  it('ignores plans without an end (granted by staff) or with an unreadable one', () => {
    expect(planNoticeDue({ planEndsAt: null }, now)).toBeNull()
    expect(planNoticeDue({ planEndsAt: 'soon' }, now)).toBeNull()
  })
})
