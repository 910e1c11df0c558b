import { checkCalendarDate, checkEndAfterStart, checkMeetingFits, checkTimeOfDay, checkTimeZone, checkWholeMinutes } from './validation'

describe('booking field rules', () => {
  it('times of day are HH:MM, the end may be 24:00 and must follow the start', () => {
    expect(checkTimeOfDay('09:30')).toBe(true)
    expect(checkTimeOfDay('9:30')).toMatch(/HH:MM/)
    expect(checkTimeOfDay('24:00')).toMatch(/HH:MM/)
    expect(checkTimeOfDay('24:00', { end: true })).toBe(true)
    expect(checkTimeOfDay('23:60', { end: true })).toMatch(/HH:MM/)
    expect(checkEndAfterStart('09:00', '09:30')).toBe(true)
    expect(checkEndAfterStart('09:00', '09:00')).toMatch(/after/)
    expect(checkEndAfterStart('09:00', '24:00')).toBe(true)
  })

  it('minutes are whole numbers within bounds', () => {
    expect(checkWholeMinutes(60, 'meetingLength')).toBe(true)
    expect(checkWholeMinutes(4, 'meetingLength')).toMatch(/5 to 480/)
    expect(checkWholeMinutes(30.5, 'timeSnapping')).toMatch(/whole/)
    expect(checkWholeMinutes(0, 'bufferTime')).toBe(true)
    expect(checkWholeMinutes(-1, 'bufferTime')).toMatch(/0 to 240/)
  })

  it('dates, zones and the meeting fitting into the block', () => {
    expect(checkCalendarDate('2026-10-25')).toBe(true)
    expect(checkCalendarDate('2026-10-32')).toMatch(/YYYY-MM-DD/)
    expect(checkCalendarDate('', { optional: true })).toBe(true)
    expect(checkTimeZone('Europe/Warsaw')).toBe(true)
    expect(checkTimeZone('CET+1')).toMatch(/IANA/)
    expect(checkMeetingFits({ startTime: '09:00', endTime: '10:00', meetingLength: 60 })).toBe(true)
    expect(checkMeetingFits({ startTime: '09:00', endTime: '10:00', meetingLength: 61 })).toMatch(/does not fit/)
  })
})
