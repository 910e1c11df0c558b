import { ratingStats } from './stats'

describe('ratingStats', () => {
  it('counts and averages exactly, rounding to two decimals half up', () => {
    expect(ratingStats({ '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 })).toEqual({
      totalCount: 3,
      averageRating: 4.33,
      histogram: { '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 },
    })
    // 33 / 8 = 4.125 → 4.13 (half up, not the binary 4.12).
    expect(ratingStats({ '1': 0, '2': 0, '3': 2, '4': 3, '5': 3 }).averageRating).toBe(4.13)
    expect(ratingStats({ '1': 1, '2': 0, '3': 0, '4': 0, '5': 1 }).averageRating).toBe(3)
    expect(ratingStats({ '1': 2000, '2': 2000, '3': 2000, '4': 2000, '5': 2000 })).toMatchObject({ totalCount: 10_000, averageRating: 3 })
  })

  it('has no average without testimonials', () => {
    expect(ratingStats({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 })).toMatchObject({ totalCount: 0, averageRating: null })
  })
})
