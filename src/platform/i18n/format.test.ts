import { formatCount, formatDate, formatDateTime, formatMoney, langOf, polishPlural } from './format'

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

describe('polishPlural over 0–125, against the grammar book rule', () => {
  // The rule as Polish grammars state it, written independently of Intl: 1 alone takes the singular; a number ending
  // in 2, 3 or 4, except 12, 13 and 14, takes the "few" form; everything else (0, 5–21, 25–31, 111–114…) takes "many".
  const expected = (count: number) => {
    if (count === 1) return 'one'
    const last = count % 10
    const lastTwo = count % 100
    return last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? 'few' : 'many'
  }
  const forms = { one: 'one', few: 'few', many: 'many' }

  it('gives every count from 0 to 125 the form the rule gives it', () => {
    const counts = Array.from({ length: 126 }, (_, count) => count)
    expect(counts.map((count) => `${count} ${polishPlural(count, forms)}`)).toEqual(counts.map((count) => `${count} ${expected(count)}`))
  })

  it('is the table people check by eye (1 opinia, 2 opinie, 5 opinii, 12 opinii, 22 opinie, 101 opinii, 122 opinie)', () => {
    const opinions = { one: 'opinia', few: 'opinie', many: 'opinii' }
    expect([1, 2, 4, 5, 12, 13, 14, 21, 22, 24, 25, 101, 102, 111, 112, 122, 125].map((n) => `${n} ${polishPlural(n, opinions)}`)).toEqual([
      '1 opinia',
      '2 opinie',
      '4 opinie',
      '5 opinii',
      '12 opinii',
      '13 opinii',
      '14 opinii',
      '21 opinii',
      '22 opinie',
      '24 opinie',
      '25 opinii',
      '101 opinii',
      '102 opinie',
      '111 opinii',
      '112 opinii',
      '122 opinie',
      '125 opinii',
    ])
  })
})

describe('formatCount', () => {
  const MINUTES = { pl: { one: 'minutę', few: 'minuty', many: 'minut' }, en: { one: 'minute', other: 'minutes' } }
  it('writes the number the locale way with the form it takes', () => {
    expect([1, 2, 5, 12, 22, 1000].map((n) => formatCount(n, 'pl', MINUTES))).toEqual([
      '1 minutę',
      '2 minuty',
      '5 minut',
      '12 minut',
      '22 minuty',
      '1000 minut',
    ])
    expect([1, 2, 1000].map((n) => formatCount(n, 'en', MINUTES))).toEqual(['1 minute', '2 minutes', '1,000 minutes'])
  })
})

describe('langOf', () => {
  it('is Polish unless English was chosen', () => {
    expect([langOf('en'), langOf('pl'), langOf(undefined), langOf(null), langOf('de')]).toEqual(['en', 'pl', 'pl', 'pl', 'pl'])
  })
})
