import { checkIdentifier, normalizeIdentifier } from './validateIdentifier'

describe('site identifier rules', () => {
  it('accepts URL-safe identifiers', () => {
    expect(checkIdentifier('anna-kowalska')).toBe(true)
    expect(checkIdentifier('studio42')).toBe(true)
  })

  it.each([
    ['', 'required'],
    ['ab', '3 to 63'],
    ['a'.repeat(64), '3 to 63'],
    ['-abc', 'single hyphens'],
    ['abc-', 'single hyphens'],
    ['Ania', 'lower-case'],
    ['zażółć', 'lower-case'],
    ['a--b', 'two hyphens'],
    ['admin', 'reserved'],
  ])('rejects %p with a message about %s', (value, fragment) => {
    const result = checkIdentifier(value)
    expect(result).not.toBe(true)
    expect(String(result)).toContain(fragment)
  })

  it('normalizes case and whitespace before checking', () => {
    expect(normalizeIdentifier('  Anna-K ')).toBe('anna-k')
    expect(normalizeIdentifier(5)).toBe(5)
  })
})
