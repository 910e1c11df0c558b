import { bucketKey, bucketKeys, bucketOf, warsawDay } from './buckets'

describe('Warsaw calendar buckets', () => {
  it('puts an instant on its Warsaw day, summer and winter', () => {
    expect(warsawDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15') // 00:30 CEST
    expect(warsawDay(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14')
    expect(warsawDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01') // 00:30 CET
  })

  it('weeks start on Monday', () => {
    expect(bucketKey('2026-11-30', 'week')).toBe('2026-11-30') // Monday
    expect(bucketKey('2026-12-06', 'week')).toBe('2026-11-30') // Sunday
    expect(bucketKey('2026-12-07', 'week')).toBe('2026-12-07')
  })

  it('lists every day across the DST change in March once', () => {
    const keys = bucketKeys({ from: new Date('2026-03-28T12:00:00Z'), to: new Date('2026-03-30T12:00:00Z'), bucket: 'day' })
    expect(keys).toEqual(['2026-03-28', '2026-03-29', '2026-03-30'])
  })

  it('lists whole weeks across the DST change in October', () => {
    const keys = bucketKeys({ from: new Date('2026-10-20T12:00:00Z'), to: new Date('2026-11-03T12:00:00Z'), bucket: 'week' })
    expect(keys).toEqual(['2026-10-19', '2026-10-26', '2026-11-02'])
  })

  it('has no bucket for a missing or broken time', () => {
    expect(bucketOf(null, 'day')).toBeUndefined()
    expect(bucketOf('not a date', 'day')).toBeUndefined()
    expect(bucketOf('2026-10-25T01:30:00Z', 'day')).toBe('2026-10-25')
  })
})
