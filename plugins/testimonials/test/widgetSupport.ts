/** Test data for the testimonials plugin's tests, made as trusted setup code (like seeds). */
import type { Payload } from 'payload'

import { createSite, createUser, PASSWORD, publishSiteAs, signIn, type Session } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'

export type TestimonialInput = {
  authorName: string
  content?: string
  rating?: number
  status?: 'pending' | 'approved' | 'rejected'
  isFeatured?: boolean
  isVerifiedClient?: boolean
  emailVerifiedAt?: string
  reply?: string
  givenAt?: string
  authorEmail?: string
}

/** A testimonial as the public form or the moderation would leave it. */
export const addTestimonial = (payload: Payload, site: number, input: TestimonialInput) =>
  payload.create({
    collection: TESTIMONIALS,
    data: {
      site,
      rating: 5,
      status: 'approved',
      source: 'form',
      locale: 'pl',
      givenAt: new Date().toISOString(),
      content: `Opinia: ${input.authorName}.`,
      ...input,
    },
    overrideAccess: true,
  })

/** An owner (signed in over HTTP) with a published site. */
export const publishedSite = async (platform: { payload: Payload; baseURL: string }, name = 'Gabinet Anny') => {
  const owner = await createUser(platform.payload, { locale: 'pl' })
  const site = await createSite(platform.payload, owner.id, name)
  await publishSiteAs(platform.payload, site.id)
  const session: Session = await signIn(platform.baseURL, owner.email, PASSWORD)
  return { owner, site, session }
}
