import { formatDate, formatDateTime, formatMoney, langOf, polishPlural } from './format'

// Intl puts a no-break space before "zł" and inside large numbers; a reader sees a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMoney', () => {
  it('says grosze as złote in each language', () => {
    expect(plain(formatMoney(2900, 'pl'))).toBe('29,00 zł')
    expect(plain(formatMoney(129000, 'pl'))).toBe('1290,00 zł')
    expect(plain(formatMoney(12345678, 'pl'))).toBe('123 456,78 zł')
    expect(plain(formatMoney(4900, 'en'))).toBe('PLN 49.00')
    expect(plain(formatMoney(1, 'pl', 'EUR'))).toBe('0,01 €')
    expect(formatMoney(1200, 'pl')).toBe('12,00\u00a0zł')
  })
})

describe('formatDate', () => {
  it('writes the Warsaw calendar day with the month in the genitive (pl)', () => {
    expect(formatDate('2026-12-30T10:00:00.000Z', 'pl')).toBe('30 grudnia 2026')
    expect(formatDate('2026-12-30T10:00:00.000Z', 'en')).toBe('30 December 2026')
    // 23:30 UTC is already the next day in Warsaw (winter, UTC+1), and 22:30 UTC in summer (UTC+2).
    expect(formatDate('2026-11-30T23:30:00.000Z', 'pl')).toBe('1 grudnia 2026')
    expect(formatDate('2026-06-30T22:30:00.000Z', 'pl')).toBe('1 lipca 2026')
    expect(formatDate('2026-03-31T23:30:00Z', 'pl')).toBe('1 kwietnia 2026')
  })
})

describe('formatDateTime', () => {
  it('adds the Warsaw time on a 24-hour clock to the day', () => {
    expect(formatDateTime('2026-11-30T13:05:00.000Z', 'pl')).toBe('30 listopada 2026, 14:05')
    expect(formatDateTime('2026-11-30T13:05:00.000Z', 'en')).toBe('30 November 2026, 14:05')
    // Past midnight in Warsaw: the next day, hour 00 (not 24).
    expect(formatDateTime('2026-06-30T22:30:00.000Z', 'pl')).toBe('1 lipca 2026, 00:30')
  })
})

describe('polishPlural', () => {
  const forms = { one: 'strona', few: 'strony', many: 'stron' }
  it.each([
    [1, 'strona'],
    [2, 'strony'],
    [4, 'strony'],
    [5, 'stron'],
    [11, 'stron'],
    [12, 'stron'],
    [14, 'stron'],
    [21, 'stron'],
    [22, 'strony'],
    [25, 'stron'],
    [104, 'strony'],
    [112, 'stron'],
    [0, 'stron'],
  ])('%i %s', (count, form) => {
    expect(polishPlural(count, forms)).toBe(form)
  })
})

describe('langOf', () => {
  it('is Polish unless English was chosen', () => {
    expect([langOf('en'), langOf('pl'), langOf(undefined), langOf(null), langOf('de')]).toEqual(['en', 'pl', 'pl', 'pl', 'pl'])
  })
})
