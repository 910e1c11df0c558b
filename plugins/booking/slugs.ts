/** Collection slugs of the booking plugin. */
export const EVENTS = 'events'
export const AVAILABILITY_BLOCKS = 'availability-blocks'
export const BOOKINGS = 'bookings'
export const ATTENDED_SESSIONS = 'attended-sessions'
export const BOOKING_SETTINGS = 'booking-settings'
export const SERVICES = 'booking-services'
/**
 * Where a site's availability stamp lives: a row of Payload's own key-value store (`payload-kv`, internal, no API),
 * key `booking-availability:<siteId>`, that every app process compares its cached availability with.
 */
export const STAMP_STORE = 'payload-kv'
export const stampKey = (siteId: string | number) => `booking-availability:${String(siteId)}`

/** The plugin's collections' group in the admin (named apart from its Bookings collection: no "Rezerwacje / Rezerwacje"). */
export const GROUP = { en: 'Calendar and bookings', pl: 'Kalendarz i rezerwacje' }
