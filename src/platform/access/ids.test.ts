import { parseRecordId } from './ids'

describe('parseRecordId', () => {
  it('accepts positive int4 numbers and ObjectIds, as numbers or text', () => {
    expect(parseRecordId(42)).toBe(42)
    expect(parseRecordId(' 42 ')).toBe(42)
    expect(parseRecordId('2147483647')).toBe(2147483647)
    expect(parseRecordId('65a1b2c3d4e5f6a7b8c9d0e1')).toBe('65a1b2c3d4e5f6a7b8c9d0e1')
  })

  it('refuses what no record can have: too large, zero, negative, fractions, junk', () => {
    for (const value of ['2147483648', '99999999999', 0, '0', -1, '01', 1.5, '1e3', 'abc', '', null, undefined, {}, '65a1b2c3d4e5f6a7b8c9d0e']) {
      expect(parseRecordId(value)).toBeUndefined()
    }
  })
})
