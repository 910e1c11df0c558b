/** The big-events plugin's platform events. Ids only: listeners read what they need. */
declare module '@platform' {
  interface PlatformEvents {
    /** The owner published the event (it became visible); the announcement job listens when `sendEmailOnPublish`. */
    'bigEvent.published': { eventId: number | string; siteId: number | string }
    /** The owner cancelled a published event: attendees are told and paid seats refunded. */
    'bigEvent.cancelled': { eventId: number | string; siteId: number | string }
    /** A registration took a seat, confirmed (free, or paid); for the owner's home and notifications. */
    'bigEvent.registration-confirmed': { registrationId: number | string; eventId: number | string; siteId: number | string }
  }
}

export {}
