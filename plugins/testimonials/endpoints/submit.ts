/**
 * POST /api/public/sites/:identifier/testimonials `{ authorName, authorEmail, rating, content, consent: true,
 * locale?, website? }` — a visitor sends a testimonial. It is stored `pending` (source `form`, consent and the
 * day given stamped now) and waits for moderation; in the same transaction the author's address-confirmation
 * email is queued (made when sent, emails/composer.ts: no token in the queue) and `testimonial.submitted` is
 * published (the owner is told by a listener). Answers 202 with a message in the form's language.
 * Guards: length limits (400, each problem naming its field, nothing stored), a per-IP and a per-address rate
 * limit (429, atomic: parallel requests cannot pass together), and the `website` honeypot: filled, the same 202
 * and nothing stored or sent. 404 unknown or unpublished site.
 */
import type { PayloadRequest } from 'payload'

import type { PublishedSite } from '@platform'
import {
  clientIp,
  findPublishedSite,
  hashIp,
  inTransaction,
  jsonError,
  publishEvent,
  queueEmail,
  requestLocale,
  tooManyRequests,
  visitorEndpoint,
} from '@platform'
import '../events'
import { VERIFY_EMAIL } from '../emails/composer'
import { FORM_TEXTS, HONEYPOT_FIELD, type FormLocale } from '../lib/formRules'
import { newVerificationToken } from '../lib/tokens'
import { TESTIMONIALS } from '../slugs'
import { submitRatePerAddress, submitRatePerIp } from './rateLimit'
import { readSubmission, type Submission } from './submitBody'

/** The one success answer (also for a caught bot). */
export const acceptedAnswer = (locale: FormLocale) => Response.json({ status: 'pending', message: FORM_TEXTS[locale].accepted }, { status: 202 })

const store = async (req: PayloadRequest, site: PublishedSite, submission: Submission, locale: FormLocale) =>
  inTransaction(req, async () => {
    const now = new Date().toISOString()
    const token = newVerificationToken(req.payload.secret)
    const created = await req.payload.create({
      collection: TESTIMONIALS,
      data: {
        site: site.id,
        authorName: submission.authorName,
        authorEmail: submission.authorEmail,
        rating: submission.rating,
        content: submission.content,
        status: 'pending',
        source: 'form',
        locale,
        givenAt: now,
        consentAt: now,
        emailVerificationToken: token.hash,
        emailVerificationTokenSeed: token.seed,
      },
      depth: 0,
      overrideAccess: true, // trusted: the visitor's own testimonial, pending until the owner approves it
      req,
    })
    await queueEmail(req, { compose: VERIFY_EMAIL, args: { testimonialId: created.id } })
    await publishEvent(req, 'testimonial.submitted', { testimonialId: created.id, siteId: site.id })
  })

export const submitEndpoint = visitorEndpoint({
  path: '/public/sites/:identifier/testimonials',
  method: 'post',
  handler: async (req) => {
    const site = await findPublishedSite(req, req.routeParams?.identifier)
    if (!site) return jsonError(FORM_TEXTS[requestLocale(req)].errors.siteNotFound, 404)
    const read = await readSubmission(req)
    const text = FORM_TEXTS[read.locale].errors
    if (!read.ok) return Response.json({ errors: read.errors }, { status: 400 })
    const { submission, locale } = read

    // Every well-formed attempt counts, the honeypot's too (a bot learns nothing from a different answer).
    const perIp = await submitRatePerIp.consume(req, hashIp(req, clientIp(req)))
    if (!perIp.allowed) return tooManyRequests(text.tooMany, perIp.retryAfterSeconds)
    if (submission[HONEYPOT_FIELD]?.trim()) return acceptedAnswer(locale)
    const perAddress = await submitRatePerAddress.consume(req, hashIp(req, `testimonials:${submission.authorEmail}`))
    if (!perAddress.allowed) return tooManyRequests(text.tooManyForAddress, perAddress.retryAfterSeconds)

    await store(req, site, submission, locale)
    return acceptedAnswer(locale)
  },
})
