/**
 * On `testimonial.submitted` (any source: the public form, an invitation, …): the site's owner gets an in-app
 * notification and an email "New testimonial waiting for moderation" with a link to the moderation view (the
 * site's pending queue, scrolled to its card), in their language. Both, and the testimonial's `ownerNotifiedAt`,
 * commit in one transaction under a lock on the testimonial, so a retried or repeated job tells the owner once. A
 * testimonial moderated or deleted before the job runs is not announced.
 */
import type { EventListener } from '@platform'
import { createLocalReq } from 'payload'

import { inTransaction, lockForTransaction, notify, publicSiteInfo, queueEmail, userContact } from '@platform'
import '../events'
import { excerptOf, moderationPath, noticeMessage, sourceLabel } from '../lib/ownerNotice'
import { TESTIMONIALS } from '../slugs'

export const OWNER_NOTICE_TEMPLATE = 'testimonial-submitted'
export const NOTICE_TYPE = 'testimonial.submitted'

export const ownerNoticeListener: EventListener<'testimonial.submitted'> = {
  event: 'testimonial.submitted',
  name: 'testimonials.owner-notice',
  handler: async ({ testimonialId }, { payload }) => {
    const req = await createLocalReq({}, payload)
    await inTransaction(req, async () => {
      await lockForTransaction(req, `testimonials:owner-notice:${String(testimonialId)}`)
      const testimonial = await payload.findByID({
        collection: TESTIMONIALS,
        id: testimonialId,
        depth: 0,
        disableErrors: true,
        overrideAccess: true, // trusted job: the testimonial it was told about
        req,
      })
      if (!testimonial || testimonial.ownerNotifiedAt || testimonial.status !== 'pending') return
      // The site's name and its owner, to address them.
      const site = await publicSiteInfo(req, testimonial.site)
      const ownerId = site?.ownerId
      if (!site || ownerId === undefined) return
      const owner = await userContact(req, ownerId)
      if (!owner) return
      const locale = owner.locale
      const link = moderationPath(site.id, testimonial.id)
      await notify({
        req,
        userId: owner.id,
        siteId: site.id,
        type: NOTICE_TYPE,
        message: noticeMessage({ locale, authorName: testimonial.authorName, rating: testimonial.rating, siteName: site.name }),
        link,
      })
      await queueEmail(req, {
        to: owner.email,
        template: OWNER_NOTICE_TEMPLATE,
        locale,
        ownerId: owner.id,
        data: {
          siteName: site.name,
          ...(owner.firstName ? { testimonialOwnerName: owner.firstName } : {}),
          testimonialAuthor: testimonial.authorName,
          testimonialRating: testimonial.rating,
          testimonialExcerpt: excerptOf(testimonial.content),
          testimonialSource: sourceLabel(testimonial.source, locale),
          testimonialModerationUrl: `${payload.config.serverURL}${link}`,
        },
      })
      await payload.update({
        collection: TESTIMONIALS,
        id: testimonial.id,
        data: { ownerNotifiedAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true, // trusted job: the platform records that it told the owner
        req,
      })
    })
  },
}
