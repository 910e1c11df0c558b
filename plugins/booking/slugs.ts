/** Collection slugs of the booking plugin. */
export const EVENTS = 'events'
export const AVAILABILITY_BLOCKS = 'availability-blocks'
export const BOOKINGS = 'bookings'
export const ATTENDED_SESSIONS = 'attended-sessions'
export const BOOKING_SETTINGS = 'booking-settings'

/** The plugin's collections' group in the admin (named apart from its Bookings collection: no "Rezerwacje / Rezerwacje"). */
export const GROUP = { en: 'Calendar and bookings', pl: 'Kalendarz i rezerwacje' }
