/**
 * A site's rating figures, exactly: one count query per rating over approved testimonials (the (site, status)
 * index answers each; nothing is loaded), then the total and the average from those counts.
 */
import type { Payload } from 'payload'

import { RATINGS, TESTIMONIALS } from '../slugs'

/** How many approved testimonials gave each rating: `{ "1": n, …, "5": n }`. */
export type Histogram = Record<'1' | '2' | '3' | '4' | '5', number>

export type RatingStats = { totalCount: number; averageRating: number | null; histogram: Histogram }

/** The total and the average rounded to two decimals (half up); no average without testimonials. */
export const ratingStats = (histogram: Histogram): RatingStats => {
  let total = 0
  let sum = 0
  for (const rating of RATINGS) {
    total += histogram[String(rating) as keyof Histogram]
    sum += rating * histogram[String(rating) as keyof Histogram]
  }
  // Integers until the one division: sum * 100 / total is exact enough that Math.round sees a true .5.
  return { totalCount: total, averageRating: total ? Math.round((sum * 100) / total) / 100 : null, histogram }
}

export const countRatings = async (payload: Payload, siteId: number | string): Promise<Histogram> => {
  const counts = await Promise.all(
    RATINGS.map((rating) =>
      payload.count({
        collection: TESTIMONIALS,
        where: { and: [{ site: { equals: siteId } }, { status: { equals: 'approved' } }, { rating: { equals: rating } }] },
        overrideAccess: true, // trusted: the summary job counts the approved testimonials of the site it summarizes
      }),
    ),
  )
  return { '1': counts[0].totalDocs, '2': counts[1].totalDocs, '3': counts[2].totalDocs, '4': counts[3].totalDocs, '5': counts[4].totalDocs }
}
