import { clicksText, formatBucket, formatDate, formatPercent, polishPlural } from './format'

describe('analytics formats', () => {
  it('writes shares as the locale does', () => {
    expect(formatPercent(0.125, 'pl')).toBe('12,5%')
    expect(formatPercent(0.125, 'en')).toBe('12.5%')
    expect(formatPercent(1, 'pl')).toBe('100%')
    expect(formatPercent(null, 'pl')).toBe('—')
  })

  it('writes dates in the locale, in Warsaw', () => {
    expect(formatDate('2026-11-30T10:00:00Z', 'pl')).toBe('30 listopada 2026')
    expect(formatDate('2026-11-30T23:30:00Z', 'en')).toBe('1 December 2026')
    expect(formatBucket('2026-11-30', 'pl')).toBe('30 lis')
    expect(formatBucket('2026-11-30', 'en')).toBe('30 Nov')
  })

  it('uses the Polish plural forms', () => {
    const forms = { one: 'kliknięcie', few: 'kliknięcia', many: 'kliknięć' }
    expect([1, 2, 4, 5, 12, 14, 22, 25, 101, 104].map((n) => polishPlural(n, forms))).toEqual([
      'kliknięcie',
      'kliknięcia',
      'kliknięcia',
      'kliknięć',
      'kliknięć',
      'kliknięć',
      'kliknięcia',
      'kliknięć',
      'kliknięć',
      'kliknięcia',
    ])
    expect(clicksText(1234, 'pl')).toBe('1234 kliknięcia')
    expect(clicksText(1, 'en')).toBe('1 click')
  })
})
