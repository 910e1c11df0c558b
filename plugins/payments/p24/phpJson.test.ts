import { phpJson } from './phpJson'

describe('phpJson (PHP json_encode with JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)', () => {
  it('keeps key order, no spaces, raw Polish letters and slashes', () => {
    expect(phpJson({ sessionId: 'zamówienie/2026/łódź', merchantId: 11111, amount: 1999, currency: 'PLN', crc: 'x' })).toBe(
      '{"sessionId":"zamówienie/2026/łódź","merchantId":11111,"amount":1999,"currency":"PLN","crc":"x"}',
    )
  })

  it('escapes quotes, backslashes and control characters as PHP does', () => {
    expect(phpJson('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(phpJson('\b\f\n\r\t')).toBe('"\\b\\f\\n\\r\\t"')
    expect(phpJson('\u0000\u001f')).toBe('"\\u0000\\u001f"')
    // DEL is not escaped by PHP
    expect(phpJson('\u007f')).toBe('"\u007f"')
  })

  it('escapes U+2028/U+2029 (PHP does unless JSON_UNESCAPED_LINE_TERMINATORS), unlike JSON.stringify', () => {
    expect(phpJson('a\u2028b\u2029')).toBe('"a\\u2028b\\u2029"')
  })

  it('keeps astral characters raw and rejects lone surrogates', () => {
    expect(phpJson('🙂')).toBe('"🙂"')
    expect(() => phpJson('\ud800')).toThrow()
  })

  it('encodes arrays, booleans, null and refuses non-integers', () => {
    expect(phpJson([1, true, null, { a: [] }])).toBe('[1,true,null,{"a":[]}]')
    expect(() => phpJson(1.5)).toThrow()
  })
})
