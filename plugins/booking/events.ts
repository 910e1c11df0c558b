/**
 * The booking plugin's platform events (listeners in part 2 send the emails).
 * Times are UTC ISO strings; `previousStart`/`previousEnd` only on reschedule.
 */
type BookingEventData = {
  bookingId: number | string
  siteId: number | string
  eventId: number | string
  start: string
  end: string
  /** The management link, for the confirmation email (never stored; only its hash is). */
  manageUrl?: string
}

declare module '@platform' {
  interface PlatformEvents {
    'booking.created': BookingEventData
    'booking.cancelled': BookingEventData
    'booking.rescheduled': BookingEventData & { previousStart: string; previousEnd: string }
  }
}

export {}
