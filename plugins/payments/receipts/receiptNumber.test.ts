import { formatReceiptNumber, nextReceiptNumber, receiptYear } from './receiptNumber'

describe('receipt numbers', () => {
  it('pads the sequence to six digits', () => {
    expect(formatReceiptNumber(2026, 123)).toBe('R/2026/000123')
    expect(formatReceiptNumber(2026, 1234567)).toBe('R/2026/1234567')
  })
  it('continues the year and starts each new year at 1', () => {
    expect(nextReceiptNumber(2026, undefined)).toBe('R/2026/000001')
    expect(nextReceiptNumber(2026, 'R/2026/000041')).toBe('R/2026/000042')
    expect(nextReceiptNumber(2027, 'R/2026/000041')).toBe('R/2027/000001')
  })
  it('counts the year in Warsaw', () => {
    // Winter time: Warsaw is UTC+1, so the new year starts at 23:00 UTC.
    expect(receiptYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027)
    expect(receiptYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026)
  })
})
