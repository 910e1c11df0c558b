import { parseSiteIdentifier } from './findPublishedSite'

describe('parseSiteIdentifier', () => {
  it('trims and lower-cases the (already decoded) route parameter', () => {
    expect(parseSiteIdentifier(' Anna-Kowalska ')).toBe('anna-kowalska')
    expect(parseSiteIdentifier('x'.repeat(63))).toHaveLength(63)
  })

  it('never decodes again: escapes stay text, and malformed ones do not throw', () => {
    expect(parseSiteIdentifier('%E0')).toBe('%e0')
    expect(parseSiteIdentifier('%61bc')).toBe('%61bc')
  })

  it('names no site for empty, too long or non-text parameters', () => {
    for (const raw of [undefined, null, 42, '', '   ', 'x'.repeat(64)]) expect(parseSiteIdentifier(raw)).toBeUndefined()
  })
})
