/**
 * Tells a user something in the admin (the bell): a booking came in, a
 * testimonial waits for moderation, a payment arrived. Called by trusted
 * platform and plugin code (hooks, jobs, event listeners), never on a user's
 * behalf: nobody creates notifications over the API.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Notification } from '../../../payload-types'
import type { ID } from '../access'

export type NotifyArgs = ({ payload: Payload; req?: undefined } | { req: PayloadRequest; payload?: undefined }) & {
  userId: ID
  /** Dotted lower-case type, e.g. `booking.created`. */
  type: string
  message: string
  /** Where the notification leads (an admin path such as `/admin/collections/bookings/12`). */
  link?: string
  siteId?: ID
}

export const notify = async ({ payload, req, userId, type, message, link, siteId }: NotifyArgs): Promise<Notification> => {
  const instance = payload ?? req!.payload
  return instance.create({
    collection: 'notifications',
    data: { user: Number(userId), notificationType: type, message, link, site: siteId === undefined ? undefined : Number(siteId), isRead: false },
    overrideAccess: true, // Trusted: the platform notifies users; `create` is closed to everyone over the API.
    // Inside a request, join its transaction (and vanish with it on rollback).
    ...(req ? { req } : {}),
  })
}
