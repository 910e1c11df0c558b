import { averageText, countLabel, givenOn, ratingText, starsOf } from './display'

describe('section texts', () => {
  it('counts testimonials with the Polish plural forms', () => {
    expect([0, 1, 2, 3, 4, 5, 12, 13, 14, 21, 22, 25, 112, 122].map((n) => countLabel(n, 'pl'))).toEqual([
      '0 opinii',
      '1 opinia',
      '2 opinie',
      '3 opinie',
      '4 opinie',
      '5 opinii',
      '12 opinii',
      '13 opinii',
      '14 opinii',
      '21 opinii',
      '22 opinie',
      '25 opinii',
      '112 opinii',
      '122 opinie',
    ])
    expect([1, 2].map((n) => countLabel(n, 'en'))).toEqual(['1 testimonial', '2 testimonials'])
  })

  it('writes ratings for screen readers, averages with the local decimal mark, and stars', () => {
    expect(ratingText(5, 'pl')).toBe('Ocena 5 na 5')
    expect(ratingText(4, 'en')).toBe('Rated 4 out of 5')
    expect(averageText(4.75, 'pl')).toBe('4,8')
    expect(averageText(4, 'en')).toBe('4.0')
    expect(starsOf(4)).toBe('★★★★☆')
    expect(starsOf(4.6)).toBe('★★★★★')
    expect(starsOf(1)).toBe('★☆☆☆☆')
  })

  it('dates a testimonial by its Warsaw day', () => {
    // 23:30 UTC on 30 November is already 1 December in Warsaw.
    expect(givenOn('2026-11-30T23:30:00.000Z', 'pl')).toBe('1 grudnia 2026')
    expect(givenOn('2026-11-30T10:00:00.000Z', 'en')).toBe('30 November 2026')
    expect(givenOn(null, 'pl')).toBeUndefined()
  })
})
