/**
 * The author's "confirm your address" email, made when the email job sends it (the `testimonials.verify-email`
 * composer): the job keeps the testimonial's id only; the link is re-created here from the stored seed. Nothing
 * is sent when there is nothing to confirm any more (the testimonial deleted, the address confirmed meanwhile, the
 * link expired).
 */
import type { Payload } from 'payload'

import type { EmailComposer, QueuedEmail } from '@platform'
import { publicSiteInfo } from '@platform'
import { validFor } from '../invitations/email'
import { VERIFICATION_TTL_DAYS, verificationTokenAgain, verificationValid, verifyUrl } from '../lib/tokens'
import { TESTIMONIALS } from '../slugs'

export const VERIFY_EMAIL = 'testimonials.verify-email'
export const VERIFY_TEMPLATE = 'testimonial-confirm-email'

export const composeVerifyEmail = async ({ payload, args, now = Date.now() }: { payload: Payload; args: Record<string, unknown>; now?: number }) => {
  const { testimonialId } = args
  if (typeof testimonialId !== 'number' && typeof testimonialId !== 'string') return undefined
  const testimonial = await payload.findByID({
    collection: TESTIMONIALS,
    id: testimonialId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the email job, reading the testimonial whose author it writes to (token seed included)
  })
  if (!testimonial?.authorEmail || testimonial.emailVerifiedAt || !verificationValid(testimonial.createdAt, now)) return undefined
  const token = verificationTokenAgain(payload.secret, testimonial.emailVerificationTokenSeed, testimonial.emailVerificationToken)
  if (!token) return undefined
  // The author's site: its name and address for the email, its owner's id for the owner's own template versions.
  const site = await publicSiteInfo({ payload }, testimonial.site)
  if (!site) return undefined
  const serverURL = payload.config.serverURL
  const email: QueuedEmail = {
    to: testimonial.authorEmail,
    template: VERIFY_TEMPLATE,
    locale: testimonial.locale === 'en' ? 'en' : 'pl',
    ownerId: site.ownerId,
    data: {
      siteName: site.name,
      testimonialAuthor: testimonial.authorName,
      testimonialConfirmUrl: verifyUrl(serverURL, token),
      testimonialSiteUrl: site.url,
      testimonialLinkDays: VERIFICATION_TTL_DAYS,
      testimonialLinkValidFor: validFor(VERIFICATION_TTL_DAYS, testimonial.locale === 'en' ? 'en' : 'pl'),
    },
  }
  return email
}

export const verifyEmailComposer: EmailComposer = {
  name: VERIFY_EMAIL,
  compose: ({ payload, args }) => composeVerifyEmail({ payload, args }),
}
