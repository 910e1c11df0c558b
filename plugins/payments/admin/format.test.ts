import { DEMO_PLANS } from '../seed'
import { describeLimits, formatDate, formatMoney, langOf, polishForm, priceText } from './format'

// Intl puts a no-break space before "zł" and inside large numbers; the owner sees a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMoney', () => {
  it('says grosze as złote in each language', () => {
    expect(plain(formatMoney(2900, 'pl'))).toBe('29,00 zł')
    expect(plain(formatMoney(129000, 'pl'))).toBe('1290,00 zł')
    expect(plain(formatMoney(12345678, 'pl'))).toBe('123 456,78 zł')
    expect(plain(formatMoney(4900, 'en'))).toBe('PLN 49.00')
    expect(plain(formatMoney(1, 'pl', 'EUR'))).toBe('0,01 €')
  })
})

describe('formatDate', () => {
  it('writes the Warsaw calendar day with the month in the genitive (pl)', () => {
    expect(formatDate('2026-12-30T10:00:00.000Z', 'pl')).toBe('30 grudnia 2026')
    expect(formatDate('2026-12-30T10:00:00.000Z', 'en')).toBe('30 December 2026')
    // 23:30 UTC is already the next day in Warsaw (winter, UTC+1), and 22:30 UTC in summer (UTC+2).
    expect(formatDate('2026-11-30T23:30:00.000Z', 'pl')).toBe('1 grudnia 2026')
    expect(formatDate('2026-06-30T22:30:00.000Z', 'pl')).toBe('1 lipca 2026')
    expect(formatDate('2026-03-29T00:30:00.000Z', 'pl')).toBe('29 marca 2026')
  })
})

describe('polishForm', () => {
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
    expect(polishForm(count, forms)).toBe(form)
  })
})

describe('describeLimits', () => {
  const [free, pro, studio] = DEMO_PLANS
  it('says what each demo plan allows, in Polish with the right forms', () => {
    expect(describeLimits(free.limits, 'pl')).toEqual(['1 strona', '1 członek zespołu', '100 subskrybentów newslettera', 'Bez własnej domeny'])
    expect(describeLimits(pro.limits, 'pl')).toEqual(['3 strony', '5 członków zespołu', '2000 subskrybentów newslettera', 'Własna domena'])
    expect(describeLimits(studio.limits, 'pl')).toEqual(['10 stron', '25 członków zespołu', 'Bez limitu subskrybentów newslettera', 'Własna domena'])
  })

  it('in English, with unlimited for empty limits', () => {
    expect(describeLimits(free.limits, 'en')).toEqual(['1 site', '1 team member', '100 newsletter subscribers', 'No custom domain'])
    expect(describeLimits({ maxSites: null, customDomain: true }, 'en')).toEqual([
      'Unlimited sites',
      'Unlimited team members',
      'Unlimited newsletter subscribers',
      'Custom domain',
    ])
    expect(describeLimits(undefined, 'pl')).toEqual([
      'Bez limitu stron',
      'Bez limitu członków zespołu',
      'Bez limitu subskrybentów newslettera',
      'Bez własnej domeny',
    ])
  })

  it('groups thousands the Polish way', () => {
    expect(describeLimits({ maxNewsletterSubscribers: 22000, maxSites: 22 }, 'pl').map(plain).slice(0, 3)).toEqual([
      '22 strony',
      'Bez limitu członków zespołu',
      '22 000 subskrybentów newslettera',
    ])
  })
})

describe('priceText and langOf', () => {
  it('names the period', () => {
    expect(plain(priceText(4900, 'monthly', 'pl'))).toBe('49,00 zł / miesiąc')
    expect(plain(priceText(49000, 'yearly', 'en'))).toBe('PLN 490.00 / year')
    expect([priceText(0, 'monthly', 'pl'), priceText(0, 'yearly', 'en')]).toEqual(['Bezpłatnie', 'Free of charge'])
  })
  it('falls back to Polish, the admin default', () => {
    expect([langOf('en'), langOf('pl'), langOf(undefined), langOf('de')]).toEqual(['en', 'pl', 'pl', 'pl'])
  })
})
