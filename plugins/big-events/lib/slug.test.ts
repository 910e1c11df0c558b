import { SLUG_PATTERN, slugFromTitle } from './slug'

describe('slugFromTitle', () => {
  it('transliterates Polish letters and keeps only lowercase words joined by dashes', () => {
    expect(slugFromTitle('Weekend z jogą w Łodzi — ŻÓŁW & źródło!')).toBe('weekend-z-joga-w-lodzi-zolw-and-zrodlo')
    expect(slugFromTitle('Weekend z jogą w Łodzi')).toMatch(SLUG_PATTERN)
    expect(slugFromTitle('a'.repeat(79) + ' b').length).toBeLessThanOrEqual(80)
  })
})
