/** The words a summary is written from: the site's newest approved testimonials, and nothing else. */
import type { Payload } from 'payload'

import { TESTIMONIALS } from '../slugs'
import type { SummaryTestimonial } from './types'

export const readApprovedTexts = async (payload: Payload, siteId: number | string, limit: number): Promise<SummaryTestimonial[]> => {
  const found = await payload.find({
    collection: TESTIMONIALS,
    where: { and: [{ site: { equals: siteId } }, { status: { equals: 'approved' } }] },
    sort: '-createdAt',
    limit,
    pagination: false,
    depth: 0,
    select: { content: true, rating: true, locale: true, givenAt: true, createdAt: true, status: true },
    overrideAccess: true, // trusted: the summary job reads the approved testimonials of the site it summarizes
  })
  return (
    found.docs
      // The query asked for approved ones; checked again here because nothing else may ever reach a summary.
      .filter((doc) => doc.status === 'approved')
      .map((doc) => ({
        id: doc.id,
        content: doc.content,
        rating: doc.rating,
        locale: doc.locale === 'en' ? 'en' : 'pl',
        givenAt: doc.givenAt ?? doc.createdAt,
      }))
  )
}
