import { expiresAtFor, INVITATION_DEFAULTS, intervalAround, invitationSettings, sendAtFor, tooOld } from './settings'

describe('invitationSettings', () => {
  it('takes the option, then the environment, then the default', () => {
    expect(invitationSettings({}, {})).toEqual(INVITATION_DEFAULTS)
    expect(
      invitationSettings({}, { TESTIMONIAL_INVITE_DELAY_MINUTES: '0', TESTIMONIAL_INVITE_INTERVAL_DAYS: '30', TESTIMONIAL_INVITE_LINK_DAYS: '7' }),
    ).toEqual({
      delayMinutes: 0,
      intervalDays: 30,
      linkDays: 7,
      maxSessionAgeDays: 30,
    })
    expect(invitationSettings({ delayMinutes: 15, maxSessionAgeDays: 3 }, { TESTIMONIAL_INVITE_DELAY_MINUTES: '0' })).toMatchObject({
      delayMinutes: 15,
      maxSessionAgeDays: 3,
    })
  })

  it('ignores values that are not whole numbers in range', () => {
    expect(
      invitationSettings(
        { delayMinutes: -5, linkDays: 0 },
        { TESTIMONIAL_INVITE_DELAY_MINUTES: 'soon', TESTIMONIAL_INVITE_INTERVAL_DAYS: '1.5', TESTIMONIAL_INVITE_LINK_DAYS: '' },
      ),
    ).toEqual(INVITATION_DEFAULTS)
  })
})

describe('invitation times', () => {
  const end = new Date('2026-03-29T00:30:00Z') // the night Warsaw moves to summer time: real minutes count
  it('is due the delay after the end, and expires whole days after sending', () => {
    expect(sendAtFor(end, { delayMinutes: 120 }).toISOString()).toBe('2026-03-29T02:30:00.000Z')
    expect(expiresAtFor(end, { linkDays: 30 }).toISOString()).toBe('2026-04-28T00:30:00.000Z')
  })

  it('looks the interval both ways (a session recorded late may be older than one already asked about)', () => {
    expect(intervalAround(end, { intervalDays: 90 })).toEqual({ from: new Date('2025-12-29T00:30:00Z'), to: new Date('2026-06-27T00:30:00Z') })
  })

  it('calls a session too old past the limit only', () => {
    expect(tooOld(end, new Date('2026-04-28T00:30:00Z'), { maxSessionAgeDays: 30 })).toBe(false)
    expect(tooOld(end, new Date('2026-04-28T00:30:01Z'), { maxSessionAgeDays: 30 })).toBe(true)
  })
})
