import { ratingStats, toPublicTestimonial } from './publicView'

describe('public view of testimonials', () => {
  it('shows only public fields: never the address, tokens or moderation data', () => {
    const stored = {
      id: 7,
      authorName: 'Jan K.',
      authorEmail: 'jan@example.com',
      rating: 5,
      content: 'Bardzo dobre sesje.',
      locale: 'pl',
      givenAt: '2026-11-01T10:00:00.000Z',
      createdAt: '2026-11-02T10:00:00.000Z',
      isFeatured: true,
      isVerifiedClient: false,
      emailVerifiedAt: '2026-11-02T11:00:00.000Z',
      emailVerificationToken: 'f'.repeat(64),
      moderatedAt: '2026-11-03T10:00:00.000Z',
      reply: 'Dziękuję!',
      repliedAt: '2026-11-04T10:00:00.000Z',
      status: 'approved',
    }
    const view = toPublicTestimonial(stored)
    expect(view).toEqual({
      id: 7,
      authorName: 'Jan K.',
      rating: 5,
      content: 'Bardzo dobre sesje.',
      locale: 'pl',
      givenAt: '2026-11-01T10:00:00.000Z',
      isFeatured: true,
      isVerifiedClient: false,
      isEmailVerified: true,
      reply: 'Dziękuję!',
      repliedAt: '2026-11-04T10:00:00.000Z',
    })
    expect(JSON.stringify(view)).not.toContain('jan@example.com')
    // A blank reply is no reply; no day given falls back to when it was stored.
    expect(toPublicTestimonial({ id: 1, reply: '  ', repliedAt: '2026-11-04T10:00:00.000Z', createdAt: '2026-11-02T10:00:00.000Z' })).toMatchObject({
      reply: null,
      repliedAt: null,
      givenAt: '2026-11-02T10:00:00.000Z',
      isEmailVerified: false,
    })
  })

  it('computes the count, the average and the histogram exactly from per-rating counts', () => {
    expect(ratingStats([0, 0, 1, 3, 8])).toEqual({ count: 12, averageRating: 4.58, histogram: { 1: 0, 2: 0, 3: 1, 4: 3, 5: 8 } })
    expect(ratingStats([0, 0, 0, 0, 0])).toEqual({ count: 0, averageRating: null, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
    expect(ratingStats([1, 0, 0, 0, 1]).averageRating).toBe(3)
  })
})
