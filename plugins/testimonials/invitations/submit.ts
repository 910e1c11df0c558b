/**
 * An invited client's testimonial, stored once: under the invitation's lock, in one transaction that creates the
 * testimonial (pending, source `invited`, a verified client whose address is confirmed by the link reaching their
 * mailbox, consent given now), marks the invitation answered and publishes `testimonial.submitted`. A second
 * submission (a double click, a second tab) finds it answered and stores nothing.
 */
import type { PayloadRequest } from 'payload'

import type { ID } from '@platform'
import { inTransaction, lockForTransaction, publishEvent, relationId } from '@platform'
import { REQUESTS, TESTIMONIALS } from '../slugs'
import { isExpired } from './invitationRecord'
import type { PageLocale } from './pageTexts'
import { requestLockKey } from './send'
import type { Submission } from './submission'

export type SubmitOutcome = { status: 'created'; testimonialId: ID } | { status: 'used' | 'expired' | 'gone' }

export const submitInvitedTestimonial = async (
  req: PayloadRequest,
  invitationId: ID,
  { submission, locale, now = new Date() }: { submission: Submission; locale: PageLocale; now?: Date },
): Promise<SubmitOutcome> =>
  inTransaction(req, async () => {
    await lockForTransaction(req, requestLockKey(invitationId))
    const invitation = await req.payload.findByID({ collection: REQUESTS, id: invitationId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: re-read under the lock
    if (!invitation) return { status: 'gone' }
    if (invitation.status === 'completed' || invitation.usedAt) return { status: 'used' }
    if (invitation.status !== 'sent') return { status: 'gone' }
    if (isExpired(invitation, now.getTime())) return { status: 'expired' }
    const siteId = relationId(invitation.site)!
    const at = now.toISOString()
    const testimonial = await req.payload.create({
      collection: TESTIMONIALS,
      data: {
        site: siteId as number,
        authorName: submission.name,
        authorEmail: invitation.email,
        rating: submission.rating,
        content: submission.content,
        status: 'pending',
        source: 'invited',
        isVerifiedClient: true,
        emailVerifiedAt: at,
        consentAt: at,
        givenAt: at,
        locale,
      },
      depth: 0,
      overrideAccess: true, // trusted: the invited client's own words, sent with the link from their mailbox
      req,
    })
    await req.payload.update({
      collection: REQUESTS,
      id: invitationId,
      data: { status: 'completed', usedAt: at, testimonial: testimonial.id },
      depth: 0,
      overrideAccess: true, // trusted: the link is used up
      req,
    })
    await publishEvent(req, 'testimonial.submitted', { testimonialId: testimonial.id, siteId })
    return { status: 'created', testimonialId: testimonial.id }
  })
