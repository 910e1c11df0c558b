/**
 * Lock keys (`lockForTransaction`) of the newsletter's counters. Whoever changes a delivery, a subscription's
 * counters or a campaign's counts takes its key first, in this order (delivery, subscription, campaign), so
 * read-then-write updates never lose a count and two transactions never wait for each other in a circle.
 */
import type { ID } from '@platform'

export const deliveryLock = (id: ID) => `newsletter:delivery:${id}`
export const subscriptionLock = (id: ID) => `newsletter:subscription:${id}`
export const campaignLock = (id: ID) => `newsletter:campaign:${id}`
