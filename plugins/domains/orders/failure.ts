/**
 * An order that failed: `failed`, the step marked failed with its error, the details kept for the view's message,
 * and the site's owner (and whoever ordered, when that is someone else) told by a notification and an email in
 * their language. Called inside the transaction that holds the order's lock, so the notice goes out once, exactly
 * when the failure is committed.
 */
import type { PayloadRequest } from 'payload'

import { notify, publicSiteInfo, queueEmail, relationId, userContact, type ID } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import { errorCodeOf, orderErrorMessage, technicalMessage, type OrderErrorDetails } from './errors'
import { orderPath, orderUrl } from './links'
import { orderName } from './release'
import type { DomainOrderDoc } from './orderView'
import { withStep, type StepRow } from './steps'
import { failureNotice } from './texts'

export const FAILED_TEMPLATE = 'domain-order-failed'
export const FAILED_NOTICE = 'domains.order-failed'

/** The order's fields for a failure at `details.step` (pure). */
export const failureData = (order: Pick<DomainOrderDoc, 'steps'>, details: OrderErrorDetails, now: Date) => ({
  status: 'failed' as const,
  steps: withStep(order.steps as StepRow[], details.step, { state: 'failed', error: technicalMessage(details) }, now),
  errorMessage: technicalMessage(details).slice(0, 2000),
  errorCode: errorCodeOf(details),
  errorDetails: details,
})

/** Tells the site's owner, and the one who ordered when that is someone else, in their own language. */
export const tellAboutFailure = async (req: PayloadRequest, order: DomainOrderDoc, details: OrderErrorDetails): Promise<void> => {
  const site = await publicSiteInfo(req, order.site)
  if (!site) return
  const recipients = [...new Set([site.ownerId, relationId(order.user)].filter((id): id is ID => id !== undefined).map(String))]
  const name = order.unicodeName || orderName(order)
  for (const id of recipients) {
    const user = await userContact(req, id)
    if (!user) continue
    const lang = user.locale
    await notify({ req, userId: user.id, siteId: site.id, type: FAILED_NOTICE, message: failureNotice(name, lang), link: orderPath(order.id) })
    await queueEmail(req, {
      to: user.email,
      template: FAILED_TEMPLATE,
      locale: lang,
      ownerId: site.ownerId,
      data: {
        ...(user.firstName ? { domainRecipientName: user.firstName } : {}),
        domainName: name,
        siteName: site.name,
        domainErrorMessage: orderErrorMessage(details, lang),
        domainOrderUrl: orderUrl(order.id),
      },
    })
  }
}

/** Marks the order failed and tells its people; the caller holds the order's lock in a transaction. */
export const failOrder = async (req: PayloadRequest, order: DomainOrderDoc, details: OrderErrorDetails, now = new Date()): Promise<DomainOrderDoc> => {
  const failed = await req.payload.update({
    collection: DOMAIN_ORDERS,
    id: order.id,
    data: failureData(order, details, now),
    depth: 0,
    overrideAccess: true, // trusted job: the plugin records its own order's failure
    req,
  })
  await tellAboutFailure(req, failed, details)
  return failed
}
