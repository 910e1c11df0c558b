import { startsText } from './due'

describe('startsText', () => {
  const zone = 'Europe/Warsaw'

  it('says “jutro o 10:00” / “tomorrow at 10:00” for the next day in the event’s zone', () => {
    const start = new Date('2026-12-05T09:00:00Z') // 10:00 in Warsaw (CET)
    const at = new Date('2026-12-04T10:00:00Z')
    expect(startsText({ start, now: at, timeZone: zone, lang: 'pl' })).toBe('jutro o 10:00')
    expect(startsText({ start, now: at, timeZone: zone, lang: 'en' })).toBe('tomorrow at 10:00')
  })

  it('says “dziś” / “today” for the same day, decided in the event’s zone, not UTC', () => {
    // 23:30 UTC on 4 December is already 5 December 00:30 in Warsaw.
    const start = new Date('2026-12-05T17:30:00Z')
    expect(startsText({ start, now: new Date('2026-12-04T23:30:00Z'), timeZone: zone, lang: 'pl' })).toBe('dziś o 18:30')
    expect(startsText({ start, now: new Date('2026-12-04T23:30:00Z'), timeZone: zone, lang: 'en' })).toBe('today at 18:30')
  })

  it('crosses the spring daylight-saving change (29 March 2026) correctly', () => {
    const start = new Date('2026-03-29T08:00:00Z') // 10:00 CEST
    expect(startsText({ start, now: new Date('2026-03-28T12:00:00Z'), timeZone: zone, lang: 'pl' })).toBe('jutro o 10:00')
  })

  it('names the day when the reminder is late by more than a day', () => {
    const start = new Date('2026-12-07T09:00:00Z')
    expect(startsText({ start, now: new Date('2026-12-04T10:00:00Z'), timeZone: zone, lang: 'pl' })).toBe('7 grudnia o 10:00')
    expect(startsText({ start, now: new Date('2026-12-04T10:00:00Z'), timeZone: zone, lang: 'en' })).toBe('7 December at 10:00')
  })
})
