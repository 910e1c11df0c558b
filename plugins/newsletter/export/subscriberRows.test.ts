import { exportHeader, exportRow, subscriberStatus } from './subscriberRows'

describe('subscriberStatus', () => {
  it('bounced wins, then unsubscribed, confirmed, pending', () => {
    expect(subscriberStatus({ email: 'a@x.pl', isActive: false, isConfirmed: true, hardBouncedAt: '2026-11-01T00:00:00Z' })).toBe('bounced')
    expect(subscriberStatus({ email: 'a@x.pl', isActive: false, isConfirmed: true })).toBe('unsubscribed')
    expect(subscriberStatus({ email: 'a@x.pl', isActive: true, isConfirmed: true })).toBe('confirmed')
    expect(subscriberStatus({ email: 'a@x.pl', isActive: true, isConfirmed: false })).toBe('pending')
  })
})

describe('exportRow', () => {
  const doc = {
    email: 'anna@example.com',
    frequency: 'weekly',
    locale: 'pl',
    isActive: true,
    isConfirmed: true,
    subscribedAt: '2026-11-02T09:15:00.000Z',
    confirmedAt: '2026-11-02T09:20:00.000Z',
    emailsSent: 4,
    emailsOpened: 3,
    emailsClicked: 1,
  }

  it('has one cell per header column, in both languages', () => {
    for (const locale of ['pl', 'en'] as const) expect(exportRow(doc, locale)).toHaveLength(exportHeader(locale).length)
  })

  it('writes statuses and frequencies in the language, times in ISO 8601, missing counters as 0', () => {
    expect(exportRow(doc, 'pl')).toEqual([
      'anna@example.com',
      'co tydzień',
      'polski',
      'potwierdzony',
      '2026-11-02T09:15:00.000Z',
      '2026-11-02T09:20:00.000Z',
      '',
      '',
      '',
      4,
      3,
      1,
      0,
    ])
    expect(exportRow({ ...doc, isConfirmed: false, locale: 'en' }, 'en').slice(1, 4)).toEqual(['weekly', 'English', 'pending confirmation'])
    expect(exportRow({ ...doc, locale: 'en' }, 'pl')[2]).toBe('angielski')
    expect(exportRow(doc, 'en')[2]).toBe('Polish')
  })
})
