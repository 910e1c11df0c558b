/** What one open or click changes (pure): the delivery's stamps and the counters to add to. */
export type TrackingEvent = { kind: 'open' } | { kind: 'click'; url: string }

export type TrackingChanges = {
  delivery: { openedAt?: string; clickedAt?: string }
  subscription: { emailsOpened?: number; emailsClicked?: number }
  campaign: { openCount?: number; clickCount?: number }
}

export const trackingChanges = ({
  event,
  individual,
  openedAt,
  clickedAt,
  now,
}: {
  event: TrackingEvent['kind']
  /** The site tracks individual subscribers (else anonymous campaign totals only). */
  individual: boolean
  openedAt?: string | null
  clickedAt?: string | null
  now: Date
}): TrackingChanges => {
  // Anonymous totals: nothing about the delivery or the subscriber, every event counted.
  if (!individual) return { delivery: {}, subscription: {}, campaign: event === 'open' ? { openCount: 1 } : { clickCount: 1 } }
  const changes: TrackingChanges = { delivery: {}, subscription: {}, campaign: {} }
  const stamp = now.toISOString()
  // A click implies an open: the first click of a delivery never opened counts as its first open too.
  if (!openedAt) {
    changes.delivery.openedAt = stamp
    changes.subscription.emailsOpened = 1
    changes.campaign.openCount = 1
  }
  if (event === 'click' && !clickedAt) {
    changes.delivery.clickedAt = stamp
    changes.subscription.emailsClicked = 1
    changes.campaign.clickCount = 1
  }
  return changes
}
