/** Collection slugs of the booking plugin. */
export const EVENTS = 'events'
export const AVAILABILITY_BLOCKS = 'availability-blocks'
export const BOOKINGS = 'bookings'
export const ATTENDED_SESSIONS = 'attended-sessions'
export const BOOKING_SETTINGS = 'booking-settings'

export const GROUP = { en: 'Bookings', pl: 'Rezerwacje' }
