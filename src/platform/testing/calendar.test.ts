import { calendarProperties, calendarTime } from './calendar'

const file = (...lines: string[]) => `${['BEGIN:VCALENDAR', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n')}\r\n`

describe('calendarProperties', () => {
  it('joins folded lines and keeps the first value of each name, without its parameters', () => {
    const props = calendarProperties(file('SUMMARY:Joga\\; poziom 1', 'DESCRIPTION:Zażółć ', ' gęślą', 'URL;VALUE=URI:https://p.test/x', 'SUMMARY:second'))
    expect(props).toMatchObject({ SUMMARY: 'Joga\\; poziom 1', DESCRIPTION: 'Zażółć gęślą', URL: 'https://p.test/x' })
  })
})

describe('calendarTime', () => {
  it('reads UTC, and a zone’s wall time on both sides of the spring change in Warsaw', () => {
    expect(calendarTime(file('DTSTART:20260329T080000Z'), 'DTSTART')).toBe(Date.parse('2026-03-29T08:00:00Z'))
    expect(calendarTime(file('DTSTART;TZID=Europe/Warsaw:20260329T100000'), 'DTSTART')).toBe(Date.parse('2026-03-29T08:00:00Z'))
    expect(calendarTime(file('DTSTART;TZID="Europe/Warsaw":20260328T100000'), 'DTSTART')).toBe(Date.parse('2026-03-28T09:00:00Z'))
  })

  it('refuses a floating time and a missing property instead of guessing', () => {
    expect(() => calendarTime(file('DTSTART:20260329T100000'), 'DTSTART')).toThrow(/floating/)
    expect(() => calendarTime(file('DTSTART:20260329T100000Z'), 'DTEND')).toThrow(/No DTEND/)
  })
})
