/**
 * The booking plugin: events, availability, bookings, attended sessions and
 * per-site booking settings; the slot engine (lib/) and the public booking
 * API (endpoints/). Emits `booking.created`, `booking.cancelled`,
 * `booking.rescheduled` (see events.ts).
 */
import './events'

import { definePlatformPlugin } from '../../src/platform/plugins/definePlatformPlugin'
import { AttendedSessions } from './collections/attendedSessions'
import { AvailabilityBlocks } from './collections/availabilityBlocks'
import { Bookings } from './collections/bookings'
import { BookingSettings } from './collections/bookingSettings'
import { Events } from './collections/events'
import { createBookingEndpoint } from './endpoints/createBooking'
import { listSlotsEndpoint } from './endpoints/listSlots'
import { cancelBookingEndpoint, getBookingEndpoint, rescheduleBookingEndpoint } from './endpoints/manageBooking'
import type { BookingPluginOptions } from './types'

export const bookingPlugin = definePlatformPlugin<BookingPluginOptions>('booking', () => ({
  collections: [Events, AvailabilityBlocks, Bookings, AttendedSessions, BookingSettings],
  endpoints: [listSlotsEndpoint, createBookingEndpoint, getBookingEndpoint, cancelBookingEndpoint, rescheduleBookingEndpoint],
}))
