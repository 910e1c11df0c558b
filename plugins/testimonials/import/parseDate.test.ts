import { dayToTimestamp, parseDate, warsawToday } from './parseDate'

describe('parseDate', () => {
  it('reads ISO days, with or without a time', () => {
    expect(parseDate('2024-03-15')).toBe('2024-03-15')
    expect(parseDate(' 2024-3-5 ')).toBe('2024-03-05')
    expect(parseDate('2024-03-15T10:30:00Z')).toBe('2024-03-15')
    expect(parseDate('2024-03-15 10:30')).toBe('2024-03-15')
    expect(parseDate('2024-03-15T10:30:00.000+01:00')).toBe('2024-03-15')
  })

  it('reads Polish day-first numbers with dots, dashes or slashes, and the "r." suffix', () => {
    expect(parseDate('15.03.2024')).toBe('2024-03-15')
    expect(parseDate('5.3.2024')).toBe('2024-03-05')
    expect(parseDate('15-03-2024')).toBe('2024-03-15')
    expect(parseDate('15/03/2024')).toBe('2024-03-15')
    expect(parseDate('15.03.2024 r.')).toBe('2024-03-15')
    expect(parseDate('15.03.2024 14:05')).toBe('2024-03-15')
  })

  it('reads month names in Polish (genitive and nominative) and English', () => {
    expect(parseDate('15 marca 2024')).toBe('2024-03-15')
    expect(parseDate('1 października 2023 r.')).toBe('2023-10-01')
    expect(parseDate('3 Grudzień 2022')).toBe('2022-12-03')
    expect(parseDate('15 March 2024')).toBe('2024-03-15')
    expect(parseDate('15 Mar 2024')).toBe('2024-03-15')
    expect(parseDate('7 września 2021')).toBe('2021-09-07')
  })

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseDate('31.04.2024')).toBeUndefined()
    expect(parseDate('29.02.2023')).toBeUndefined()
    expect(parseDate('29.02.2024')).toBe('2024-02-29')
    expect(parseDate('2024-13-01')).toBeUndefined()
    expect(parseDate('15.03.24')).toBeUndefined()
    expect(parseDate('15 marchewki 2024')).toBeUndefined()
    expect(parseDate('wczoraj')).toBeUndefined()
    expect(parseDate('15.03-2024')).toBeUndefined()
    expect(parseDate('')).toBeUndefined()
  })
})

describe('warsawToday', () => {
  it('is the Polish calendar day, which starts before UTC does', () => {
    expect(warsawToday(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29') // UTC+1
    expect(warsawToday(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01') // UTC+2
    expect(warsawToday(new Date('2026-07-31T21:30:00Z'))).toBe('2026-07-31')
  })
})

describe('dayToTimestamp', () => {
  it('stores a day as its noon UTC', () => {
    expect(dayToTimestamp('2024-03-15')).toBe('2024-03-15T12:00:00.000Z')
  })
})
