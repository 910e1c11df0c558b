import { aggregateRatingFor, isRateable, SELF_SERVING_TYPES } from './structuredData'

describe('aggregateRatingFor', () => {
  it('gives the site itself no stars: LocalBusiness and Organization are self-serving, whatever the numbers', () => {
    for (const type of SELF_SERVING_TYPES) expect(aggregateRatingFor(type, { totalCount: 40, averageRating: 4.9 })).toBeNull()
    // Subtypes and unknown types are not on the allow-list either.
    for (const type of ['ProfessionalService', 'HealthAndBeautyBusiness', 'Person', 'WebSite', 'Product', '']) {
      expect(aggregateRatingFor(type, { totalCount: 3, averageRating: 5 })).toBeNull()
    }
  })

  it('rates an Event and a Course from at least one testimonial, rounded to one decimal', () => {
    expect(aggregateRatingFor('Event', { totalCount: 12, averageRating: 4.75 })).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4.8,
      reviewCount: 12,
      bestRating: 5,
      worstRating: 1,
    })
    expect(aggregateRatingFor('Course', { totalCount: 1, averageRating: 3 })).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 3,
      reviewCount: 1,
      bestRating: 5,
      worstRating: 1,
    })
    expect(isRateable('Event')).toBe(true)
    expect(isRateable('LocalBusiness')).toBe(false)
  })

  it('gives nothing without testimonials or with numbers that are not a rating', () => {
    expect(aggregateRatingFor('Event', null)).toBeNull()
    expect(aggregateRatingFor('Event', undefined)).toBeNull()
    expect(aggregateRatingFor('Event', { totalCount: 0, averageRating: null })).toBeNull()
    expect(aggregateRatingFor('Course', { totalCount: 2.5, averageRating: 4 })).toBeNull()
    expect(aggregateRatingFor('Course', { totalCount: 2, averageRating: 0 })).toBeNull()
    expect(aggregateRatingFor('Course', { totalCount: 2, averageRating: 5.1 })).toBeNull()
    expect(aggregateRatingFor('Course', { totalCount: 2, averageRating: Number.NaN })).toBeNull()
  })
})
