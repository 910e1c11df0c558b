/**
 * Which schema.org items may carry the site's testimonials as star ratings (pure), after Google's review-snippet
 * rules: reviews a business collects about itself are "self-serving", and Google shows no stars for them on a
 * `LocalBusiness` or an `Organization` (nor their subtypes), so the site's pages carry NO Review or AggregateRating
 * markup. An `Event` or a `Course` (a big event's page) may carry an AggregateRating of the testimonials about
 * it, given at least one. Anything else: null (allow-list, so a new page type gets no stars by accident).
 * https://developers.google.com/search/docs/appearance/structured-data/review-snippet
 */

/** The item types whose pages may carry an AggregateRating. */
export const RATEABLE_TYPES = ['Event', 'Course'] as const
export type RateableType = (typeof RATEABLE_TYPES)[number]

/** Self-serving for the site's own practice: never rated (listed for the README and the tests; anything not rateable is refused). */
export const SELF_SERVING_TYPES = ['LocalBusiness', 'Organization'] as const

export type RatingSummary = { totalCount?: number | null; averageRating?: number | null }

export type AggregateRating = {
  '@type': 'AggregateRating'
  ratingValue: number
  reviewCount: number
  bestRating: 5
  worstRating: 1
}

export const isRateable = (itemType: string): itemType is RateableType => (RATEABLE_TYPES as readonly string[]).includes(itemType)

/**
 * The AggregateRating an item of `itemType` may carry, from the approved testimonials about it (a summary's
 * `totalCount` and `averageRating`), or null: a self-serving or unknown type, no testimonials, or numbers that
 * are not a real rating.
 */
export const aggregateRatingFor = (itemType: string, summary: RatingSummary | null | undefined): AggregateRating | null => {
  if (!isRateable(itemType) || !summary) return null
  const { totalCount, averageRating } = summary
  if (typeof totalCount !== 'number' || !Number.isInteger(totalCount) || totalCount < 1) return null
  if (typeof averageRating !== 'number' || !Number.isFinite(averageRating) || averageRating < 1 || averageRating > 5) return null
  return { '@type': 'AggregateRating', ratingValue: Math.round(averageRating * 10) / 10, reviewCount: totalCount, bestRating: 5, worstRating: 1 }
}
