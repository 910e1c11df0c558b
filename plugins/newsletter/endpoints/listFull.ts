/**
 * A sign-up refused by the owner's plan (the subscriber limit): the visitor gets the usual 202 and nothing is
 * stored or sent (the answer must not differ, or it would tell who is subscribed). The owner is told once, in
 * their language: a new notification only when none about it is unread for that site.
 */
import type { PayloadRequest } from 'payload'

import { notify } from '@platform'

export const LIST_FULL = 'newsletter.list-full'

const MESSAGE = {
  pl: (site: string) =>
    `Lista newslettera strony ${site} osiągnęła limit subskrybentów Twojego planu: nowe zapisy są odrzucane. Wyższy plan pozwala na więcej subskrybentów.`,
  en: (site: string) =>
    `The newsletter list of ${site} has reached your plan's subscriber limit: new sign-ups are refused. A higher plan allows more subscribers.`,
}

export const tellOwnerListIsFull = async ({ req, site }: { req: PayloadRequest; site: { id: number; name: string; owner?: number } }): Promise<void> => {
  if (site.owner === undefined) return
  const unread = await req.payload.count({
    collection: 'notifications',
    where: {
      and: [{ user: { equals: site.owner } }, { site: { equals: site.id } }, { notificationType: { equals: LIST_FULL } }, { isRead: { equals: false } }],
    },
    overrideAccess: true, // trusted: whether the owner was told already (notifications are closed to the API)
  })
  if (unread.totalDocs > 0) return
  const owner = await req.payload.findByID({
    collection: 'users',
    id: site.owner,
    depth: 0,
    select: { locale: true },
    disableErrors: true,
    overrideAccess: true, // trusted: the owner's language only
  })
  const locale = owner?.locale === 'en' ? 'en' : 'pl'
  await notify({
    payload: req.payload,
    userId: site.owner,
    siteId: site.id,
    type: LIST_FULL,
    message: MESSAGE[locale](site.name),
    link: '/admin/collections/newsletter-subscriptions',
  })
}
