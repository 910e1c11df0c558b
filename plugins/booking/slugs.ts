/** Collection slugs of the booking plugin. */
export const EVENTS = 'events'
export const AVAILABILITY_BLOCKS = 'availability-blocks'
export const BOOKINGS = 'bookings'
export const ATTENDED_SESSIONS = 'attended-sessions'
export const BOOKING_SETTINGS = 'booking-settings'
export const SERVICES = 'booking-services'
/** One row per site: the availability stamp every app process compares its cached availability with. */
export const AVAILABILITY_STAMPS = 'booking-availability-stamps'

export const GROUP = { en: 'Bookings', pl: 'Rezerwacje' }
