import { extendPlanEnd, ipAllowed, notificationMismatches } from './match'

const config = { merchantId: 1, posId: 2 }
const payment = { sessionId: 's', amount: 4900, currency: 'PLN' }
const good = { merchantId: 1, posId: 2, sessionId: 's', amount: 4900, originAmount: 4900, currency: 'PLN' }

describe('notificationMismatches', () => {
  it('is empty for the stored payment', () => {
    expect(notificationMismatches(good, payment, config)).toEqual([])
  })
  it('names every field that differs', () => {
    expect(notificationMismatches({ ...good, amount: 4899, currency: 'EUR' }, payment, config)).toEqual(['amount', 'currency'])
    expect(notificationMismatches({ ...good, merchantId: 9, posId: 9, originAmount: 1, sessionId: 'x' }, payment, config)).toEqual([
      'merchantId',
      'posId',
      'sessionId',
      'originAmount',
    ])
  })
  it('reads a missing currency as PLN (the field default)', () => {
    expect(notificationMismatches(good, { ...payment, currency: null }, config)).toEqual([])
  })
})

describe('extendPlanEnd', () => {
  const now = new Date('2026-03-10T12:00:00Z')
  it('extends from now when the plan has ended or never was', () => {
    expect(extendPlanEnd(null, now, 'monthly').toISOString()).toBe('2026-04-10T12:00:00.000Z')
    expect(extendPlanEnd(new Date('2026-01-01T00:00:00Z'), now, 'yearly').toISOString()).toBe('2027-03-10T12:00:00.000Z')
  })
  it('extends from the current end when renewing early', () => {
    expect(extendPlanEnd(new Date('2026-05-01T00:00:00Z'), now, 'monthly').toISOString()).toBe('2026-06-01T00:00:00.000Z')
  })
  it('keeps the last day of a shorter month', () => {
    expect(extendPlanEnd(null, new Date('2026-01-31T08:00:00Z'), 'monthly').toISOString()).toBe('2026-02-28T08:00:00.000Z')
    expect(extendPlanEnd(null, new Date('2028-02-29T08:00:00Z'), 'yearly').toISOString()).toBe('2029-02-28T08:00:00.000Z')
  })
})

describe('ipAllowed', () => {
  it('allows everyone with no list, and only listed addresses otherwise', () => {
    expect(ipAllowed('1.2.3.4', [])).toBe(true)
    expect(ipAllowed('1.2.3.4', ['1.2.3.4'])).toBe(true)
    expect(ipAllowed('::ffff:1.2.3.4', ['1.2.3.4'])).toBe(true)
    expect(ipAllowed('5.6.7.8', ['1.2.3.4'])).toBe(false)
  })
})
