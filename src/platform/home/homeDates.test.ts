import { describe, expect, test } from '@jest/globals'

import { homeWhen, startOfDay } from './homeDates'

const ZONE = 'Europe/Warsaw'
// 30 November 2026, 23:54 UTC = 1 December 2026, 00:54 in Warsaw.
const now = new Date('2026-11-30T23:54:00Z')

describe('homeWhen', () => {
  test('says today, tomorrow and yesterday in the reader language, by the day in the site zone', () => {
    expect(homeWhen('2026-12-01T13:00:00Z', { lang: 'pl', now, timeZone: ZONE })).toBe('dziś, 14:00')
    expect(homeWhen('2026-12-02T08:30:00Z', { lang: 'pl', now, timeZone: ZONE })).toBe('jutro, 09:30')
    expect(homeWhen('2026-11-30T17:00:00Z', { lang: 'en', now, timeZone: ZONE })).toBe('yesterday, 18:00')
    // In UTC the same moment is still 30 November: "today" follows the zone given.
    expect(homeWhen('2026-11-30T20:00:00Z', { lang: 'en', now, timeZone: 'UTC' })).toBe('today, 20:00')
  })

  test('writes other days in full, the Polish month in the genitive, on a 24-hour clock', () => {
    expect(homeWhen('2026-12-03T08:30:00Z', { lang: 'pl', now, timeZone: ZONE })).toBe('3 grudnia 2026, 09:30')
    expect(homeWhen('2026-12-03T14:30:00Z', { lang: 'en', now, timeZone: ZONE })).toBe('3 December 2026, 15:30')
    expect(homeWhen('2026-11-02T10:00:00Z', { lang: 'pl', now, timeZone: ZONE, dateOnly: true })).toBe('2 listopada 2026')
    expect(homeWhen('2026-12-01T10:00:00Z', { lang: 'pl', now, timeZone: ZONE, dateOnly: true })).toBe('dziś')
  })
})

describe('startOfDay', () => {
  test('is midnight in the zone, also across the change to and from summer time', () => {
    expect(startOfDay(now, ZONE).toISOString()).toBe('2026-11-30T23:00:00.000Z')
    expect(startOfDay(now, ZONE, 1).toISOString()).toBe('2026-12-01T23:00:00.000Z')
    // 29 March 2026: clocks go forward at 02:00; the day starts at 00:00 CET, the next at 00:00 CEST.
    const spring = new Date('2026-03-29T12:00:00Z')
    expect(startOfDay(spring, ZONE).toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfDay(spring, ZONE, 1).toISOString()).toBe('2026-03-29T22:00:00.000Z')
    // 25 October 2026: clocks go back; the day is 25 hours long.
    const autumn = new Date('2026-10-25T12:00:00Z')
    expect(startOfDay(autumn, ZONE).toISOString()).toBe('2026-10-24T22:00:00.000Z')
    expect(startOfDay(autumn, ZONE, 1).toISOString()).toBe('2026-10-25T23:00:00.000Z')
  })
})
