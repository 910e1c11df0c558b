import { formatDate, formatMoney, langOf, planDescription } from './format'

const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ')

describe('receipt formats', () => {
  it('writes amounts from grosze the way each language does', () => {
    expect(plain(formatMoney(2900, 'PLN', 'pl'))).toBe('29,00 zł')
    expect(plain(formatMoney(123456, 'PLN', 'pl'))).toBe('1234,56 zł')
    expect(plain(formatMoney(2900, 'PLN', 'en'))).toBe('PLN 29.00')
    expect(plain(formatMoney(5, 'EUR', 'pl'))).toBe('0,05 €')
  })
  it('writes the Warsaw day with the month in words', () => {
    expect(formatDate('2026-11-30T10:00:00Z', 'pl')).toBe('30 listopada 2026')
    expect(formatDate('2026-11-30T10:00:00Z', 'en')).toBe('30 November 2026')
    // 23:30 UTC on 31 March is already 1 April in Warsaw (summer time).
    expect(formatDate('2026-03-31T23:30:00Z', 'pl')).toBe('1 kwietnia 2026')
  })
  it('describes a plan term in both languages', () => {
    expect(planDescription('Pro', 'monthly', 'pl')).toBe('Plan Pro — 1 miesiąc')
    expect(planDescription('Studio', 'yearly', 'pl')).toBe('Plan Studio — 1 rok')
    expect(planDescription('Pro', 'monthly', 'en')).toBe('Pro plan — 1 month')
  })
  it('reads the payer language, Polish by default', () => {
    expect([langOf('en'), langOf('pl'), langOf(null)]).toEqual(['en', 'pl', 'pl'])
  })
})
