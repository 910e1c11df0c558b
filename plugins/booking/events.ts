/**
 * The booking plugin's platform events (listeners send the emails).
 * Times are UTC ISO strings; `previousStart`/`previousEnd` only on reschedule.
 * Event data is kept in the job queue (and the outbox): ids and times only,
 * never the management link, which the visitor's email makes when it is sent.
 */
type BookingEventData = {
  bookingId: number | string
  siteId: number | string
  eventId: number | string
  start: string
  end: string
}

declare module '@platform' {
  interface PlatformEvents {
    'booking.created': BookingEventData
    'booking.cancelled': BookingEventData
    'booking.rescheduled': BookingEventData & { previousStart: string; previousEnd: string }
  }
}

export {}
