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
    /**
     * A session took place (an AttendedSession was recorded, by the job or by hand). `hostKey` names the host for
     * per-host rules (`team-member:<id>` or `user:<id>`); `clients` are the people who attended (confirmed bookings
     * and attendees), so listeners need not read booking's collections. Published once per recorded session.
     */
    'booking.session-attended': {
      sessionId: number | string
      siteId: number | string
      eventId: number | string | null
      hostKey: string
      hostName: string
      title: string
      endTime: string
      clients: { name: string; email: string; locale: 'pl' | 'en' }[]
    }
  }
}

export {}
