/**
 * What visitors may see of testimonials (pure): the public fields of an approved testimonial (never the author's
 * address, tokens or moderation data) and the rating statistics made from per-rating counts.
 */
export type PublicTestimonial = {
  id: number | string
  authorName: string
  rating: number
  content: string
  /** The language it was written in (pages mark it with `lang`). */
  locale: 'pl' | 'en'
  givenAt: string | null
  isFeatured: boolean
  /** Came from an invitation after a real session. */
  isVerifiedClient: boolean
  /** The author confirmed their address through the emailed link. */
  isEmailVerified: boolean
  /** The owner's public reply. */
  reply: string | null
  repliedAt: string | null
}

/** The stored fields the public view is made from (a `select` reads only these). */
export const PUBLIC_SELECT = {
  authorName: true,
  rating: true,
  content: true,
  locale: true,
  givenAt: true,
  createdAt: true,
  isFeatured: true,
  isVerifiedClient: true,
  emailVerifiedAt: true,
  reply: true,
  repliedAt: true,
} as const

type Stored = {
  id: number | string
  authorName?: string | null
  rating?: number | null
  content?: string | null
  locale?: string | null
  givenAt?: string | null
  createdAt?: string | null
  isFeatured?: boolean | null
  isVerifiedClient?: boolean | null
  emailVerifiedAt?: string | null
  reply?: string | null
  repliedAt?: string | null
}

export const toPublicTestimonial = (doc: Stored): PublicTestimonial => ({
  id: doc.id,
  authorName: doc.authorName ?? '',
  rating: doc.rating ?? 0,
  content: doc.content ?? '',
  locale: doc.locale === 'en' ? 'en' : 'pl',
  givenAt: doc.givenAt ?? doc.createdAt ?? null,
  isFeatured: Boolean(doc.isFeatured),
  isVerifiedClient: Boolean(doc.isVerifiedClient),
  isEmailVerified: Boolean(doc.emailVerifiedAt),
  reply: doc.reply?.trim() ? doc.reply : null,
  repliedAt: doc.reply?.trim() ? (doc.repliedAt ?? null) : null,
})

export const RATING_VALUES = [1, 2, 3, 4, 5] as const
export type Histogram = Record<'1' | '2' | '3' | '4' | '5', number>

export type RatingStats = {
  /** Approved testimonials. */
  count: number
  /** Mean rating to two decimals; null with no testimonials. */
  averageRating: number | null
  /** Approved testimonials per rating. */
  histogram: Histogram
}

/** Count, average and histogram from the number of approved testimonials per rating (index 0 = rating 1). */
export const ratingStats = (perRating: readonly number[]): RatingStats => {
  const histogram = Object.fromEntries(RATING_VALUES.map((rating, index) => [String(rating), perRating[index] ?? 0])) as Histogram
  const count = RATING_VALUES.reduce((sum, rating) => sum + histogram[`${rating}`], 0)
  const total = RATING_VALUES.reduce((sum, rating) => sum + rating * histogram[`${rating}`], 0)
  return { count, averageRating: count ? Math.round((total / count) * 100) / 100 : null, histogram }
}
