/**
 * GET /api/public/testimonials/verify?token= — the link in the author's email. Sets the testimonial's
 * `emailVerifiedAt` (the "verified email" badge on the site) under a lock on the token, in one transaction; a
 * second click changes nothing and says the address is confirmed already. Works for 14 days after the
 * testimonial was sent (lib/tokens.ts). Answers a small HTML page in the testimonial's language: 200 confirmed or
 * confirmed already; 404 unknown or altered link; 410 expired.
 */
import { hashToken, inTransaction, isWellFormedToken, lockForTransaction, publicSiteInfo, requestLocale, visitorEndpoint } from '@platform'
import type { FormLocale } from '../lib/formRules'
import { verifyPage, VERIFY_TEXTS } from '../lib/pages'
import { VERIFICATION_TTL_DAYS, verificationValid } from '../lib/tokens'
import { TESTIMONIALS } from '../slugs'

const invalidPage = (locale: FormLocale) => verifyPage({ locale, title: VERIFY_TEXTS[locale].invalidTitle, paragraphs: [VERIFY_TEXTS[locale].invalid] }, 404)

export const verifyEndpoint = visitorEndpoint({
  path: '/public/testimonials/verify',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token')
    if (!isWellFormedToken(token)) return invalidPage(requestLocale(req))
    const hash = hashToken(token)
    return inTransaction(req, async () => {
      // Two clicks at once confirm once.
      await lockForTransaction(req, `testimonials:verify:${hash}`)
      const found = await req.payload.find({
        collection: TESTIMONIALS,
        where: { emailVerificationToken: { equals: hash } },
        depth: 0,
        limit: 1,
        overrideAccess: true, // trusted: the token is the author's credential; only their own testimonial is found
        req,
      })
      const testimonial = found.docs[0]
      const site = testimonial && (await publicSiteInfo(req, testimonial.site))
      if (!testimonial || !site) return invalidPage(requestLocale(req))
      const locale: FormLocale = testimonial.locale === 'en' ? 'en' : 'pl'
      const text = VERIFY_TEXTS[locale]
      const common = { locale, siteName: site.name, link: { href: site.url, label: text.toSite } }
      if (testimonial.emailVerifiedAt) return verifyPage({ ...common, title: text.alreadyTitle, paragraphs: [text.already] })
      if (!verificationValid(testimonial.createdAt, Date.now()))
        return verifyPage({ ...common, title: text.expiredTitle, paragraphs: [text.expired(VERIFICATION_TTL_DAYS)] }, 410)
      await req.payload.update({
        collection: TESTIMONIALS,
        id: testimonial.id,
        // The hash stays (a second click then says "already confirmed"); the seed goes, so the link is never made again.
        data: { emailVerifiedAt: new Date().toISOString(), emailVerificationTokenSeed: null },
        depth: 0,
        overrideAccess: true, // trusted: the author confirms their own address with the emailed token
        req,
      })
      const next = testimonial.status === 'approved' ? text.shown : text.pending
      return verifyPage({
        ...common,
        title: text.confirmedTitle,
        paragraphs: [text.confirmed(site.name), ...(testimonial.status === 'rejected' ? [] : [next])],
      })
    })
  },
})
